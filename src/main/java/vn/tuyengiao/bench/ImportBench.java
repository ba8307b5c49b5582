package vn.tuyengiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.tuyengiao.imports.ImportJob;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.generator.GenerateCommand;
import vn.tuyengiao.member.MemberImporter;
import vn.tuyengiao.org.UnitImporter;

/**
 * Target 1: 100,000 members from .xlsx in under 30 s. One province is generated as xlsx
 * by the {@code generate} command, its units imported through {@link UnitImporter}, then
 * {@link MemberImporter#run} is timed end to end, the phase split taken by watching the
 * job's state. Repeated after deleting the imported members.
 */
final class ImportBench {

	/** Runs timed ({@code -Dbench.import.runs}, default 3). */
	static final int RUNS = Integer.getInteger("bench.import.runs", 3);

	/** The file's format ({@code -Dbench.import.format=csv}, default xlsx). */
	static final String FORMAT = System.getProperty("bench.import.format", "xlsx");

	private final BenchApp app;

	ImportBench(BenchApp app) {
		this.app = app;
	}

	Result run() throws Exception {
		long n = this.app.options.importMembers();
		Result r = new Result("Nhập " + Stats.n(n) + " đảng viên từ ." + FORMAT + " / Import " + Stats.n(n)
				+ " members from ." + FORMAT);
		Path dir = Files.createTempDirectory("tuyengiao-bench-import");
		try {
			long t = System.nanoTime();
			int rc = GenerateCommand
				.run(new String[] { "--members", Long.toString(n), "--out", dir.toString(), "--format", FORMAT });
			if (rc != 0) {
				throw new IllegalStateException("generate failed: " + rc);
			}
			double genMs = (System.nanoTime() - t) / 1e6;
			String unitsFile = "units." + FORMAT;
			byte[] units = Files.readAllBytes(dir.resolve(unitsFile));
			String membersFile = "members." + FORMAT;
			byte[] members = Files.readAllBytes(dir.resolve(membersFile));
			r.line("- Input: `generate --members " + n + " --format " + FORMAT + "` (" + Stats.s(genMs) + " s): "
					+ unitsFile + " " + kb(units.length) + ", " + membersFile + " " + kb(members.length) + "; max heap "
					+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB.");

			ImportJob unitJob = new ImportJob("bench-units", "bench", "units", unitsFile);
			t = System.nanoTime();
			this.app.bean(UnitImporter.class).run(Scope.system(), unitsFile, units, unitJob);
			double unitMs = (System.nanoTime() - t) / 1e6;
			require(unitJob);
			r.line("- Units through `UnitImporter.run` (each row via `OrgUnits.create`, audited): "
					+ Stats.n(unitJob.getTotal()) + " units in " + Stats.s(unitMs) + " s ("
					+ Stats.n(Math.round(unitJob.getTotal() / (unitMs / 1000))) + " units/s).");
			this.app.analyze();

			MemberImporter importer = this.app.bean(MemberImporter.class);
			List<Double> totals = new ArrayList<>();
			r.line("");
			r.line("| Run | Load avg | Total | Rows/s | Reading | Validating | Writing | Peak heap |");
			r.line("|---|---|---|---|---|---|---|---|");
			for (int run = 1; run <= RUNS; run++) {
				if (run > 1) {
					deleteMembers();
				}
				String load = Stats.loadAverage();
				ImportJob job = new ImportJob("bench-members-" + run, "bench", "members", membersFile);
				resetPeakHeap();
				Map<ImportJob.State, Long> at = new EnumMap<>(ImportJob.State.class);
				Thread watcher = watch(job, at);
				long start = System.nanoTime();
				importer.run(Scope.system(), membersFile, members, job);
				long end = System.nanoTime();
				watcher.join();
				require(job);
				double ms = (end - start) / 1e6;
				totals.add(ms);
				long reading = at.getOrDefault(ImportJob.State.VALIDATING, start) - start;
				long validating = at.getOrDefault(ImportJob.State.WRITING, start)
						- at.getOrDefault(ImportJob.State.VALIDATING, start);
				long writing = end - at.getOrDefault(ImportJob.State.WRITING, end);
				r.line("| " + run + " | " + load + " | " + Stats.s(ms) + " s | "
						+ Stats.n(Math.round(job.getTotal() / (ms / 1000))) + " | " + Stats.s(reading / 1e6) + " s | "
						+ Stats.s(validating / 1e6) + " s | " + Stats.s(writing / 1e6) + " s | " + peakHeapMb()
						+ " MB |");
			}
			double median = Stats.median(totals);
			r.line("");
			r.para("Median of " + RUNS + " runs: **" + Stats.s(median) + " s** ("
					+ Stats.n(Math.round(n / (median / 1000)))
					+ " rows/s). Run 1 writes into empty tables; runs 2–3 re-import after the previous run's members were deleted.");
			r.target("Import " + Stats.n(n) + " members from ." + FORMAT + " (read + validate + write)", "< 30 s",
					Stats.s(median) + " s", median < 30_000);
			r.target("  (units: " + Stats.n(unitJob.getTotal()) + " via UnitImporter, reported separately)", "—",
					Stats.s(unitMs) + " s", null);
			return r;
		}
		finally {
			try (var files = Files.walk(dir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	/**
	 * The heap in use at its highest since {@link #resetPeakHeap}: the sum of each heap
	 * pool's peak (an upper bound: the pools peak at different moments), after a GC
	 * before the run so the file's own bytes are the baseline.
	 */
	private static long peakHeapMb() {
		long bytes = 0;
		for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory
			.getMemoryPoolMXBeans()) {
			if (pool.getType() == java.lang.management.MemoryType.HEAP) {
				bytes += pool.getPeakUsage().getUsed();
			}
		}
		return bytes / (1024 * 1024);
	}

	private static void resetPeakHeap() {
		System.gc();
		for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory
			.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
	}

	private void deleteMembers() {
		this.app.jdbc.update("delete from unit_member_count");
		this.app.jdbc.update("delete from member_status_period");
		this.app.jdbc.update("delete from member_unit_period");
		this.app.jdbc.update("delete from member");
		if (this.app.postgres()) {
			this.app.jdbc.execute("vacuum analyze member");
			this.app.jdbc.execute("vacuum analyze member_status_period");
			this.app.jdbc.execute("vacuum analyze member_unit_period");
		}
	}

	private static Thread watch(ImportJob job, Map<ImportJob.State, Long> at) {
		Thread t = new Thread(() -> {
			ImportJob.State last = null;
			while (true) {
				ImportJob.State s = job.getState();
				if (s != last) {
					at.putIfAbsent(s, System.nanoTime());
					last = s;
				}
				if (job.isFinished()) {
					return;
				}
				try {
					Thread.sleep(0, 200_000);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		}, "bench-import-watch");
		t.setDaemon(true);
		t.start();
		return t;
	}

	private static void require(ImportJob job) {
		if (job.getState() != ImportJob.State.DONE) {
			throw new IllegalStateException("import " + job.getFileName() + " ended " + job.getState() + ": "
					+ job.getMessage() + " " + job.getErrors().stream().limit(5).toList());
		}
	}

	private static String kb(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
	}

}
