package vn.tuyengiao.similarity;

import java.nio.ByteBuffer;
import java.nio.BufferUnderflowException;

/**
 * What the in-memory index keeps of one document: its shingle count, its LSH band keys,
 * its sampled sentence keys and its {@link Sketch} (56 bytes), from which the index
 * estimates a candidate's Jaccard before reading its shingle set (empty when unknown:
 * such a document is never pre-filtered). {@link #toBytes()} is the compact form to store
 * next to the document (a database row) so an index can be rebuilt at start-up and caught
 * up with rows other instances wrote; 4 × (bands + sampled sentences + sample keys) + 56
 * + 17 bytes.
 * <p>
 * Data of versions 1 and 2 (band keys from a SuperMinHash signature and no sketch, or a
 * sketch of 4 bits of each component) reads as an entry that {@link #outdated() needs
 * rebuilding}: its sentence keys are kept, and band keys and sketch, which depend on the
 * shingle set alone, are computed again from the stored set ({@link #rebuilt}).
 */
public record IndexEntry(int shingleCount, int[] bandKeys, int[] sentenceKeys, long[] sketch, int[] sampleKeys) {

	/** An entry without shingle sample keys. */
	public IndexEntry(int shingleCount, int[] bandKeys, int[] sentenceKeys, long[] sketch) {
		this(shingleCount, bandKeys, sentenceKeys, sketch, new int[0]);
	}

	private static final byte VERSION_1 = 1;

	private static final byte VERSION_2 = 2;

	private static final byte VERSION_3 = 3;

	/**
	 * Version 4: as version 3, with the {@link Fingerprinter#sampleKeys shingle sample
	 * keys} after the sentence keys (their count after the sketch's). Data of version 3
	 * reads as current when the config samples no shingles, else as outdated (rebuilt
	 * from the stored set, which adds them).
	 */
	private static final byte VERSION = 4;

	/** An entry without a sketch (never pre-filtered). */
	public IndexEntry(int shingleCount, int[] bandKeys, int[] sentenceKeys) {
		this(shingleCount, bandKeys, sentenceKeys, new long[0]);
	}

	/** Whether this entry has a sketch. */
	public boolean sketched() {
		return this.sketch.length == Sketch.LONGS;
	}

	/**
	 * Read from data of versions 1 or 2: band keys and sketch must be {@link #rebuilt}
	 * before it is indexed.
	 */
	public boolean outdated() {
		return this.bandKeys.length == 0;
	}

	/**
	 * This entry's sentence keys with band keys and sketch computed from its shingle set,
	 * {@code shingles}.
	 */
	public IndexEntry rebuilt(SimilarityConfig config, int[] shingles) {
		return Fingerprinter.entry(config, shingles, this.sentenceKeys);
	}

	/**
	 * Version 3 while the config samples no shingles (the rows of earlier releases stay
	 * as they are), else version 4.
	 */
	public byte[] toBytes(SimilarityConfig config) {
		boolean v4 = config.shingleSampleBits() != 0;
		ByteBuffer b = ByteBuffer.allocate(1 + 4 + 4 + 2 + 2 + 2 + (v4 ? 2 : 0)
				+ 4 * (this.bandKeys.length + this.sentenceKeys.length + (v4 ? this.sampleKeys.length : 0))
				+ 8 * this.sketch.length);
		b.put(v4 ? VERSION : VERSION_3).putInt(config.indexFormatTag()).putInt(this.shingleCount);
		b.putShort((short) this.bandKeys.length).putShort((short) this.sentenceKeys.length);
		b.putShort((short) this.sketch.length);
		if (v4) {
			b.putShort((short) this.sampleKeys.length);
		}
		for (int k : this.bandKeys) {
			b.putInt(k);
		}
		for (int k : this.sentenceKeys) {
			b.putInt(k);
		}
		for (int k : v4 ? this.sampleKeys : new int[0]) {
			b.putInt(k);
		}
		for (long k : this.sketch) {
			b.putLong(k);
		}
		return b.array();
	}

	/**
	 * Reads {@link #toBytes}; refuses data written with other banding or sampling
	 * parameters.
	 */
	public static IndexEntry fromBytes(byte[] data, SimilarityConfig config) {
		try {
			ByteBuffer b = ByteBuffer.wrap(data);
			byte version = b.get();
			if (version != VERSION && version != VERSION_3 && version != VERSION_2 && version != VERSION_1) {
				throw new IllegalArgumentException("unknown index data version");
			}
			int tag = b.getInt();
			boolean layout3 = version == VERSION || version == VERSION_3;
			boolean old = version == VERSION_1 || version == VERSION_2
					|| (version == VERSION_3 && config.shingleSampleBits() != 0);
			// data of older versions is rebuilt from the shingle set except its sentence
			// keys: only their sampling must match
			if (old ? tag % (31 * 31) != config.indexFormatTag() % (31 * 31) : tag != config.indexFormatTag()) {
				throw new IllegalArgumentException("index data made with other parameters; re-fingerprint the text");
			}
			int count = b.getInt();
			int[] bands = new int[b.getShort()];
			int[] sentences = new int[b.getShort()];
			// version 2's sketch (4 bits of each MinHash component) is read past and
			// dropped
			int oldSketchInts = version == VERSION_2 ? b.getShort() : 0;
			long[] sketch = new long[layout3 ? b.getShort() : 0];
			int[] samples = new int[version == VERSION ? b.getShort() & 0xFFFF : 0];
			if (sketch.length != 0 && sketch.length != Sketch.LONGS) {
				throw new IllegalArgumentException("index data has a sketch of " + sketch.length + " longs");
			}
			if (!old && bands.length != config.bands()) {
				throw new IllegalArgumentException(
						"index data has " + bands.length + " bands, expected " + config.bands());
			}
			for (int i = 0; i < bands.length; i++) {
				bands[i] = b.getInt();
			}
			for (int i = 0; i < sentences.length; i++) {
				sentences[i] = b.getInt();
			}
			for (int i = 0; i < samples.length; i++) {
				samples[i] = b.getInt();
			}
			for (int i = 0; i < oldSketchInts; i++) {
				b.getInt();
			}
			for (int i = 0; i < sketch.length; i++) {
				sketch[i] = b.getLong();
			}
			return old ? new IndexEntry(count, new int[0], sentences, new long[0])
					: new IndexEntry(count, bands, sentences, sketch, samples);
		}
		catch (BufferUnderflowException | NegativeArraySizeException e) {
			throw new IllegalArgumentException("truncated index data", e);
		}
	}

}
