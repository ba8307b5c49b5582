package vn.tuyengiao.similarity;

import java.util.Arrays;

/**
 * The test a sample-key candidate must pass before its sketch is read: enough shared
 * sample keys for a pair of these sizes that passes either threshold. A stored text of n
 * shingles posts its sample keys below a cut-off of rate r = min(2^−bits, maxKeys/n)
 * ({@link Fingerprinter#sampleKeys}); the query looks up all of its own, so a pair that
 * shares k shingles shares about Poisson(k·r) posted keys (binomial, in fact, which has
 * less spread). A pair passing the thresholds shares at least k_min = min(J·(a + b)/(1 +
 * J), C·min(a, b)) shingles, so it is dropped here with probability at most
 * {@value #MISS}: the cut-off is the largest t with P(Poisson(k_min·r) < t) ≤
 * {@value #MISS} (at least one key). With λ = k_min·r below 9.2 one key is enough (P(X =
 * 0) = e^−λ); a short stored text carried at 0.6 by a long query (λ ≈ 0.6 × 16 = 9.6)
 * needs 2.
 * <p>
 * Not counted: keys of stock phrases (more than the posting cap of texts), which are not
 * followed, so a pair whose shared part is mostly such phrases can fall below the
 * cut-off.
 */
final class SampleHits {

	/** Largest probability of dropping a passing pair here. */
	static final double MISS = 1e-3;

	/** Cut-off by λ in quarters (λ ≥ 64 uses the last entry). */
	private static final int[] CUT = new int[257];

	static {
		for (int q = 0; q < CUT.length; q++) {
			double lambda = q / 4.0;
			// P(X ≤ t − 1) for X ~ Poisson(λ), summed up while it stays ≤ MISS
			double p = Math.exp(-lambda);
			double cdf = p;
			int t = 1;
			while (cdf <= MISS) {
				t++;
				p *= lambda / (t - 1);
				cdf += p;
			}
			// P(X ≤ t − 1) > MISS here: t − 1 hits is the largest cut-off within it
			CUT[q] = Math.max(1, t - 1);
		}
	}

	private SampleHits() {
	}

	/**
	 * Fewest shared posted sample keys for a query of {@code a} shingles and a stored
	 * text of {@code b} (rounded down: λ taken at the quarter below).
	 */
	static int cutOff(SimilarityConfig config, int a, int b) {
		if (a == 0 || b == 0) {
			return 1;
		}
		double rate = Math.min(1.0 / (1 << config.shingleSampleBits()), (double) config.maxSampleKeys() / b);
		double shared = Math.min(config.jaccard() * (a + b) / (1 + config.jaccard()),
				config.containment() * Math.min(a, b));
		int q = (int) Math.floor(shared * rate * 4);
		return CUT[Math.min(q, CUT.length - 1)];
	}

	/**
	 * Collects the slots a query's sample keys hit (with repeats), then hands each slot
	 * with its number of hits to the caller.
	 */
	static final class Collector {

		int[] slots = new int[64];

		int n;

		void add(int slot) {
			if (this.n == this.slots.length) {
				this.slots = Arrays.copyOf(this.slots, this.n * 2);
			}
			this.slots[this.n++] = slot;
		}

		interface Each {

			void slot(int slot, int hits);

		}

		void forEach(Each each) {
			Arrays.sort(this.slots, 0, this.n);
			int i = 0;
			while (i < this.n) {
				int j = i;
				while (j < this.n && this.slots[j] == this.slots[i]) {
					j++;
				}
				each.slot(this.slots[i], j - i);
				i = j;
			}
		}

	}

}
