package vn.tuyengiao.similarity;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntToLongFunction;

/**
 * How much of a text is boilerplate: the share of its shingles found in at least
 * {@code minDocuments} documents (an advisory content check — "most of this commitment is
 * set phrases found in many others"). Document frequencies come from the caller:
 * {@link Frequencies} counts them in memory; the application can keep them in a table or
 * a sketch.
 */
public final class Boilerplate {

	private Boilerplate() {
	}

	/**
	 * Share (0–1) of {@code shingles} whose document frequency is at least
	 * {@code minDocuments}.
	 */
	public static double share(int[] shingles, IntToLongFunction documentFrequency, long minDocuments) {
		if (shingles.length == 0) {
			return 0;
		}
		int common = 0;
		for (int s : shingles) {
			if (documentFrequency.applyAsLong(s) >= minDocuments) {
				common++;
			}
		}
		return (double) common / shingles.length;
	}

	/** Exact document frequencies of shingles, in memory; thread-safe. */
	public static final class Frequencies implements IntToLongFunction {

		private final ConcurrentHashMap<Integer, LongAdder> counts = new ConcurrentHashMap<>();

		/** Counts one document's distinct shingles. */
		public void add(int[] distinctShingles) {
			for (int s : distinctShingles) {
				this.counts.computeIfAbsent(s, k -> new LongAdder()).increment();
			}
		}

		@Override
		public long applyAsLong(int shingle) {
			LongAdder a = this.counts.get(shingle);
			return a == null ? 0 : a.sum();
		}

	}

}
