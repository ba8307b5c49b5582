package vn.tuyengiao.similarity;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * All similar pairs of a batch, by the method that suits its size: below
 * {@link #EXACT_BELOW} texts the exact method ({@link ExactAllPairs}: every pair bounded,
 * the rest merged, so every pair whose figures pass the thresholds is reported), from
 * there on the index ({@link LshAllPairs}: linear in the batch, recall below 1).
 * <p>
 * Where the two cost the same was measured on the shared 2-core machine (load average
 * 11–13 from other work) with generated commitments, wall clock, second of two runs
 * (docs/benchmarks.md, "Copy detection on data it was not tuned on"): 10,000 texts exact
 * 2.1 s, LSH 2.9 s; 20,000 exact 7.9 s, LSH 16.1 s (10.3 s in the first run); 30,000
 * exact 26.0 s, LSH 29.0 s (24.7 and 23.4 s in the first). The exact method grows with
 * the square of the batch, the index about linearly, so they cross near 30,000 texts;
 * below that the exact method costs no more and misses nothing.
 */
public final class AllPairs {

	/**
	 * Batches of fewer texts than this are compared exactly (the default of the
	 * {@code similarity} command's {@code --exact-below}).
	 */
	public static final int EXACT_BELOW = 30_000;

	/** How a batch was compared. */
	public enum Method {

		/** {@link ExactAllPairs}: recall 1. */
		EXACT,
		/** {@link LshAllPairs}: the index's candidates, verified exactly. */
		LSH

	}

	/** The pairs found and how. */
	public record Result(Method method, List<ExactAllPairs.Pair> pairs) {
	}

	private AllPairs() {
	}

	/** The method for a batch of {@code texts} with the cut-off {@code exactBelow}. */
	public static Method choose(int texts, int exactBelow) {
		return texts < exactBelow ? Method.EXACT : Method.LSH;
	}

	/**
	 * As {@link #find(Fingerprint[], SimilarityConfig, int, IntConsumer)} with
	 * {@link #EXACT_BELOW}.
	 */
	public static Result find(Fingerprint[] fingerprints, SimilarityConfig config, IntConsumer progress) {
		return find(fingerprints, config, EXACT_BELOW, progress);
	}

	/**
	 * Every pair of the batch whose exact figures pass the config's thresholds (exact
	 * method) or the index's findings (LSH), sorted by ({@code a}, {@code b}), {@code a <
	 * b}. {@code progress} hears from the LSH method only.
	 */
	public static Result find(Fingerprint[] fingerprints, SimilarityConfig config, int exactBelow,
			IntConsumer progress) {
		Method method = choose(fingerprints.length, exactBelow);
		if (method == Method.EXACT) {
			int[][] sets = new int[fingerprints.length][];
			for (int i = 0; i < sets.length; i++) {
				sets[i] = fingerprints[i].shingles();
			}
			return new Result(method, ExactAllPairs.find(sets, config));
		}
		return new Result(method, LshAllPairs.find(fingerprints, config, progress));
	}

}
