package vn.tuyengiao.generator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code generate --members N --out DIR [--seed S] [--format csv|xlsx] [--as-of dd/MM/yyyy]}:
 * writes a synthetic organisation tree ({@code units.csv}) and its members
 * ({@code members.csv}) in the app's import format. Called from {@code main} before
 * Spring starts, so it must not touch Spring or a database.
 */
public final class GenerateCommand {

	public static final String[] UNIT_HEADERS = { "Mã đơn vị", "Tên tổ chức đảng", "Loại", "Mã đơn vị cấp trên",
			"Ký hiệu văn bản", "Hiệu lực từ", "Hiệu lực đến" };

	public static final String[] MEMBER_HEADERS = { "Họ và tên", "Giới tính", "Ngày sinh", "Số thẻ đảng viên",
			"Ngày vào Đảng", "Ngày chính thức", "Mã chi bộ", "Chức vụ", "Chức trách nhiệm vụ", "Tình trạng", "Từ ngày",
			"Cán bộ hưu" };

	/**
	 * An xlsx sheet holds 1,048,576 rows, and POI's streaming writer still gets slow well
	 * before that.
	 */
	public static final long MAX_XLSX_MEMBERS = 1_000_000;

	public static final int EXIT_OK = 0;

	public static final int EXIT_FAILED = 1;

	public static final int EXIT_USAGE = 2;

	private static final String USAGE = """
			Cách dùng: generate --members N --out THƯ_MỤC [--seed S] [--format csv|xlsx] [--as-of dd/MM/yyyy]
			Sinh dữ liệu tổ chức đảng và đảng viên giả lập theo mẫu nhập của ứng dụng.
			  --members N      số đảng viên cần sinh (1 đến 20.000.000; xlsx tối đa 1.000.000)
			  --out THƯ_MỤC    thư mục ghi units.<đuôi> và members.<đuôi> (tự tạo nếu chưa có)
			  --seed S         hạt giống ngẫu nhiên; cùng hạt giống và cùng ngày cho cùng dữ liệu (mặc định 1)
			  --format F       csv (mặc định, UTF-8 có BOM) hoặc xlsx
			  --as-of NGÀY     ngày tham chiếu thay cho hôm nay, dạng dd/MM/yyyy
			  --help           in hướng dẫn này
			Hoặc: generate --commitments N --out THƯ_MỤC [--seed S] [--copies 0,3]
			  sinh N bản cam kết tu dưỡng, rèn luyện (có bản sao chép cài sẵn) và đáp án các cặp giống nhau""";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private GenerateCommand() {
	}

	public static int run(String[] args) {
		return run(args, System.out, System.err);
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		if (java.util.Arrays.asList(args).contains("--commitments")) {
			return CommitmentsOutput.run(args, out, err);
		}
		Options o;
		try {
			o = Options.parse(args);
		}
		catch (UsageException e) {
			err.println("Lỗi: " + e.getMessage());
			err.println("Xem hướng dẫn: generate --help");
			return EXIT_USAGE;
		}
		if (o == null) {
			out.println(USAGE);
			return EXIT_OK;
		}
		long started = System.nanoTime();
		TreeGenerator generator = TreeGenerator.scale(o.members, o.seed, o.asOf);
		Path unitsFile = o.out.resolve("units." + o.format);
		Path membersFile = o.out.resolve("members." + o.format);
		long[] counts = new long[2];
		try {
			Files.createDirectories(o.out);
			try (Table units = open(o.format, unitsFile, "Tổ chức đảng", UNIT_HEADERS);
					Table people = open(o.format, membersFile, "Đảng viên", MEMBER_HEADERS)) {
				long step = Math.max(1, o.members / 20);
				generator.generate(new TreeGenerator.Sink() {

					@Override
					public void unit(GeneratedUnit u) {
						counts[0]++;
						units.row(u.code(), u.name(), Labels.unitKind(u.kind()), nz(u.parentCode()),
								u.docAbbreviation(), date(u.validFrom()), date(u.validTo()));
					}

					@Override
					public void member(GeneratedMember m) {
						counts[1]++;
						people.row(m.fullName(), Labels.gender(m.gender()), date(m.birthDate()), m.cardNumber(),
								date(m.joinDate()), date(m.fullMemberDate()), m.unitCode(), m.position(), m.duties(),
								Labels.memberStatus(m.status()), date(m.statusSince()), Labels.yesNo(m.retiredCadre()));
						if (counts[1] % step == 0 || counts[1] == o.members) {
							err.printf("generate: %d%% (%s/%s đảng viên, %s tổ chức)%n", counts[1] * 100 / o.members,
									vn(counts[1]), vn(o.members), vn(counts[0]));
						}
					}
				});
			}
		}
		catch (IOException | UncheckedIOException e) {
			err.println("Lỗi ghi tệp vào " + o.out + ": " + e.getMessage());
			return EXIT_FAILED;
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		out.printf("Đã sinh %s tổ chức đảng và %s đảng viên trong %s giây (%s đảng viên/giây).%n", vn(counts[0]),
				vn(counts[1]), String.format(Locale.ROOT, "%.1f", seconds).replace('.', ','),
				vn(Math.round(counts[1] / Math.max(seconds, 1e-3))));
		out.println("units=" + counts[0] + " members=" + counts[1] + " seconds="
				+ String.format(Locale.ROOT, "%.2f", seconds));
		out.println("Tệp: " + unitsFile + ", " + membersFile);
		return EXIT_OK;
	}

	private static String vn(long n) {
		return vn.tuyengiao.text.VnFormat.number(n);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	// Hand-rolled because a formatter per date showed up when profiling millions of rows.
	static String date(LocalDate d) {
		if (d == null) {
			return "";
		}
		char[] c = new char[10];
		int day = d.getDayOfMonth();
		int month = d.getMonthValue();
		int year = d.getYear();
		c[0] = (char) ('0' + day / 10);
		c[1] = (char) ('0' + day % 10);
		c[2] = '/';
		c[3] = (char) ('0' + month / 10);
		c[4] = (char) ('0' + month % 10);
		c[5] = '/';
		c[6] = (char) ('0' + year / 1000);
		c[7] = (char) ('0' + year / 100 % 10);
		c[8] = (char) ('0' + year / 10 % 10);
		c[9] = (char) ('0' + year % 10);
		return new String(c);
	}

	private static Table open(String format, Path file, String sheet, String[] headers) throws IOException {
		// Columns whose values come from a small fixed set: their encoded bytes are
		// cached.
		boolean[] constants = new boolean[headers.length];
		for (int i = 0; i < headers.length; i++) {
			constants[i] = headers == MEMBER_HEADERS ? i == 1 || i >= 7 && i != 10 : i == 2 || i == 4;
		}
		Table t = "xlsx".equals(format) ? new XlsxTable(file, sheet) : new CsvTable(file, constants);
		t.row(headers);
		return t;
	}

	/**
	 * One output file of rows; {@link #row} throws {@link UncheckedIOException} so it can
	 * run inside a sink.
	 */
	private interface Table extends AutoCloseable {

		void row(String... cells);

		@Override
		void close() throws IOException;

	}

	/**
	 * RFC 4180 CSV in UTF-8 with a BOM. Written by hand rather than through a
	 * {@code Writer}: encoding Vietnamese text char by char was the largest cost of a
	 * million-row run, and most fields (positions, duties, labels) are the same few
	 * hundred constant strings whose encoded bytes can be reused.
	 */
	private static final class CsvTable implements Table {

		private static final byte[] CRLF = { '\r', '\n' };

		private final OutputStream out;

		private final Map<String, byte[]> encoded = new IdentityHashMap<>();

		private final boolean[] constantColumns;

		CsvTable(Path file, boolean[] constantColumns) throws IOException {
			this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
			this.constantColumns = constantColumns;
			// The BOM is what makes Excel open UTF-8 Vietnamese correctly on a
			// double-click.
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		}

		@Override
		public void row(String... cells) {
			try {
				for (int i = 0; i < cells.length; i++) {
					if (i > 0) {
						out.write(',');
					}
					String cell = cells[i] == null ? "" : cells[i];
					boolean constant = i < constantColumns.length && constantColumns[i];
					byte[] bytes = constant ? encoded.get(cell) : null;
					if (bytes == null) {
						bytes = encode(cell);
						if (constant && encoded.size() < 10_000) {
							encoded.put(cell, bytes);
						}
					}
					out.write(bytes);
				}
				out.write(CRLF);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		static byte[] encode(String cell) {
			boolean quote = false;
			for (int i = 0; i < cell.length() && !quote; i++) {
				char c = cell.charAt(i);
				quote = c == ',' || c == '"' || c == '\r' || c == '\n';
			}
			String text = quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
			return text.getBytes(StandardCharsets.UTF_8);
		}

		@Override
		public void close() throws IOException {
			out.close();
		}

	}

	private static final class XlsxTable implements Table {

		private final Path file;

		private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);

		private final SXSSFSheet sheet;

		private int next;

		XlsxTable(Path file, String name) {
			this.file = file;
			workbook.setCompressTempFiles(true);
			sheet = workbook.createSheet(name);
		}

		@Override
		public void row(String... cells) {
			Row row = sheet.createRow(next++);
			for (int i = 0; i < cells.length; i++) {
				// Every cell is text: card numbers keep their leading zero and dates stay
				// dd/MM/yyyy.
				row.createCell(i).setCellValue(cells[i] == null ? "" : cells[i]);
			}
		}

		@Override
		public void close() throws IOException {
			try (OutputStream os = Files.newOutputStream(file)) {
				workbook.write(os);
			}
			finally {
				workbook.close();
			}
		}

	}

	private static final class UsageException extends Exception {

		UsageException(String message) {
			super(message);
		}

	}

	private record Options(long members, Path out, long seed, String format, LocalDate asOf) {

		/** Null when help was asked for. */
		static Options parse(String[] args) throws UsageException {
			Long members = null;
			Path out = null;
			long seed = 1;
			String format = "csv";
			LocalDate asOf = LocalDate.now();
			int i = 0;
			if (args.length > 0 && "generate".equals(args[0])) {
				i = 1;
			}
			for (; i < args.length; i++) {
				String arg = args[i];
				String value = null;
				int eq = arg.indexOf('=');
				if (arg.startsWith("--") && eq > 0) {
					value = arg.substring(eq + 1);
					arg = arg.substring(0, eq);
				}
				switch (arg) {
					case "--help", "-h" -> {
						return null;
					}
					case "--members", "--out", "--seed", "--format", "--as-of" -> {
						if (value == null) {
							if (i + 1 >= args.length) {
								throw new UsageException("thiếu giá trị sau " + arg + ".");
							}
							value = args[++i];
						}
						switch (arg) {
							case "--members" -> members = number(value, "--members");
							case "--seed" -> seed = number(value, "--seed");
							case "--out" -> {
								if (value.isBlank()) {
									throw new UsageException("--out cần một thư mục.");
								}
								try {
									out = Paths.get(value);
								}
								catch (RuntimeException e) {
									throw new UsageException("đường dẫn --out không hợp lệ: " + value);
								}
							}
							case "--format" -> {
								format = value.toLowerCase(Locale.ROOT);
								if (!format.equals("csv") && !format.equals("xlsx")) {
									throw new UsageException(
											"định dạng \"" + value + "\" không hỗ trợ; chọn csv hoặc xlsx.");
								}
							}
							default -> {
								try {
									asOf = LocalDate.parse(value, DATE);
								}
								catch (DateTimeParseException e) {
									throw new UsageException(
											"--as-of cần ngày dạng dd/MM/yyyy, ví dụ 01/01/2026: " + value);
								}
							}
						}
					}
					default -> throw new UsageException("tham số không hợp lệ: " + args[i] + ".");
				}
			}
			if (members == null) {
				throw new UsageException("thiếu --members (số đảng viên cần sinh).");
			}
			if (out == null) {
				throw new UsageException("thiếu --out (thư mục ghi kết quả).");
			}
			if (members < 1 || members > TreeGenerator.MAX_SCALE_MEMBERS) {
				throw new UsageException("--members phải từ 1 đến " + vn(TreeGenerator.MAX_SCALE_MEMBERS) + ".");
			}
			if (format.equals("xlsx") && members > MAX_XLSX_MEMBERS) {
				throw new UsageException("định dạng xlsx chỉ cho tối đa " + vn(MAX_XLSX_MEMBERS)
						+ " đảng viên (giới hạn dòng của Excel); hãy dùng --format csv.");
			}
			if (asOf.isBefore(TreeGenerator.REORGANISED)) {
				throw new UsageException("--as-of không được trước ngày 01/07/2025 (cơ cấu tổ chức mới).");
			}
			if (asOf.isAfter(LocalDate.now())) {
				throw new UsageException("--as-of không được sau ngày hôm nay.");
			}
			return new Options(members, out, seed, format, asOf);
		}

		private static long number(String value, String option) throws UsageException {
			String digits = value.replace("_", "").replace(".", "");
			try {
				return Long.parseLong(digits);
			}
			catch (NumberFormatException e) {
				throw new UsageException(option + " cần một số nguyên: " + value);
			}
		}

	}

}
