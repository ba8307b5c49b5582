package vn.tuyengiao.emulation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tuyengiao.text.VietnameseText;

/**
 * Syllable shingles: the texts are folded (no diacritics, lower case), cut into syllables, and every run of two and of
 * three syllables is a shingle. The score is the larger of the Jaccard index and the containment of the smaller set in
 * the larger, so a registration copied into a longer one still scores high. Exact, and quick enough for the few
 * thousand models of a province.
 */
@Component
class ShingleSimilarity implements ModelSimilarity {

	@Override
	public double[] score(String text, List<String> candidates) {
		Set<String> a = shingles(text);
		double[] scores = new double[candidates.size()];
		for (int i = 0; i < scores.length; i++) {
			scores[i] = similarity(a, shingles(candidates.get(i)));
		}
		return scores;
	}

	static double similarity(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int common = 0;
		for (String s : a.size() <= b.size() ? a : b) {
			if ((a.size() <= b.size() ? b : a).contains(s)) {
				common++;
			}
		}
		double jaccard = (double) common / (a.size() + b.size() - common);
		// Containment only counts for texts long enough to mean something (a bare two-word title contains little).
		int smaller = Math.min(a.size(), b.size());
		double containment = smaller >= 6 ? (double) common / smaller : 0;
		return Math.max(jaccard, containment);
	}

	static Set<String> shingles(String text) {
		String[] syllables = VietnameseText.fold(text).split("[^\\p{L}\\p{N}]+");
		Set<String> out = new HashSet<>();
		String p2 = null;
		String p1 = null;
		for (String s : syllables) {
			if (s.isEmpty()) {
				continue;
			}
			if (p1 != null) {
				out.add(p1 + " " + s);
				if (p2 != null) {
					out.add(p2 + " " + p1 + " " + s);
				}
			}
			p2 = p1;
			p1 = s;
		}
		return out;
	}

}
