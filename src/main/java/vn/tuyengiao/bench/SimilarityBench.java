package vn.tuyengiao.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import vn.tuyengiao.generator.CommitmentGenerator;
import vn.tuyengiao.generator.CommitmentGenerator.Commitment;
import vn.tuyengiao.generator.CommitmentGenerator.Edit;
import vn.tuyengiao.similarity.ExactAllPairs;
import vn.tuyengiao.similarity.Fingerprint;
import vn.tuyengiao.similarity.Fingerprinter;
import vn.tuyengiao.similarity.IndexEntry;
import vn.tuyengiao.similarity.LshAllPairs;
import vn.tuyengiao.similarity.ShingleStore;
import vn.tuyengiao.similarity.SimilarityConfig;
import vn.tuyengiao.similarity.SimilarityIndex;
import vn.tuyengiao.text.LegacyVietnamese;

/**
 * Copy detection without a database: recall/precision of the index against exact
 * all-pairs on generated commitments (and the exact method's time), fingerprint + index
 * throughput, query latency against a large index, and index memory per commitment.
 */
final class SimilarityBench {

	private SimilarityBench() {
	}

	static Result run(BenchOptions o) {
		int n = (int) o.similarityTexts();
		int m = (int) Math.max(o.similarityIndex(), n);
		SimilarityConfig config = SimilarityConfig.DEFAULT;
		Fingerprinter fp = new Fingerprinter(config, List.of(CommitmentGenerator.TEMPLATE));
		Result r = new Result(
				"Phát hiện sao chép / Copy detection (" + Stats.n(n) + " texts, index of " + Stats.n(m) + ")");
		r.para(String.format(Locale.ROOT,
				"Banding %d × %d (P(candidate) at J = 0.5: %.3f, 0.45: %.3f, 0.4: %.3f, 0.2: %.4f, 0.1: %.5f); sentence sample 1/%d, "
						+ "boilerplate cap %d postings. Heap: `-Xmx%dm`. Load average at start: %s.",
				config.bands(), config.rows(), config.candidateProbability(0.5), config.candidateProbability(0.45),
				config.candidateProbability(0.4), config.candidateProbability(0.2), config.candidateProbability(0.1),
				1 << config.sentenceSampleBits(), config.maxSentencePostings(), Runtime.getRuntime().maxMemory() >> 20,
				Stats.loadAverage()));
		// 1. generated texts, ground truth, recall
		CommitmentGenerator g = new CommitmentGenerator(1, 0.3);
		Commitment[] cs = new Commitment[n];
		long t0 = System.nanoTime();
		for (int i = 0; i < n; i++) {
			cs[i] = g.next();
		}
		double genS = (System.nanoTime() - t0) / 1e9;
		int[][] clean = new int[n][];
		IntStream.range(0, n).parallel().forEach(i -> clean[i] = fp.fingerprint(cs[i].cleanText()).shingles());
		// fingerprint throughput (legacy detection + conversion + fingerprint), 1 thread
		// then all threads
		Fingerprint[] submitted = new Fingerprint[n];
		int threads = Runtime.getRuntime().availableProcessors();
		Throughput one = Throughput.measure(fp, cs, submitted, 1);
		Throughput all = Throughput.measure(fp, cs, submitted, threads);
		String loadMid = Stats.loadAverage();
		double oneS = one.wallS();
		double oneCpuS = one.cpuS();
		double twoS = all.wallS();
		java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
		long[] ids = new long[n];
		IndexEntry[] entries = new IndexEntry[n];
		for (int i = 0; i < n; i++) {
			ids[i] = i;
			entries[i] = submitted[i].entry();
		}
		// bulk insert, warmed up on a smaller index first (the first call runs
		// interpreted)
		SimilarityIndex warm = new SimilarityIndex(config, Math.min(n, 3000));
		warm.addAll(Arrays.copyOf(ids, Math.min(n, 3000)), Arrays.copyOf(entries, Math.min(n, 3000)));
		warm = null;
		long t1c = System.nanoTime();
		// process CPU time (also counts GC and JIT threads meanwhile, so it errs high)
		long cpu1c = processCpuNanos();
		SimilarityIndex built = new SimilarityIndex(config, n);
		built.addAll(ids, entries);
		double addS = (System.nanoTime() - t1c) / 1e9;
		double addCpuS = (processCpuNanos() - cpu1c) / 1e9;
		double indexS = twoS + addS;
		built = null;
		long t2 = System.nanoTime();
		long pcpu2 = processCpuNanos();
		List<ExactAllPairs.Pair> truth = ExactAllPairs.find(clean, config);
		double exactS = (System.nanoTime() - t2) / 1e9;
		double exactCpuS = (processCpuNanos() - pcpu2) / 1e9;
		String loadExact = Stats.loadAverage();
		long exactCandidates = ExactAllPairs.lastCandidateCount();
		long t3 = System.nanoTime();
		long pcpu3 = processCpuNanos();
		List<ExactAllPairs.Pair> found = LshAllPairs.find(submitted, config, null);
		double lshS = (System.nanoTime() - t3) / 1e9;
		double lshCpuS = (processCpuNanos() - pcpu3) / 1e9;
		Set<Long> f = new HashSet<>();
		found.forEach(p -> f.add(((long) p.a() << 32) | p.b()));
		Set<Long> t = new HashSet<>();
		Map<Edit, int[]> perEdit = new EnumMap<>(Edit.class);
		int[] other = new int[2];
		for (ExactAllPairs.Pair p : truth) {
			long key = ((long) p.a() << 32) | p.b();
			t.add(key);
			Commitment b = cs[p.b()];
			int[] c = b.isCopy() && b.sourceId() == cs[p.a()].id() ? perEdit.computeIfAbsent(b.edit(), e -> new int[2])
					: other;
			c[0]++;
			c[1] += f.contains(key) ? 1 : 0;
		}
		long tp = f.stream().filter(t::contains).count();
		double recall = t.isEmpty() ? 1 : (double) tp / t.size();
		double precision = f.isEmpty() ? 1 : (double) tp / f.size();
		r.target("Recall vs exact all-pairs (" + Stats.n(t.size()) + " true pairs)", "≥ 0.99", fmt(recall),
				recall >= 0.99);
		r.target("Precision", "≥ 0.99", fmt(precision), precision >= 0.99);
		double perSec = n / indexS;
		// CPU time: fingerprinting on one thread + the (single-threaded) bulk insert, per
		// text; the cores' worth of that
		double cpuPerText = (oneCpuS + addCpuS) / n;
		double perSecCpu = threads / cpuPerText;
		r.target("Fingerprint + index throughput on " + threads + " cores (from CPU time per text)", "≥ 50,000/s",
				Stats.n(Math.round(perSecCpu)) + "/s", perSecCpu >= 50_000);
		r.target("Fingerprint + index throughput (" + threads + " threads, wall clock, shared machine)", "≥ 50,000/s",
				Stats.n(Math.round(perSec)) + "/s", perSec >= 50_000);
		r.para(String.format(Locale.ROOT,
				"Throughput detail on %s texts (legacy detection + conversion + fingerprint; best of %d runs per thread "
						+ "count, each after a GC, both warmed up; load average %s): 1 thread %.1f µs/text wall clock, **%.1f "
						+ "µs/text CPU time** (%s/s per core on CPU time); %d threads %.1f µs/text wall clock (%.2f× one "
						+ "thread), %.1f µs/text CPU time summed over the threads, the process used %.2f cores meanwhile "
						+ "(GC pauses %d ms); bulk insert of all entries into the index %.1f µs/text wall clock, **%.1f "
						+ "µs/text CPU time** (process); total **%.1f µs CPU per text**. %s",
				Stats.n(n), Throughput.RUNS, loadMid, oneS * 1e6 / n, oneCpuS * 1e6 / n,
				Stats.n(Math.round(n / oneCpuS)), threads, twoS * 1e6 / n, oneS / twoS, all.cpuS() * 1e6 / n,
				all.processCpuS() / twoS, all.gcMillis(), addS * 1e6 / n, addCpuS * 1e6 / n, cpuPerText * 1e6,
				all.processCpuS() / twoS < threads * 0.9
						? "The threads got less than the machine's cores (other load on the machine, GC), so wall clock "
								+ "understates what the code does on idle cores; CPU time per text is the figure to compare."
						: ""));
		StringBuilder edits = new StringBuilder("| Edit | True pairs | Found | Recall |\n|---|---|---|---|\n");
		perEdit.forEach((e, c) -> edits.append("| ")
			.append(e)
			.append(" | ")
			.append(c[0])
			.append(" | ")
			.append(c[1])
			.append(" | ")
			.append(fmt(c[0] == 0 ? 1 : (double) c[1] / c[0]))
			.append(" |\n"));
		edits.append("| other pairs (copies of one source, chance) | ")
			.append(other[0])
			.append(" | ")
			.append(other[1])
			.append(" | ")
			.append(fmt(other[0] == 0 ? 1 : (double) other[1] / other[0]))
			.append(" |\n");
		r.line(edits.toString());
		r.para(String.format(Locale.ROOT,
				"Generating %s texts: %.1f s. Exact all-pairs (bitmap filter over all %s pairs, %s merged): **%.1f s** wall "
						+ "clock, %.1f s CPU (all threads; load average after it %s). Index all-pairs (query every text "
						+ "against the index, verify exactly): **%.1f s** wall clock, %.1f s CPU.",
				Stats.n(n), genS, Stats.n((long) n * (n - 1) / 2), Stats.n(exactCandidates), exactS, exactCpuS,
				loadExact, lshS, lshCpuS));
		// 2. large index: memory and query latency
		clean[0] = null;
		Arrays.fill(clean, null);
		SimilarityIndex index = new SimilarityIndex(config, m);
		int[][] store = new int[m][];
		System.gc();
		long heapBefore = usedHeap();
		int batch = 50_000;
		long t4 = System.nanoTime();
		CommitmentGenerator big = new CommitmentGenerator(99, 0.3);
		for (int start = 0; start < m; start += batch) {
			int size = Math.min(batch, m - start);
			String[] texts = new String[size];
			// generated in parallel: one generator per chunk (each with its own copies),
			// seeded by the chunk
			int chunks = 8;
			int from = start;
			IntStream.range(0, chunks).parallel().forEach(c -> {
				CommitmentGenerator gc = new CommitmentGenerator(100_000L + from + c, 0.3);
				for (int i = c; i < size; i += chunks) {
					texts[i] = gc.next().text();
				}
			});
			Fingerprint[] fps = new Fingerprint[size];
			IntStream.range(0, size).parallel().forEach(i -> fps[i] = fp.fingerprint(InputText.unicode(texts[i])));
			long[] bids = new long[size];
			IndexEntry[] bents = new IndexEntry[size];
			for (int i = 0; i < size; i++) {
				bids[i] = start + i;
				bents[i] = fps[i].entry();
				store[start + i] = fps[i].shingles();
			}
			index.addAll(bids, bents);
			System.err.printf("bench similarity: index %d/%d%n", start + size, m);
		}
		double bigS = (System.nanoTime() - t4) / 1e9;
		long accounted = index.memoryBytes();
		System.gc();
		long heapWithStore = usedHeap();
		Object keep = store;
		ShingleStore shingles = id -> store[(int) id];
		// queries: new commitments, not in the index
		int queries = 2000;
		Fingerprint[] qs = new Fingerprint[queries];
		for (int i = 0; i < queries; i++) {
			qs[i] = fp.fingerprint(InputText.unicode(big.next().text()));
		}
		List<Double> millis = new ArrayList<>();
		List<Double> cpuMillis = new ArrayList<>();
		long candidates = 0;
		long prefiltered = 0;
		for (int i = 0; i < queries; i++) {
			long q0 = System.nanoTime();
			long c0 = mx.getCurrentThreadCpuTime();
			index.query(qs[i], shingles, -1);
			double ms = (System.nanoTime() - q0) / 1e6;
			double cpuMs = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
			if (i >= 200) {
				millis.add(ms);
				cpuMillis.add(cpuMs);
				candidates += index.candidates(qs[i].entry()).length;
				prefiltered += index.prefilteredCandidates(qs[i].entry()).length;
			}
		}
		Stats st = Stats.of(millis);
		Stats cpuSt = Stats.of(cpuMillis);
		String loadQueries = Stats.loadAverage();
		Arrays.fill(store, null);
		System.gc();
		long heapIndexOnly = usedHeap();
		if (index.size() != m) {
			throw new IllegalStateException("index lost documents");
		}
		index = null;
		System.gc();
		long heapWithoutIndex = usedHeap();
		double perDoc = (double) accounted / m;
		r.target("Check one new commitment against " + Stats.n(m) + " (p99 wall clock, shingle sets in memory)",
				"≤ 5 ms", "p50 " + Stats.ms(st.p50()) + ", p99 " + Stats.ms(st.p99()) + " (load " + loadQueries + ")",
				st.p99() <= 5);
		r.target("Same, CPU time of the querying thread", "≤ 5 ms",
				"p50 " + Stats.ms(cpuSt.p50()) + ", p99 " + Stats.ms(cpuSt.p99()), cpuSt.p99() <= 5);
		r.target("Index memory per commitment (accounted arrays)", "≤ 300 B", Math.round(perDoc) + " B", perDoc <= 300);
		r.para(String.format(Locale.ROOT,
				"Index of %s built from generated texts in %.1f s (%s/s incl. generating). Candidates per query: %.0f on average "
						+ "from bands and sentences (%.2f%% of the index), **%.1f after the sketch pre-filter** (verified on shingle sets). "
						+ "Heap after GC: %d MB before, %d MB with index + shingle store (the store, all shingle sets as int[], "
						+ "is what the app keeps in the database instead), %d MB with the index alone: **%.0f B per commitment "
						+ "measured on the heap** (heap after GC with the index minus after dropping it). Load average after the queries: %s.",
				Stats.n(m), bigS, Stats.n(Math.round(m / bigS)), candidates / (double) millis.size(),
				100.0 * candidates / millis.size() / m, prefiltered / (double) millis.size(), heapBefore >> 20,
				heapWithStore >> 20, heapIndexOnly >> 20, (double) (heapIndexOnly - heapWithoutIndex) / m,
				Stats.loadAverage()));
		if (keep == null) {
			throw new IllegalStateException();
		}
		return r;
	}

	private static long processCpuNanos() {
		if (java.lang.management.ManagementFactory
			.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime();
		}
		return 0;
	}

	private static long usedHeap() {
		Runtime rt = Runtime.getRuntime();
		return rt.totalMemory() - rt.freeMemory();
	}

	private static String fmt(double d) {
		return String.format(Locale.ROOT, "%.4f", d);
	}

	/**
	 * One timed pass of legacy detection + conversion + fingerprinting over all texts on
	 * {@code threads} platform threads (each takes every {@code threads}-th text), best
	 * of {@link #RUNS} by wall clock. Each run starts after a GC, so the runs on one and
	 * on several threads find the heap in the same state, and the threads are started and
	 * warmed up before the clock starts. Besides wall clock it records the CPU time of
	 * the worker threads and of the whole process (GC and JIT threads included) and the
	 * GC pauses: when several threads are not faster than one, these tell whether the
	 * threads were starved of cores (process CPU below the thread count) or did more work
	 * per text (thread CPU per text above the one-thread figure).
	 */
	private record Throughput(double wallS, double cpuS, double processCpuS, long gcMillis) {

		static final int RUNS = 3;

		static Throughput measure(Fingerprinter fp, Commitment[] cs, Fingerprint[] out, int threads) {
			Throughput best = null;
			for (int run = 0; run < RUNS; run++) {
				Throughput t = once(fp, cs, out, threads);
				if (best == null || t.wallS() < best.wallS()) {
					best = t;
				}
			}
			return best;
		}

		private static Throughput once(Fingerprinter fp, Commitment[] cs, Fingerprint[] out, int threads) {
			int n = cs.length;
			java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
			java.util.concurrent.CyclicBarrier warm = new java.util.concurrent.CyclicBarrier(threads + 1);
			java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads + 1);
			long[] cpu = new long[threads];
			Thread[] workers = new Thread[threads];
			for (int w = 0; w < threads; w++) {
				int first = w;
				workers[w] = new Thread(() -> {
					for (int i = first; i < Math.min(n, 2000); i += threads) {
						out[i] = fp.fingerprint(InputText.unicode(cs[i].text()));
					}
					await(warm);
					await(start);
					long c0 = mx.getCurrentThreadCpuTime();
					for (int i = first; i < n; i += threads) {
						out[i] = fp.fingerprint(InputText.unicode(cs[i].text()));
					}
					cpu[first] = mx.getCurrentThreadCpuTime() - c0;
				}, "bench-fingerprint-" + w);
				workers[w].start();
			}
			await(warm);
			System.gc();
			long gc0 = collectorMillis();
			long p0 = processCpuNanos();
			long t0 = System.nanoTime();
			await(start);
			for (Thread w : workers) {
				try {
					w.join();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(e);
				}
			}
			double wall = (System.nanoTime() - t0) / 1e9;
			return new Throughput(wall, java.util.Arrays.stream(cpu).sum() / 1e9, (processCpuNanos() - p0) / 1e9,
					collectorMillis() - gc0);
		}

		private static void await(java.util.concurrent.CyclicBarrier b) {
			try {
				b.await();
			}
			catch (InterruptedException | java.util.concurrent.BrokenBarrierException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}

		private static long collectorMillis() {
			long ms = 0;
			for (java.lang.management.GarbageCollectorMXBean g : java.lang.management.ManagementFactory
				.getGarbageCollectorMXBeans()) {
				ms += Math.max(0, g.getCollectionTime());
			}
			return ms;
		}

	}

	/** Legacy detection and conversion as the batch command does it. */
	private static final class InputText {

		/**
		 * Legacy text converted, everything brought to NFC. The whole-text NFC pass must
		 * stay: the fingerprinter does handle NFD itself, but word by word on a slow path
		 * (an NFD text costs ~1–4 ms that way, ~0.1–0.3 ms after one NFC pass), and NFD
		 * texts are 1 in 30 of the generated ones.
		 * {@link LegacyVietnamese#toUnicode(String)} detects the encoding and checks in
		 * the same pass whether NFC could change anything; most texts (precomposed
		 * letters) skip the normaliser.
		 */
		static String unicode(String s) {
			return LegacyVietnamese.toUnicode(s);
		}

	}

}
