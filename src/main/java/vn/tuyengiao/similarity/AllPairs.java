package vn.tuyengiao.similarity;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * All similar pairs of a batch, by the method that suits its size: below
 * {@link #EXACT_BELOW} texts the exact method ({@link ExactAllPairs}: every pair bounded,
 * the rest merged, so every pair whose figures pass the thresholds is reported), from
 * there on the index ({@link LshAllPairs}: linear in the batch, recall below 1).
 * <p>
 * The cut-off is set by the budget, not by where the two methods cost the same: issue 16
 * asks for every pair of a batch the size a commune, district or province hands in,
 * within 60 s wall clock for 100,000 texts on the 2-core machine. The exact method took
 * 49.6 s wall clock (97.5 s CPU) for 100,000 generated commitments on a quiet machine
 * (docs/benchmarks.md, run A8) and grows with the square of the batch (≈ 71 s at
 * 120,000), so batches up to 100,000 texts are compared exactly and the index (8.5 s at
 * 100,000, about linear) is used only above. Below ~30,000 texts the exact method is also
 * the faster one (measured under load: 10,000 texts exact 2.1 s, LSH 2.9 s; 30,000 exact
 * 26.0 s, LSH 29.0 s).
 */
public final class AllPairs {

	/**
	 * Batches of fewer texts than this (up to 100,000) are compared exactly (the default
	 * of the {@code similarity} command's {@code --exact-below}).
	 */
	public static final int EXACT_BELOW = 100_001;

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
