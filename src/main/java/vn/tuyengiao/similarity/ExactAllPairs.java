package vn.tuyengiao.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Every pair of documents meeting the config's thresholds, found exactly (no sampling, no hashing beyond the
 * shingle hashes themselves): the ground truth copy detection is measured against, and the baseline whose time is
 * reported "for comparison".
 * <p>
 * Prefix filtering: a pair with Jaccard ≥ j has |A ∩ B| ≥ 2j/(1+j) · min(|A|, |B|), and one with containment ≥ c has
 * |A ∩ B| ≥ c · min(|A|, |B|); so with τ the smaller factor every reportable pair shares at least α = ⌈τ·|A|⌉
 * shingles, A the smaller set. Shingles are ranked rarest first; then A's first |A| − α + 1 shingles must contain
 * one of B's. Documents are visited from the largest down; each probes the full postings of the (larger) documents
 * already visited with its prefix, and every candidate is verified by a full merge.
 */
public final class ExactAllPairs {

	/** A reportable pair: indexes into the input array ({@code a < b}) and the exact overlap. */
	public record Pair(int a, int b, Overlap overlap) {
	}

	private ExactAllPairs() {
	}

	public static List<Pair> find(int[][] sets, SimilarityConfig config) {
		int n = sets.length;
		double j = config.jaccard();
		double tau = Math.min(config.containment(), 2 * j / (1 + j));
		// global frequencies → ranks, rarest first
		long total = 0;
		for (int[] s : sets) {
			total += s.length;
		}
		if (total > Integer.MAX_VALUE - 16) {
			throw new IllegalArgumentException("too many shingles for one exact run: " + total);
		}
		int[] all = new int[(int) total];
		int k = 0;
		for (int[] s : sets) {
			System.arraycopy(s, 0, all, k, s.length);
			k += s.length;
		}
		Arrays.parallelSort(all);
		int distinct = 0;
		for (int i = 0; i < all.length; i++) {
			if (i == 0 || all[i] != all[i - 1]) {
				distinct++;
			}
		}
		int[] values = new int[distinct];
		int[] freq = new int[distinct];
		int d = -1;
		for (int i = 0; i < all.length; i++) {
			if (i == 0 || all[i] != all[i - 1]) {
				values[++d] = all[i];
			}
			freq[d]++;
		}
		all = null;
		// order distinct shingles by (frequency, value): rank[i] for values[i]
		long[] byFreq = new long[distinct];
		for (int i = 0; i < distinct; i++) {
			byFreq[i] = ((long) freq[i] << 32) | i;
		}
		Arrays.parallelSort(byFreq);
		int[] rank = new int[distinct];
		for (int r = 0; r < distinct; r++) {
			rank[(int) byFreq[r]] = r;
		}
		byFreq = null;
		int[][] ranked = new int[n][];
		IntStream.range(0, n).parallel().forEach(i -> {
			int[] s = sets[i];
			int[] r = new int[s.length];
			for (int x = 0; x < s.length; x++) {
				r[x] = rank[Arrays.binarySearch(values, s[x])];
			}
			Arrays.sort(r);
			ranked[i] = r;
		});
		// visiting order: largest first (ties by index); position of each document in it
		Integer[] boxed = new Integer[n];
		for (int i = 0; i < n; i++) {
			boxed[i] = i;
		}
		Arrays.sort(boxed, Comparator.<Integer>comparingInt(i -> -sets[i].length).thenComparingInt(i -> i));
		int[] order = new int[n];
		int[] position = new int[n];
		for (int p = 0; p < n; p++) {
			order[p] = boxed[p];
			position[boxed[p]] = p;
		}
		// postings per rank, documents in visiting order (CSR)
		int[] start = new int[distinct + 1];
		for (int[] r : ranked) {
			for (int x : r) {
				start[x + 1]++;
			}
		}
		for (int r = 0; r < distinct; r++) {
			start[r + 1] += start[r];
		}
		int[] fill = Arrays.copyOf(start, distinct);
		int[] postings = new int[start[distinct]];
		for (int p = 0; p < n; p++) {
			for (int x : ranked[order[p]]) {
				postings[fill[x]++] = p;
			}
		}
		AtomicLong candidates = new AtomicLong();
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		List<Pair>[] perThread = newLists(threads);
		IntStream.range(0, threads).parallel().forEach(t -> {
			int[] stamp = new int[n];
			Arrays.fill(stamp, -1);
			int[] cands = new int[256];
			List<Pair> out = perThread[t];
			long seen = 0;
			for (int p = t; p < n; p += threads) {
				int x = order[p];
				int[] rx = ranked[x];
				int a = rx.length;
				if (a == 0) {
					continue;
				}
				int alpha = Math.max(1, (int) Math.ceil(tau * a - 1e-9));
				int prefix = a - alpha + 1;
				int c = 0;
				for (int q = 0; q < prefix; q++) {
					int r = rx[q];
					for (int at = start[r]; at < start[r + 1]; at++) {
						int other = postings[at];
						if (other >= p) {
							break;
						}
						if (stamp[other] != p) {
							stamp[other] = p;
							if (c == cands.length) {
								cands = Arrays.copyOf(cands, c * 2);
							}
							cands[c++] = other;
						}
					}
				}
				seen += c;
				for (int ci = 0; ci < c; ci++) {
					int y = order[cands[ci]];
					Overlap o = Overlap.of(rx, ranked[y]);
					if (config.accepts(o)) {
						out.add(x < y ? new Pair(x, y, o) : new Pair(y, x, new Overlap(o.sizeB(), o.sizeA(), o.shared())));
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

	private static volatile long lastCandidates;

	/** Candidates verified by the last run (for the benchmark's report). */
	public static long lastCandidateCount() {
		return lastCandidates;
	}

	@SuppressWarnings("unchecked")
	private static List<Pair>[] newLists(int n) {
		List<Pair>[] lists = new List[n];
		for (int i = 0; i < n; i++) {
			lists[i] = new ArrayList<>();
		}
		return lists;
	}

}
