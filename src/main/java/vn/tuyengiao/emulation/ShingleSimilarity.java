package vn.tuyengiao.emulation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.tuyengiao.text.VietnameseText;

/**
 * Syllable shingles: the texts are folded (no diacritics, lower case), cut into
 * syllables, and every run of two and of three syllables is a shingle (kept as a 64-bit
 * hash). The score is the larger of the Jaccard index and the containment of the smaller
 * set in the larger, so a registration copied into a longer one still scores high. Exact,
 * and quick enough for the few thousand models of a province: candidates' shingles are
 * cached by text.
 */
@Component
class ShingleSimilarity implements ModelSimilarity {

	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final int CACHE_LIMIT = 50_000;

	private final Map<String, long[]> cache = new ConcurrentHashMap<>();

	@Override
	public double[] score(String text, List<String> candidates) {
		long[] a = shingles(text);
		double[] scores = new double[candidates.size()];
		for (int i = 0; i < scores.length; i++) {
			scores[i] = similarity(a, cached(candidates.get(i)));
		}
		return scores;
	}

	private long[] cached(String text) {
		long[] s = this.cache.get(text);
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
	static double similarity(long[] a, long[] b) {
		if (a.length == 0 || b.length == 0) {
			return 0;
		}
		int common = 0;
		for (int i = 0, j = 0; i < a.length && j < b.length;) {
			if (a[i] == b[j]) {
				common++;
				i++;
				j++;
			}
			else if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		double jaccard = (double) common / (a.length + b.length - common);
		// Containment only counts for texts long enough to mean something (a bare
		// two-word title contains little).
		int smaller = Math.min(a.length, b.length);
		double containment = smaller >= 6 ? (double) common / smaller : 0;
		return Math.max(jaccard, containment);
	}

	static long[] shingles(String text) {
		String[] syllables = NON_WORD.split(VietnameseText.fold(text));
		long[] out = new long[Math.max(0, 2 * syllables.length)];
		int n = 0;
		String p2 = null;
		String p1 = null;
		for (String s : syllables) {
			if (s.isEmpty()) {
				continue;
			}
			if (p1 != null) {
				out[n++] = hash(p1 + " " + s);
				if (p2 != null) {
					out[n++] = hash(p2 + " " + p1 + " " + s);
				}
			}
			p2 = p1;
			p1 = s;
		}
		long[] sorted = Arrays.copyOf(out, n);
		Arrays.sort(sorted);
		int unique = 0;
		for (int i = 0; i < sorted.length; i++) {
			if (i == 0 || sorted[i] != sorted[i - 1]) {
				sorted[unique++] = sorted[i];
			}
		}
		return Arrays.copyOf(sorted, unique);
	}

	/**
	 * FNV-1a, 64 bits: collisions among a province's few million shingles are negligible.
	 */
	private static long hash(String s) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < s.length(); i++) {
			h ^= s.charAt(i);
			h *= 0x100000001b3L;
		}
		return h;
	}

}
