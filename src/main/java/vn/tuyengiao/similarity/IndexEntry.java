package vn.tuyengiao.similarity;

import java.nio.ByteBuffer;
import java.nio.BufferUnderflowException;

/**
 * What the in-memory index keeps of one document: its shingle count, its LSH band keys and its sampled sentence
 * keys. {@link #toBytes()} is the compact form to store next to the document (a database row) so an index can be
 * rebuilt at start-up and caught up with rows other instances wrote; about 4 × (bands + sampled sentences) + 8 bytes.
 */
public record IndexEntry(int shingleCount, int[] bandKeys, int[] sentenceKeys) {

	private static final byte VERSION = 1;

	public byte[] toBytes(SimilarityConfig config) {
		ByteBuffer b = ByteBuffer.allocate(1 + 4 + 4 + 2 + 2 + 4 * (this.bandKeys.length + this.sentenceKeys.length));
		b.put(VERSION).putInt(config.indexFormatTag()).putInt(this.shingleCount);
		b.putShort((short) this.bandKeys.length).putShort((short) this.sentenceKeys.length);
		for (int k : this.bandKeys) {
			b.putInt(k);
		}
		for (int k : this.sentenceKeys) {
			b.putInt(k);
		}
		return b.array();
	}

	/** Reads {@link #toBytes}; refuses data written with other banding or sampling parameters. */
	public static IndexEntry fromBytes(byte[] data, SimilarityConfig config) {
		try {
			ByteBuffer b = ByteBuffer.wrap(data);
			if (b.get() != VERSION) {
				throw new IllegalArgumentException("unknown index data version");
			}
			if (b.getInt() != config.indexFormatTag()) {
				throw new IllegalArgumentException("index data made with other parameters; re-fingerprint the text");
			}
			int count = b.getInt();
			int[] bands = new int[b.getShort()];
			int[] sentences = new int[b.getShort()];
			if (bands.length != config.bands()) {
				throw new IllegalArgumentException("index data has " + bands.length + " bands, expected " + config.bands());
			}
			for (int i = 0; i < bands.length; i++) {
				bands[i] = b.getInt();
			}
			for (int i = 0; i < sentences.length; i++) {
				sentences[i] = b.getInt();
			}
			return new IndexEntry(count, bands, sentences);
		}
		catch (BufferUnderflowException | NegativeArraySizeException e) {
			throw new IllegalArgumentException("truncated index data", e);
		}
	}

}
