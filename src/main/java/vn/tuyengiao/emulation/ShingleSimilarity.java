package vn.tuyengiao.emulation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.tuyengiao.similarity.Overlap;
import vn.tuyengiao.similarity.Syllables;
import vn.tuyengiao.text.VietnameseText;

/**
 * Syllable shingles, on the similarity module's tokenizer: the texts are folded (no
 * diacritics, lower case) and cut into syllables by {@link Syllables}, every run of two
 * and of three syllables is a shingle, and the sets are compared by {@link Overlap}. The
 * score is the larger of the Jaccard index and the containment of the smaller set in the
 * larger, so a registration copied into a longer one still scores high. Exact, and quick
 * enough for the few thousand models of a province: candidates' shingles are cached by
 * text.
 */
@Component
class ShingleSimilarity implements ModelSimilarity {

	private static final int CACHE_LIMIT = 50_000;

	/**
	 * Containment only counts for texts long enough to mean something (a bare two-word
	 * title contains little).
	 */
	private static final int MIN_SHINGLES_FOR_CONTAINMENT = 6;

	private final Map<String, int[]> cache = new ConcurrentHashMap<>();

	@Override
	public double[] score(String text, List<String> candidates) {
		int[] a = shingles(text);
		double[] scores = new double[candidates.size()];
		for (int i = 0; i < scores.length; i++) {
			scores[i] = similarity(a, cached(candidates.get(i)));
		}
		return scores;
	}

	private int[] cached(String text) {
		int[] s = this.cache.get(text);
		if (s == null) {
			if (this.cache.size() >= CACHE_LIMIT) {
				this.cache.clear();
			}
			s = shingles(text);
			this.cache.put(text, s);
		}
		return s;
	}

	/** Both arrays sorted and without repeats. */
	static double similarity(int[] a, int[] b) {
		if (a.length == 0 || b.length == 0) {
			return 0;
		}
		Overlap o = Overlap.of(a, b);
		int smaller = Math.min(a.length, b.length);
		double containment = smaller >= MIN_SHINGLES_FOR_CONTAINMENT ? (double) o.shared() / smaller : 0;
		return Math.max(o.jaccard(), containment);
	}

	/** The text's two- and three-syllable shingles, sorted and without repeats. */
	static int[] shingles(String text) {
		long[] h = Syllables.tokenize(VietnameseText.fold(text)).hashes();
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

	/** The 64-bit finaliser of MurmurHash3, folded to 32 bits. */
	private static int mix(long x) {
		x ^= x >>> 33;
		x *= 0xff51afd7ed558ccdL;
		x ^= x >>> 33;
		x *= 0xc4ceb9fe1a85ec53L;
		x ^= x >>> 33;
		return (int) (x ^ (x >>> 32));
	}

}
