package vn.tuyengiao.similarity;

import vn.tuyengiao.similarity.internal.Varints;

/**
 * A text ready for copy detection: its sorted distinct 32-bit shingle hashes (template
 * shingles removed), and the {@link IndexEntry} derived from them.
 * {@link #shingleBytes()} is the compact form for a {@link ShingleStore}.
 */
public record Fingerprint(int[] shingles, IndexEntry entry) {

	public int size() {
		return this.shingles.length;
	}

	/** Delta-varint encoded shingle set (≈ 3.5 bytes per shingle). */
	public byte[] shingleBytes() {
		return Varints.encodeSorted(this.shingles);
	}

	public static int[] shinglesFromBytes(byte[] data) {
		return Varints.decodeSorted(data);
	}

}
