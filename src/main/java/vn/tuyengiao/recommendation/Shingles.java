package vn.tuyengiao.recommendation;

import java.util.Arrays;

import vn.tuyengiao.similarity.Overlap;
import vn.tuyengiao.similarity.Syllables;
import vn.tuyengiao.text.VietnameseText;

/**
 * Near-identical texts, on the similarity engine's tokenizer (as the model register
 * compares models): folded, cut into syllables, every run of two and of three syllables a
 * shingle; two texts are alike when the Jaccard index or the containment of the shorter
 * in the longer reaches {@link #ALIKE}.
 */
final class Shingles {

	static final double ALIKE = 0.5;

	private static final int MIN_FOR_CONTAINMENT = 6;

	private Shingles() {
	}

	static double similarity(int[] a, int[] b) {
		if (a.length == 0 || b.length == 0) {
			return 0;
		}
		Overlap o = Overlap.of(a, b);
		int smaller = Math.min(a.length, b.length);
		double containment = smaller >= MIN_FOR_CONTAINMENT ? (double) o.shared() / smaller : 0;
		return Math.max(o.jaccard(), containment);
	}

	/** The text's two- and three-syllable shingles, sorted and without repeats. */
	static int[] of(String text) {
		long[] h = Syllables.tokenize(VietnameseText.fold(text == null ? "" : text)).hashes();
		int[] out = new int[Math.max(0, 2 * h.length)];
		int n = 0;
		for (int i = 1; i < h.length; i++) {
			out[n++] = mix(h[i - 1] * 31 + h[i]);
			if (i >= 2) {
				out[n++] = mix((h[i - 2] * 31 + h[i - 1]) * 31 + h[i] + 0x9E3779B97F4A7C15L);
			}
		}
		int[] sorted = Arrays.copyOf(out, n);
		Arrays.sort(sorted);
		int unique = 0;
		for (int i = 0; i < sorted.length; i++) {
			if (i == 0 || sorted[i] != sorted[i - 1]) {
				sorted[unique++] = sorted[i];
			}
		}
		return Arrays.copyOf(sorted, unique);
	}

	private static int mix(long x) {
		x ^= x >>> 33;
		x *= 0xff51afd7ed558ccdL;
		x ^= x >>> 33;
		x *= 0xc4ceb9fe1a85ec53L;
		x ^= x >>> 33;
		return (int) (x ^ (x >>> 32));
	}

}
