package vn.tuyengiao.similarity;

import java.util.SplittableRandom;

import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fingerprinter's own SuperMinHash pass gives hash4j's components, for small sets and large. */
class MinHashTest {

	@Test
	void componentsAreHash4jsForSetsOfEverySize() {
		for (SimilarityConfig config : new SimilarityConfig[] { SimilarityConfig.DEFAULT,
				SimilarityConfig.DEFAULT.withBanding(16, 4), SimilarityConfig.DEFAULT.withBanding(20, 5),
				SimilarityConfig.DEFAULT.withBanding(1, 1) }) {
			Fingerprinter fingerprinter = new Fingerprinter(config);
			SimilarityHashPolicy policy = SimilarityHashing.superMinHash(config.components(), 16);
			SimilarityHasher hasher = policy.createHasher();
			SplittableRandom rnd = new SplittableRandom(config.components());
			for (int t = 0; t < 3000; t++) {
				int n = 1 + (t < 1000 ? t : rnd.nextInt(5000));
				int[] set = rnd.ints(n).sorted().distinct().toArray();
				byte[] signature = hasher.compute(ElementHashProvider.ofFunction(
						i -> Syllables.mix(set[i] * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L), set.length));
				long[] expected = new long[config.components()];
				for (int k = 0; k < expected.length; k++) {
					expected[k] = policy.getComponent(signature, k);
				}
				assertThat(fingerprinter.components(set)).as("%d components, set of %d", expected.length, n)
					.containsExactly(expected);
			}
		}
	}

}
