package vn.tuyengiao.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Command-line options of {@code bench}. */
record BenchOptions(boolean postgres, String url, String user, String password, long members, long importMembers,
		long treeMembers, int queries, int warmup, int startupRuns, Set<String> only, Path out, boolean keepData,
		long studyMembers, long similarityTexts, long similarityIndex) {

	/** The same options on another database (the study phase's own). */
	BenchOptions withUrl(String otherUrl) {
		return new BenchOptions(this.postgres, otherUrl, this.user, this.password, this.members, this.importMembers,
				this.treeMembers, this.queries, this.warmup, this.startupRuns, this.only, this.out, this.keepData,
				this.studyMembers, this.similarityTexts, this.similarityIndex);
	}

	static final List<String> PHASES = List.of("import", "search", "tree", "startup", "generate", "similarity", "study",
			"load");

	/**
	 * Phases run unless --only names them: the study phase loads 5.6M members into its
	 * own database.
	 */
	static final List<String> DEFAULT_PHASES = List.of("import", "search", "tree", "startup", "generate", "similarity");

	static final String USAGE = """
			Cách dùng: bench [--db postgres|h2] [--url JDBC_URL] [--members 1000000] [--only import,search,tree,startup,generate,study,similarity,load]
			                 [--out docs/benchmarks.md] [--import-members 100000] [--tree-members 200000] [--study-members 5600000]
			                 [--queries 500] [--warmup 100] [--startup-runs 3] [--user postgres] [--password ""] [--keep-data]
			                 [--similarity-texts 100000] [--similarity-index 1000000]
			Đo hiệu năng: nhập 100.000 đảng viên từ .xlsx, tìm kiếm trong 1.000.000 đảng viên, trang cây tổ chức,
			khởi động chế độ đánh giá, tốc độ bộ sinh dữ liệu và phát hiện sao chép bản cam kết (similarity, không cần cơ sở dữ liệu);
			"study" (chỉ chạy khi được nêu trong --only) đo tổng hợp kết quả học tập của 5.600.000 đảng viên trên cơ sở dữ liệu riêng
			(tên cơ sở dữ liệu đo thêm "_study"); "load" (chỉ khi được nêu) nạp dữ liệu thử tải một tỉnh --tree-members đảng viên
			và tài khoản người dùng ảo (bench/load.sh), ghi secretaries.csv, officers-commune.csv, officers-province.csv vào thư mục của --out. Cơ sở dữ liệu đo (tên phải chứa "bench") bị xóa và tạo lại.""";

	static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/tuyengiao_bench";

	boolean has(String phase) {
		return this.only.contains(phase);
	}

	/** Null when help was asked for. */
	static BenchOptions parse(String[] args) {
		boolean postgres = true;
		String url = null;
		String user = null;
		String password = null;
		long members = 1_000_000;
		long importMembers = 100_000;
		long treeMembers = 200_000;
		int queries = 500;
		int warmup = 100;
		int startupRuns = 3;
		Set<String> only = new LinkedHashSet<>(DEFAULT_PHASES);
		long studyMembers = 5_600_000;
		Path out = Paths.get("docs/benchmarks.md");
		boolean keepData = false;
		long similarityTexts = 100_000;
		long similarityIndex = 1_000_000;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String value = null;
			int eq = arg.indexOf('=');
			if (arg.startsWith("--") && eq > 0) {
				value = arg.substring(eq + 1);
				arg = arg.substring(0, eq);
			}
			if (arg.equals("--help") || arg.equals("-h")) {
				return null;
			}
			if (arg.equals("--keep-data")) {
				keepData = true;
				continue;
			}
			if (value == null) {
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException("thiếu giá trị sau " + arg);
				}
				value = args[++i];
			}
			switch (arg) {
				case "--db" -> {
					String db = value.toLowerCase(Locale.ROOT);
					if (!db.equals("postgres") && !db.equals("h2")) {
						throw new IllegalArgumentException("--db phải là postgres hoặc h2: " + value);
					}
					postgres = db.equals("postgres");
				}
				case "--url" -> url = value;
				case "--user" -> user = value;
				case "--password" -> password = value;
				case "--members" -> members = number(value);
				case "--import-members" -> importMembers = number(value);
				case "--tree-members" -> treeMembers = number(value);
				case "--study-members" -> studyMembers = number(value);
				case "--queries" -> queries = (int) number(value);
				case "--warmup" -> warmup = (int) number(value);
				case "--startup-runs" -> startupRuns = (int) number(value);
				case "--out" -> out = Paths.get(value);
				case "--similarity-texts" -> similarityTexts = number(value);
				case "--similarity-index" -> similarityIndex = number(value);
				case "--only" -> {
					only = new LinkedHashSet<>();
					for (String p : value.split(",")) {
						String phase = p.strip().toLowerCase(Locale.ROOT);
						if (!PHASES.contains(phase)) {
							throw new IllegalArgumentException(
									"--only: không có phần đo \"" + p + "\"; chọn trong " + PHASES);
						}
						only.add(phase);
					}
				}
				default -> throw new IllegalArgumentException("tham số không hợp lệ: " + args[i]);
			}
		}
		if (url == null) {
			url = postgres ? DEFAULT_PG_URL : null;
		}
		else if (postgres != url.startsWith("jdbc:postgresql:")) {
			if (url.startsWith("jdbc:postgresql:") || url.startsWith("jdbc:h2:")) {
				postgres = url.startsWith("jdbc:postgresql:");
			}
			else {
				throw new IllegalArgumentException("--url phải là jdbc:postgresql:… hoặc jdbc:h2:…");
			}
		}
		if (user == null) {
			user = postgres ? "postgres" : "sa";
		}
		if (password == null) {
			password = "";
		}
		return new BenchOptions(postgres, url, user, password, members, importMembers, treeMembers, queries, warmup,
				startupRuns, only, out, keepData, studyMembers, similarityTexts, similarityIndex);
	}

	private static long number(String value) {
		try {
			return Long.parseLong(value.replace("_", "").replace(".", ""));
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("cần một số nguyên: " + value);
		}
	}

}
