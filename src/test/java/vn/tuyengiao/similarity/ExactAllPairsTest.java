package vn.tuyengiao.similarity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import vn.tuyengiao.generator.CommitmentGenerator;

import static org.assertj.core.api.Assertions.assertThat;

class ExactAllPairsTest {

	/**
	 * The bitmap filter only ever drops pairs that cannot qualify: same result as merging
	 * every pair.
	 */
	@Test
	void sameAsComparingEveryPair() {
		Fingerprinter fp = new Fingerprinter(SimilarityConfig.DEFAULT, List.of(CommitmentGenerator.TEMPLATE));
		CommitmentGenerator g = new CommitmentGenerator(11, 0.4);
		int n = 450;
		int[][] sets = new int[n + 6][];
		for (int i = 0; i < n; i++) {
			sets[i] = fp.fingerprint(g.next().cleanText()).shingles();
		}
		// edge cases: empty, tiny, sharing 30%, 60% and 59% of another's shingles (same
		// size), an exact duplicate
		SplittableRandom r = new SplittableRandom(5);
		sets[n] = new int[0];
		sets[n + 1] = new int[] { sets[0][0] };
		sets[n + 2] = subset(sets[1], 0.30, r);
		sets[n + 3] = subset(sets[2], 0.60, r);
		sets[n + 4] = subset(sets[2], 0.59, r);
		sets[n + 5] = sets[3].clone();
		for (SimilarityConfig config : List.of(SimilarityConfig.DEFAULT,
				SimilarityConfig.DEFAULT.withThresholds(0.3, 0.9), SimilarityConfig.DEFAULT.withThresholds(0.8, 0.4))) {
			List<ExactAllPairs.Pair> expected = new ArrayList<>();
			for (int a = 0; a < sets.length; a++) {
				for (int b = a + 1; b < sets.length; b++) {
					Overlap o = Overlap.of(sets[a], sets[b]);
					if (sets[a].length > 0 && sets[b].length > 0 && config.accepts(o)) {
						expected.add(new ExactAllPairs.Pair(a, b, o));
					}
				}
			}
			assertThat(ExactAllPairs.find(sets, config)).as(config.toString()).isEqualTo(expected);
			assertThat(expected).isNotEmpty();
		}
	}

	/**
	 * A set of the same size sharing {@code share} of {@code set}'s values, the rest new.
	 */
	private static int[] subset(int[] set, double share, SplittableRandom r) {
		int keep = (int) Math.round(set.length * share);
		int[] out = new int[set.length];
		int k = 0;
		for (int i = 0; i < set.length && k < keep; i++) {
			if (r.nextInt(set.length - i) < keep - k) {
				out[k++] = set[i];
			}
		}
		while (k < set.length) {
			int v = r.nextInt();
			if (java.util.Arrays.binarySearch(set, v) < 0) {
				out[k++] = v;
			}
		}
		int[] s = java.util.Arrays.stream(out).distinct().sorted().toArray();
		return s;
	}

}
