package vn.tuyengiao.similarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Every pair of documents meeting the config's thresholds, found exactly (no sampling:
 * every pair is either proven unable to qualify or verified by a full merge): the ground
 * truth copy detection is measured against, and the baseline whose time is reported "for
 * comparison".
 * <p>
 * Prefix filtering does not work on these texts: they are formulaic, so even a text's
 * rarest 40% of shingles are each shared by thousands of others. Instead every pair is
 * bounded by a <b>bitmap filter</b> (bit-parallel): each set is hashed into a bitmap of
 * {@value #BITS} bits; the shared shingles map to bits set in both bitmaps, and at most
 * {@code lost(x) = |x| − popcount(bitmap(x))} shared shingles can hide in collisions (a
 * subset has no more collisions than its superset), so |A ∩ B| ≤ popcount(A ∧ B) +
 * min(lost(A), lost(B)). The same bound on the bitmap folded to half its width (a valid
 * bitmap of the same set, so also a valid bound) is tested first: it costs half and drops
 * about 96% of the pairs of these texts; the full width drops most of the rest. A pair
 * qualifies only if |A ∩ B| ≥ min(c · min(|A|, |B|), j · (|A| + |B|) / (1 + j))
 * (containment c, Jaccard j), so pairs whose bound is below that are dropped without
 * reading their sets; the others are verified by a merge of the sorted sets (which stops
 * as soon as the needed count is out of reach) and kept when
 * {@link SimilarityConfig#accepts} them. Pairs are compared in tiles of {@value #TILE}
 * rows so the rows' bitmaps stay in the L1 cache, on all cores.
 */
public final class ExactAllPairs {

	/**
	 * A reportable pair: indexes into the input array ({@code a < b}) and the exact
	 * overlap.
	 */
	public record Pair(int a, int b, Overlap overlap) {
	}

	/** Bits of the fine bitmap (second test). */
	static final int BITS = 4096;

	private static final int LOG_BITS = Integer.numberOfTrailingZeros(BITS);

	private static final int WORDS = BITS / 64;

	/** Words of the coarse bitmap (first test): the fine one folded in half. */
	private static final int COARSE = WORDS / 2;

	private static final int TILE = 64;

	private ExactAllPairs() {
	}

	/**
	 * The bitmap of a set of shingle hashes, {@value #WORDS} longs written at {@code at}.
	 */
	static void bitmap(int[] set, long[] into, int at) {
		for (int h : set) {
			int bit = (h * 0x9E3779B1) >>> (32 - LOG_BITS);
			into[at + (bit >>> 6)] |= 1L << bit;
		}
	}

	public static List<Pair> find(int[][] sets, SimilarityConfig config) {
		int n = sets.length;
		long[] bits = new long[n * WORDS];
		long[] coarse = new long[n * COARSE];
		int[] lost = new int[n];
		int[] coarseLost = new int[n];
		int[] size = new int[n];
		IntStream.range(0, n).parallel().forEach(i -> {
			bitmap(sets[i], bits, i * WORDS);
			int pop = 0;
			int coarsePop = 0;
			for (int w = 0; w < COARSE; w++) {
				long lo = bits[i * WORDS + w];
				long hi = bits[i * WORDS + COARSE + w];
				coarse[i * COARSE + w] = lo | hi;
				pop += Long.bitCount(lo) + Long.bitCount(hi);
				coarsePop += Long.bitCount(lo | hi);
			}
			size[i] = sets[i].length;
			lost[i] = sets[i].length - pop;
			coarseLost[i] = sets[i].length - coarsePop;
		});
		double j = config.jaccard();
		double c = config.containment();
		// |A ∩ B| ≥ needed(A, B) ≥ min(need(A), need(B)), need(x) = ⌈τ·|x|⌉ with τ =
		// min(c, 2j/(1+j)): the cheap lower
		// bound the bitmap tests use (the exact figure is checked on every pair they let
		// through)
		double tau = Math.min(c, 2 * j / (1 + j));
		int[] need = new int[n];
		for (int i = 0; i < n; i++) {
			need[i] = (int) Math.ceil(tau * sets[i].length - 1e-9);
		}
		AtomicLong candidates = new AtomicLong();
		AtomicInteger nextTile = new AtomicInteger();
		int tiles = (n + TILE - 1) / TILE;
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		List<List<Pair>> perThread = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			perThread.add(new ArrayList<>());
		}
		IntStream.range(0, threads).parallel().forEach(t -> {
			List<Pair> out = perThread.get(t);
			long seen = 0;
			// tiles handed out in turn: early tiles (more pairs) first, so the threads
			// finish together
			for (int tile = nextTile.getAndIncrement(); tile < tiles; tile = nextTile.getAndIncrement()) {
				int from = tile * TILE;
				int to = Math.min(n, from + TILE);
				for (int y = from + 1; y < n; y++) {
					if (size[y] == 0) {
						continue;
					}
					int cy = y * COARSE;
					int cly = coarseLost[y];
					int ny = need[y];
					int last = Math.min(to, y);
					// coarse bound of four rows at a time: each word of y is loaded once
					// for the four
					int x = from;
					for (; x + 4 <= last; x += 4) {
						int c0 = x * COARSE;
						int b0 = 0;
						int b1 = 0;
						int b2 = 0;
						int b3 = 0;
						for (int w = 0; w < COARSE; w++) {
							long yw = coarse[cy + w];
							b0 += Long.bitCount(coarse[c0 + w] & yw);
							b1 += Long.bitCount(coarse[c0 + COARSE + w] & yw);
							b2 += Long.bitCount(coarse[c0 + 2 * COARSE + w] & yw);
							b3 += Long.bitCount(coarse[c0 + 3 * COARSE + w] & yw);
						}
						if (b0 + Math.min(coarseLost[x], cly) >= Math.min(need[x], ny)) {
							seen += fine(x, y, sets, size, bits, lost, need, config, out);
						}
						if (b1 + Math.min(coarseLost[x + 1], cly) >= Math.min(need[x + 1], ny)) {
							seen += fine(x + 1, y, sets, size, bits, lost, need, config, out);
						}
						if (b2 + Math.min(coarseLost[x + 2], cly) >= Math.min(need[x + 2], ny)) {
							seen += fine(x + 2, y, sets, size, bits, lost, need, config, out);
						}
						if (b3 + Math.min(coarseLost[x + 3], cly) >= Math.min(need[x + 3], ny)) {
							seen += fine(x + 3, y, sets, size, bits, lost, need, config, out);
						}
					}
					for (; x < last; x++) {
						int bound = Math.min(coarseLost[x], cly);
						int cx = x * COARSE;
						for (int w = 0; w < COARSE; w++) {
							bound += Long.bitCount(coarse[cx + w] & coarse[cy + w]);
						}
						if (bound >= Math.min(need[x], ny)) {
							seen += fine(x, y, sets, size, bits, lost, need, config, out);
						}
					}
				}
			}
			candidates.addAndGet(seen);
		});
		List<Pair> result = new ArrayList<>();
		for (List<Pair> l : perThread) {
			result.addAll(l);
		}
		result.sort(Comparator.comparingInt(Pair::a).thenComparingInt(Pair::b));
		lastCandidates = candidates.get();
		return result;
	}

	/**
	 * The pair (x, y) passed the coarse test: the full-width bound, then the merge.
	 * Returns 1 when the pair was merged (a candidate), else 0.
	 */
	private static int fine(int x, int y, int[][] sets, int[] size, long[] bits, int[] lost, int[] need,
			SimilarityConfig config, List<Pair> out) {
		int sx = size[x];
		int sy = size[y];
		if (sx == 0) {
			return 0;
		}
		int bound = Math.min(lost[x], lost[y]);
		int bx = x * WORDS;
		int by = y * WORDS;
		for (int w = 0; w < WORDS; w++) {
			bound += Long.bitCount(bits[bx + w] & bits[by + w]);
		}
		if (bound < Math.min(need[x], need[y])) {
			return 0;
		}
		double j = config.jaccard();
		int needed = (int) Math.ceil(Math.min(config.containment() * Math.min(sx, sy), j * (sx + sy) / (1 + j)) - 1e-9);
		int shared = Overlap.intersectionAtLeast(sets[x], sets[y], Math.max(0, needed - 1));
		if (shared >= 0) {
			Overlap o = new Overlap(sx, sy, shared);
			if (config.accepts(o)) {
				out.add(new Pair(x, y, o));
			}
		}
		return 1;
	}

	private static volatile long lastCandidates;

	/**
	 * Pairs whose bitmap bound let them through to a merge in the last run (for the
	 * benchmark's report).
	 */
	public static long lastCandidateCount() {
		return lastCandidates;
	}

}
