package vn.tuyengiao.similarity;

import java.nio.ByteBuffer;
import java.nio.BufferUnderflowException;

/**
 * What the in-memory index keeps of one document: its shingle count, its LSH band keys, its sampled sentence keys and
 * its sketch — the low 4 bits of every MinHash component, packed 8 to an int, from which the index estimates a
 * candidate's Jaccard before reading its shingle set (empty when unknown: such a document is never pre-filtered).
 * {@link #toBytes()} is the compact form to store next to the document (a database row) so an index can be rebuilt at
 * start-up and caught up with rows other instances wrote; about 4 × (bands + sampled sentences + 9) + 12 bytes.
 */
public record IndexEntry(int shingleCount, int[] bandKeys, int[] sentenceKeys, int[] sketch) {

	private static final byte VERSION_1 = 1;

	private static final byte VERSION = 2;

	/** An entry without a sketch (never pre-filtered). */
	public IndexEntry(int shingleCount, int[] bandKeys, int[] sentenceKeys) {
		this(shingleCount, bandKeys, sentenceKeys, new int[0]);
	}

	/** Ints of a packed 4-bit sketch of {@code components} MinHash components. */
	public static int sketchInts(int components) {
		return (components + 7) / 8;
	}

	public byte[] toBytes(SimilarityConfig config) {
		ByteBuffer b = ByteBuffer.allocate(1 + 4 + 4 + 2 + 2 + 2
				+ 4 * (this.bandKeys.length + this.sentenceKeys.length + this.sketch.length));
		b.put(VERSION).putInt(config.indexFormatTag()).putInt(this.shingleCount);
		b.putShort((short) this.bandKeys.length).putShort((short) this.sentenceKeys.length);
		b.putShort((short) this.sketch.length);
		for (int k : this.bandKeys) {
			b.putInt(k);
		}
		for (int k : this.sentenceKeys) {
			b.putInt(k);
		}
		for (int k : this.sketch) {
			b.putInt(k);
		}
		return b.array();
	}

	/** Reads {@link #toBytes}; refuses data written with other banding or sampling parameters. */
	public static IndexEntry fromBytes(byte[] data, SimilarityConfig config) {
		try {
			ByteBuffer b = ByteBuffer.wrap(data);
			byte version = b.get();
			if (version != VERSION && version != VERSION_1) {
				throw new IllegalArgumentException("unknown index data version");
			}
			if (b.getInt() != config.indexFormatTag()) {
				throw new IllegalArgumentException("index data made with other parameters; re-fingerprint the text");
			}
			int count = b.getInt();
			int[] bands = new int[b.getShort()];
			int[] sentences = new int[b.getShort()];
			int[] sketch = new int[version == VERSION_1 ? 0 : b.getShort()];
			if (sketch.length != 0 && sketch.length != sketchInts(config.components())) {
				throw new IllegalArgumentException("index data has a sketch of " + sketch.length + " ints");
			}
			if (bands.length != config.bands()) {
				throw new IllegalArgumentException("index data has " + bands.length + " bands, expected " + config.bands());
			}
			for (int i = 0; i < bands.length; i++) {
				bands[i] = b.getInt();
			}
			for (int i = 0; i < sentences.length; i++) {
				sentences[i] = b.getInt();
			}
			for (int i = 0; i < sketch.length; i++) {
				sketch[i] = b.getInt();
			}
			return new IndexEntry(count, bands, sentences, sketch);
		}
		catch (BufferUnderflowException | NegativeArraySizeException e) {
			throw new IllegalArgumentException("truncated index data", e);
		}
	}

}
