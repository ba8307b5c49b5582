package vn.tuyengiao.similarity.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VarintsTest {

	@Test
	void radixSortSortsLikeArraysSortWhateverTheSpread() {
		SplittableRandom rnd = new SplittableRandom(3);
		int[] counts = new int[256];
		for (int t = 0; t < 3000; t++) {
			int n = t < 100 ? t : rnd.nextInt(t < 2900 ? 3000 : 200_000);
			int kind = rnd.nextInt(5);
			int[] a = new int[n];
			for (int i = 0; i < n; i++) {
				a[i] = switch (kind) {
					case 0 -> rnd.nextInt();
					case 1 -> rnd.nextInt(50) - 25; // few distinct values, all in one or
													// two buckets
					case 2 -> rnd.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE;
					case 3 -> rnd.nextInt() & 0xFFFF0000; // low bits all zero
					default -> rnd.nextInt() >>> rnd.nextInt(32);
				};
			}
			int[] expected = a.clone();
			Arrays.sort(expected);
			int[] sorted = Varints.radixSort(a.clone(), new int[n], n, counts);
			assertThat(Arrays.copyOf(sorted, n)).as("n=%d kind=%d", n, kind).isEqualTo(expected);
		}
	}

	@Test
	void radixSortLeavesValuesBeyondNAlone() {
		int[] a = { 5, -1, 3, 99, 98 };
		int[] sorted = Varints.radixSort(a, new int[5], 3, new int[256]);
		assertThat(Arrays.copyOf(sorted, 3)).containsExactly(-1, 3, 5);
	}

}
