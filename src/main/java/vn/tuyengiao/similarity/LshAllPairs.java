package vn.tuyengiao.similarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * All similar pairs of a batch through the index: every document is indexed, then every
 * document queries it; each pair is verified exactly and reported once ({@code a < b}).
 * This is what the {@code similarity} command runs.
 */
public final class LshAllPairs {

	private LshAllPairs() {
	}

	public static List<ExactAllPairs.Pair> find(Fingerprint[] fingerprints, SimilarityConfig config,
			IntConsumer progress) {
		int n = fingerprints.length;
		SimilarityIndex index = new SimilarityIndex(config, n);
		long[] ids = new long[n];
		IndexEntry[] entries = new IndexEntry[n];
		for (int i = 0; i < n; i++) {
			ids[i] = i;
			entries[i] = fingerprints[i].entry();
		}
		index.addAll(ids, entries);
		ShingleStore store = id -> fingerprints[(int) id].shingles();
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		List<List<ExactAllPairs.Pair>> parts = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			parts.add(new ArrayList<>());
		}
		AtomicInteger done = new AtomicInteger();
		IntStream.range(0, threads).parallel().forEach(t -> {
			List<ExactAllPairs.Pair> out = parts.get(t);
			for (int i = t; i < n; i += threads) {
				for (Match m : index.query(fingerprints[i], store, i)) {
					if (m.id() > i) {
						out.add(new ExactAllPairs.Pair(i, (int) m.id(), m.overlap()));
					}
				}
				int d = done.incrementAndGet();
				if (progress != null && (d & 1023) == 0) {
					progress.accept(d);
				}
			}
		});
		List<ExactAllPairs.Pair> all = new ArrayList<>();
		parts.forEach(all::addAll);
		all.sort(Comparator.comparingInt(ExactAllPairs.Pair::a).thenComparingInt(ExactAllPairs.Pair::b));
		return all;
	}

}
