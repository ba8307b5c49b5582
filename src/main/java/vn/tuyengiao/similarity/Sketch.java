package vn.tuyengiao.similarity;

/**
 * The index's pre-filter sketch of a shingle set: one-permutation MinHash into
 * {@value #BINS} bins (each shingle is hashed once, falls into one bin, and the bin keeps
 * the smallest value), empty bins filled by optimal densification (an empty bin takes the
 * value of the first non-empty bin on a probe sequence fixed per bin, the same for every
 * set), and 2 bits of each of the first {@value #KEPT} bins kept: {@value #LONGS} longs,
 * 56 bytes — with the shingle count, one 64-byte cache line a document in the index. Two
 * sets with Jaccard J agree on a bin with probability about J + (1 − J)/4, so the count
 * of equal bins estimates J with a standard deviation of √(p(1 − p)/k) (k the number of
 * bins that are independent samples, about {@link #effectiveBins}). Cheaper to compute
 * than SuperMinHash components (one hash a shingle, ~1–2 µs for 600 shingles) and, at 56
 * bytes, able to tell the background of a formulaic corpus (J = 0.15–0.25) from pairs
 * near the thresholds far better than 4 bits of 72 components: see docs/benchmarks.md.
 */
public final class Sketch {

	/**
	 * Bins of the one-permutation MinHash (band keys come from the first bands × rows of
	 * them).
	 */
	public static final int BINS = 256;

	/** Bins whose 2 bits are kept in the sketch. */
	public static final int KEPT = 224;

	public static final int LONGS = KEPT * 2 / 64;

	/** An empty bin (values are below 2^56). */
	private static final long EMPTY = Long.MAX_VALUE;

	private static final ThreadLocal<long[]> MINS = ThreadLocal.withInitial(() -> new long[BINS]);

	private Sketch() {
	}

	/**
	 * The sketch of a set of shingle hashes (any order, duplicates allowed); all zero for
	 * an empty set.
	 */
	public static long[] of(int[] shingles) {
		long[] out = new long[LONGS];
		if (shingles.length > 0) {
			sketch(minima(shingles), out);
		}
		return out;
	}

	/**
	 * The sketch and the LSH band keys of a non-empty set: band b is the hash of bins
	 * b·rows … b·rows + rows − 1 (so bands × rows ≤ {@value #BINS}); two sets with
	 * Jaccard J share a band with probability about J^rows.
	 */
	static void compute(int[] shingles, int bands, int rows, long[] sketch, int[] bandKeys) {
		long[] mins = minima(shingles);
		sketch(mins, sketch);
		for (int b = 0; b < bands; b++) {
			long x = b + 1;
			for (int k = 0; k < rows; k++) {
				x = Syllables.mix(x * 0x100000001b3L + mins[b * rows + k]);
			}
			bandKeys[b] = (int) (x >>> 32);
		}
	}

	/**
	 * This thread's buffer with the densified minimum of every bin ({@code shingles} must
	 * not be empty).
	 */
	private static long[] minima(int[] shingles) {
		long[] mins = MINS.get();
		java.util.Arrays.fill(mins, EMPTY);
		for (int s : shingles) {
			long h = Syllables.mix(s * 0xD6E8FEB86659FD93L + 0x2545F4914F6CDD1DL);
			int bin = (int) (h >>> 56);
			long v = h & 0x00FFFFFFFFFFFFFFL;
			if (v < mins[bin]) {
				mins[bin] = v;
			}
		}
		for (int i = 0; i < BINS; i++) {
			if (mins[i] == EMPTY) {
				// optimal densification: probe bins by a sequence that depends on this
				// bin only; a filled bin is marked
				// by its top bit so later probes do not take it as a donor
				long x = i + 1;
				long v;
				do {
					x = Syllables.mix(x * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
					v = mins[(int) (x >>> 56)];
				}
				while (v < 0 || v == EMPTY);
				mins[i] = v | Long.MIN_VALUE;
			}
		}
		for (int i = 0; i < BINS; i++) {
			mins[i] &= Long.MAX_VALUE;
		}
		return mins;
	}

	private static void sketch(long[] mins, long[] out) {
		for (int i = 0; i < KEPT; i++) {
			// 2 bits of the value times an odd number per bin, so bins filled from one
			// donor do not agree by chance
			// together
			long bits = (mins[i] * (0xC2B2AE3D27D4EB4FL + 2L * i)) >>> 62;
			out[i >>> 5] |= bits << ((i & 31) << 1);
		}
	}

	/**
	 * Bins on which the sketches {@code a} (at {@code aFrom}) and {@code b} (at
	 * {@code bFrom}) agree.
	 */
	public static int agreeing(long[] a, int aFrom, long[] b, int bFrom) {
		int equal = 0;
		for (int i = 0; i < LONGS; i++) {
			long x = a[aFrom + i] ^ b[bFrom + i];
			// a bin agrees when both of its bits are equal
			equal += Long.bitCount(~(x | (x >>> 1)) & 0x5555555555555555L);
		}
		return equal;
	}

	/**
	 * Kept bins that are independent samples for a pair whose smaller set has
	 * {@code smaller} shingles: the expected number of its non-empty ones,
	 * {@value #KEPT}·(1 − e^(−smaller/{@value #BINS})); the densified rest repeat them.
	 */
	public static double effectiveBins(int smaller) {
		return KEPT * (1 - Math.exp(-smaller / (double) BINS));
	}

}
