package vn.tuyengiao.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import vn.tuyengiao.similarity.Syllables.Tokens;

/**
 * Shared passages of two texts for the side-by-side view. Not a linear diff: every
 * maximal run of equal syllables is found wherever it sits in either text (greedy string
 * tiling, longest first, each syllable used once per side), so reordered sentences and
 * paragraphs are still matched; runs that follow each other in both texts with a gap of a
 * few syllables (a changed word) are joined into one passage.
 */
public final class PassageAligner {

	/** Shortest run reported, in syllables. */
	public static final int MIN_RUN = 5;

	/**
	 * Largest gap (in syllables, on each side) bridged when joining runs into a passage.
	 */
	public static final int MAX_GAP = 3;

	private PassageAligner() {
	}

	public static List<Passage> align(String a, String b) {
		return align(Syllables.tokenize(a), Syllables.tokenize(b));
	}

	public static List<Passage> align(Tokens a, Tokens b) {
		long[] ha = a.hashes();
		long[] hb = b.hashes();
		if (ha.length < MIN_RUN || hb.length < MIN_RUN) {
			return List.of();
		}
		// positions of every syllable trigram of B, sorted by trigram
		int[] sa = Fingerprinter.shingles(a);
		int[] sb = Fingerprinter.shingles(b);
		long[] index = new long[sb.length];
		for (int j = 0; j < sb.length; j++) {
			index[j] = ((long) sb[j] << 32) | j;
		}
		Arrays.sort(index);
		List<int[]> runs = new ArrayList<>();
		for (int i = 0; i < sa.length; i++) {
			int at = Arrays.binarySearch(index, (long) sa[i] << 32);
			if (at < 0) {
				at = -at - 1;
			}
			for (; at < index.length && (int) (index[at] >>> 32) == sa[i]; at++) {
				int j = (int) index[at];
				if (i > 0 && j > 0 && ha[i - 1] == hb[j - 1]) {
					continue; // not the start of a maximal run
				}
				int len = 0;
				while (i + len < ha.length && j + len < hb.length && ha[i + len] == hb[j + len]) {
					len++;
				}
				if (len >= MIN_RUN) {
					runs.add(new int[] { i, j, len });
				}
			}
		}
		runs.sort(Comparator.<int[]>comparingInt(r -> -r[2]).thenComparingInt(r -> r[0]).thenComparingInt(r -> r[1]));
		boolean[] usedA = new boolean[ha.length];
		boolean[] usedB = new boolean[hb.length];
		List<int[]> tiles = new ArrayList<>();
		for (int[] r : runs) {
			// trim the run to its longest stretch free on both sides
			int bestStart = -1;
			int bestLen = 0;
			int curStart = -1;
			for (int k = 0; k <= r[2]; k++) {
				boolean free = k < r[2] && !usedA[r[0] + k] && !usedB[r[1] + k];
				if (free && curStart < 0) {
					curStart = k;
				}
				if (!free && curStart >= 0) {
					if (k - curStart > bestLen) {
						bestLen = k - curStart;
						bestStart = curStart;
					}
					curStart = -1;
				}
			}
			if (bestLen >= MIN_RUN) {
				int i = r[0] + bestStart;
				int j = r[1] + bestStart;
				Arrays.fill(usedA, i, i + bestLen, true);
				Arrays.fill(usedB, j, j + bestLen, true);
				tiles.add(new int[] { i, j, bestLen });
			}
		}
		tiles.sort(Comparator.comparingInt(t -> t[0]));
		List<Passage> out = new ArrayList<>();
		int[] cur = null;
		int curLen = 0;
		for (int[] t : tiles) {
			if (cur != null) {
				int gapA = t[0] - (cur[0] + cur[2]);
				int gapB = t[1] - (cur[1] + cur[2]);
				if (gapA >= 0 && gapA <= MAX_GAP && gapB >= 0 && gapB <= MAX_GAP) {
					curLen += t[2];
					cur = new int[] { cur[0], cur[1], t[0] + t[2] - cur[0], cur[3] == 0 ? 0 : cur[3] };
					cur[3] = t[1] + t[2] - cur[1];
					continue;
				}
				out.add(passage(a, b, cur, curLen));
			}
			cur = new int[] { t[0], t[1], t[2], t[2] };
			curLen = t[2];
		}
		if (cur != null) {
			out.add(passage(a, b, cur, curLen));
		}
		return out;
	}

	/** {@code span}: start in A, start in B, length in A, length in B. */
	private static Passage passage(Tokens a, Tokens b, int[] span, int matched) {
		int ia = span[0];
		int ib = span[1];
		int endA = ia + span[2] - 1;
		int endB = ib + span[3] - 1;
		return new Passage(a.starts()[ia], a.ends()[endA], b.starts()[ib], b.ends()[endB], span[2]);
	}

}
