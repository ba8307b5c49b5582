package vn.tuyengiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import vn.tuyengiao.generator.TreeGenerator;

/**
 * {@code bench [--db postgres|h2] [--url …] [--members 1000000] [--only import,search,tree,startup,generate]
 * [--out docs/benchmarks.md]}: measures the four performance targets through the
 * application's real code paths and writes the figures to {@code docs/benchmarks.md}.
 * Called from {@code main} before Spring starts; each phase starts its own application
 * context on a freshly created bench database.
 */
public final class BenchCommand {

	public static final int EXIT_OK = 0;

	public static final int EXIT_FAILED = 1;

	public static final int EXIT_USAGE = 2;

	private BenchCommand() {
	}

	public static int run(String[] args, Class<?> application) {
		BenchApp.applicationClass = application;
		BenchOptions o;
		try {
			o = BenchOptions.parse(args);
		}
		catch (IllegalArgumentException e) {
			System.err.println("Lỗi: " + e.getMessage());
			System.err.println(BenchOptions.USAGE);
			return EXIT_USAGE;
		}
		if (o == null) {
			System.out.println(BenchOptions.USAGE);
			return EXIT_OK;
		}
		Report report = new Report(args);
		machine(report, o);
		int rc = EXIT_OK;
		try {
			if (o.has("import")) {
				try (BenchApp app = BenchApp.start(o)) {
					report.add(new ImportBench(app).run());
				}
			}
			if (o.has("search") || o.has("tree")) {
				try (BenchApp app = BenchApp.start(o)) {
					report.environment("Database: " + app.databaseVersion() + " (" + redact(app.url) + ")");
					dataset(report, app, o);
				}
			}
			if (o.has("study")) {
				BenchOptions so = o.withUrl(o.url() == null ? null : o.url().replaceFirst("(\\?|;|$)", "_study$1"));
				try (BenchApp app = BenchApp.start(so)) {
					report.environment("Database (study): " + app.databaseVersion() + " (" + redact(app.url) + ")");
					StudyBench bench = new StudyBench(app);
					StudyBench.Data data = o.keepData() ? bench.kept() : null;
					if (data == null) {
						data = bench.load(o.studyMembers(), o.treeMembers());
					}
					else {
						data = new StudyBench.Data(data.centralId(), data.provinceId(), data.campaignId(),
								data.note() + " " + bench.attend(data.campaignId()));
					}
					report.add(bench.run(data));
				}
			}
			if (o.has("load")) {
				try (BenchApp app = BenchApp.start(o)) {
					report.environment("Database (load): " + app.databaseVersion() + " (" + redact(app.url) + ")");
					report.add(new LoadData(app).load(o.treeMembers(), o.out().toAbsolutePath().getParent()));
				}
			}
			if (o.has("startup")) {
				report.add(StartupBench.run(o));
			}
			if (o.has("generate")) {
				report.add(GeneratorBench.run(o));
			}
			if (o.has("similarity")) {
				report.add(SimilarityBench.run(o));
			}
		}
		catch (Exception e) {
			e.printStackTrace();
			Result failed = new Result("Failed");
			failed.para("The run stopped with: `" + e + "`");
			report.add(failed);
			rc = EXIT_FAILED;
		}
		try {
			report.write(o.out());
			System.out.println("bench: wrote " + o.out().toAbsolutePath());
		}
		catch (Exception e) {
			System.err.println("bench: cannot write " + o.out() + ": " + e);
			System.out.println(report.render());
			rc = EXIT_FAILED;
		}
		return rc;
	}

	/**
	 * Search on the 1M-member country, then the tree on an extra 200k-member province
	 * added next to it.
	 */
	private static void dataset(Report report, BenchApp app, BenchOptions o) throws Exception {
		Result load = new Result("Dữ liệu đo / Bench data (bulk load)");
		BulkLoader.Loaded country = null;
		java.util.List<java.util.Map<String, Object>> kept = o.keepData()
				? app.jdbc.queryForList("select short_code, id from org_unit where parent_id is null order by id")
				: java.util.List.of();
		if (o.keepData() && !kept.isEmpty()) {
			java.util.Map<String, Long> roots = new java.util.LinkedHashMap<>();
			kept.forEach(m -> roots.put((String) m.get("short_code"), ((Number) m.get("id")).longValue()));
			long members = app.jdbc.queryForObject("select count(*) from member m join org_unit u on u.id = m.unit_id"
					+ " where u.path not like '/" + roots.getOrDefault("BX", -1L) + "/%'", Long.class);
			load.line("- Kept the data of an earlier run (--keep-data): roots " + roots.keySet() + ".");
			report.add(load);
			if (o.has("search")) {
				report.add(new SearchBench(app).run(roots.values().iterator().next(), members));
			}
			if (o.has("tree") && roots.containsKey("BX")) {
				report.add(new TreeBench(app).run(roots.get("BX")));
			}
			return;
		}
		if (o.has("search")) {
			String l = Stats.loadAverage();
			country = new BulkLoader(app).load(TreeGenerator.scale(o.members(), 1), null,
					n -> System.err.printf(Locale.ROOT, "bench: loaded %,d members%n", n));
			long t = System.nanoTime();
			app.analyze();
			load.line("- Search data: `TreeGenerator.scale(" + o.members() + ", 1)`: " + country.roots().size()
					+ " provinces " + country.roots().keySet() + ", " + Stats.n(country.units()) + " units, "
					+ Stats.n(country.members()) + " members in " + Stats.s(country.totalMillis()) + " s (unit inserts "
					+ Stats.s(country.unitMillis()) + " s, `MemberImporter.bulkInsert` "
					+ Stats.s(country.memberMillis()) + " s, "
					+ Stats.n(Math.round(country.members() / (country.memberMillis() / 1000.0)))
					+ " members/s; load avg at start " + l + "); VACUUM ANALYZE "
					+ Stats.s((System.nanoTime() - t) / 1e6) + " s.");
		}
		if (country != null) {
			report.add(load);
			report.add(new SearchBench(app).run(country.roots().values().iterator().next(), country.members()));
		}
		if (o.has("tree")) {
			String l = Stats.loadAverage();
			BulkLoader.Loaded extra = new BulkLoader(app).load(TreeGenerator.scale(o.treeMembers(), 7),
					new BulkLoader.Rewrite("AG", "BX", "91", "99", " (bench " + o.treeMembers() / 1000 + "k)"),
					n -> System.err.printf(Locale.ROOT, "bench: loaded %,d tree members%n", n));
			app.analyze();
			Result treeLoad = country == null ? load : new Result("Dữ liệu cây / Tree data (bulk load)");
			treeLoad.line("- Tree data, loaded after the search runs: one more province, `TreeGenerator.scale("
					+ o.treeMembers()
					+ ", 7)` with its codes renamed AG→BX and card prefix 91→99 so it sits beside the search data: "
					+ Stats.n(extra.units()) + " units, " + Stats.n(extra.members()) + " members in "
					+ Stats.s(extra.totalMillis()) + " s (load avg at start " + l + ").");
			report.add(treeLoad);
			report.add(new TreeBench(app).run(extra.roots().get("BX")));
		}
	}

	private static void machine(Report report, BenchOptions o) {
		String cpu = "?";
		String mem = "?";
		try {
			cpu = Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter(s -> s.startsWith("model name"))
				.findFirst()
				.map(s -> s.substring(s.indexOf(':') + 1).strip())
				.orElse("?");
			mem = Files.readAllLines(Path.of("/proc/meminfo"))
				.stream()
				.filter(s -> s.startsWith("MemTotal"))
				.findFirst()
				.map(s -> String.format(Locale.ROOT, "%.1f GB", Long.parseLong(s.replaceAll("\\D", "")) / 1048576.0))
				.orElse("?");
		}
		catch (Exception ignored) {
			// not Linux
		}
		report.environment("Machine: " + Runtime.getRuntime().availableProcessors() + " CPUs (nproc), " + mem + " RAM, "
				+ cpu + "; load average at start " + Stats.loadAverage());
		report.environment(
				"Java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
						+ ", max heap " + Runtime.getRuntime().maxMemory() / 1048576 + " MB");
		if (!o.has("search") && !o.has("tree")) {
			report.environment("Database: " + (o.postgres() ? redact(o.url()) : "H2"));
		}
	}

	private static String redact(String url) {
		return url == null ? "" : url.replaceAll("password=[^&;]*", "password=…");
	}

}
