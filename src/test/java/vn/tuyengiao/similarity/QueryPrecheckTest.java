package vn.tuyengiao.similarity;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryPrecheckTest {

	/**
	 * The query-bitmap check never drops a pair that shares enough, and drops most that
	 * share far too little.
	 */
	@Test
	void neverDropsAPairThatSharesEnough() {
		SplittableRandom r = new SplittableRandom(9);
		int dropped = 0;
		int low = 0;
		for (int round = 0; round < 2000; round++) {
			int[] a = r.ints(200 + r.nextInt(800)).distinct().sorted().toArray();
			int share = r.nextInt(a.length + 1);
			int[] b = Arrays.copyOf(a, a.length);
			// keep `share` of a's values, replace the rest with new ones
			for (int i = share; i < b.length; i++) {
				b[i] = r.nextInt();
			}
			b = Arrays.stream(b).distinct().sorted().toArray();
			int shared = Overlap.intersectionSize(a, b);
			long[] bits = SimilarityIndex.queryBitmap(a);
			int needed = r.nextInt(b.length + 2);
			boolean may = SimilarityIndex.mayShareAtLeast(bits, b, needed);
			if (shared >= needed) {
				assertThat(may).as("shared %d, needed %d", shared, needed).isTrue();
			}
			else if (shared < needed * 0.6) {
				low++;
				dropped += may ? 0 : 1;
			}
		}
		assertThat(dropped).isGreaterThan(low * 8 / 10);
	}

}
