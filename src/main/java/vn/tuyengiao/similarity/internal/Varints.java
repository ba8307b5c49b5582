package vn.tuyengiao.similarity.internal;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Unsigned LEB128 varints; sorted int sets as deltas (a shingle set of 500 hashes takes
 * about 1.7 KB).
 */
public final class Varints {

	private Varints() {
	}

	public static void write(ByteArrayOutputStream out, long v) {
		while ((v & ~0x7FL) != 0) {
			out.write((int) ((v & 0x7F) | 0x80));
			v >>>= 7;
		}
		out.write((int) v);
	}

	/** Reads a varint at {@code pos[0]} and advances it. */
	public static long read(byte[] in, int[] pos) {
		long v = 0;
		int shift = 0;
		while (true) {
			if (pos[0] >= in.length || shift > 63) {
				throw new IllegalArgumentException("truncated or corrupt varint");
			}
			byte b = in[pos[0]++];
			v |= (long) (b & 0x7F) << shift;
			if ((b & 0x80) == 0) {
				return v;
			}
			shift += 7;
		}
	}

	/** A sorted set of ints (compared signed) as count + first value + unsigned gaps. */
	public static byte[] encodeSorted(int[] sorted) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(sorted.length * 4 + 8);
		write(out, sorted.length);
		long prev = Integer.MIN_VALUE;
		for (int v : sorted) {
			write(out, v - prev);
			prev = v;
		}
		return out.toByteArray();
	}

	public static int[] decodeSorted(byte[] data) {
		int[] pos = { 0 };
		long n = read(data, pos);
		if (n < 0 || n > data.length) {
			throw new IllegalArgumentException("corrupt shingle set");
		}
		int[] out = new int[(int) n];
		long prev = Integer.MIN_VALUE;
		for (int i = 0; i < n; i++) {
			prev += read(data, pos);
			out[i] = (int) prev;
		}
		return out;
	}

	public static int[] sortedDistinct(int[] values, int n) {
		int[] a = Arrays.copyOf(values, n);
		Arrays.sort(a);
		int k = 0;
		for (int i = 0; i < a.length; i++) {
			if (k == 0 || a[i] != a[k - 1]) {
				a[k++] = a[i];
			}
		}
		return k == a.length ? a : Arrays.copyOf(a, k);
	}

	/**
	 * Sorts the first {@code n} values of {@code a} ascending as signed ints (the order
	 * of {@link Arrays#sort}) by four byte-wise counting passes, using {@code b} (length
	 * ≥ n) and {@code counts} (256) as scratch. Returns the array holding the result
	 * ({@code a} after an even number of passes).
	 */
	public static int[] radixSort(int[] a, int[] b, int n, int[] counts) {
		int[] src = a;
		int[] dst = b;
		for (int shift = 0; shift < 32; shift += 8) {
			Arrays.fill(counts, 0);
			int flip = shift == 24 ? 0x80 : 0;
			for (int i = 0; i < n; i++) {
				counts[((src[i] >>> shift) & 0xFF) ^ flip]++;
			}
			int sum = 0;
			for (int d = 0; d < 256; d++) {
				int c = counts[d];
				counts[d] = sum;
				sum += c;
			}
			for (int i = 0; i < n; i++) {
				int v = src[i];
				dst[counts[((v >>> shift) & 0xFF) ^ flip]++] = v;
			}
			int[] t = src;
			src = dst;
			dst = t;
		}
		return src;
	}

}
