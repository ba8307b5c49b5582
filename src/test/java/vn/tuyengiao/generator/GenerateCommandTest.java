package vn.tuyengiao.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path dir;

	@Test
	void writesCsvInTheImportFormat() throws IOException {
		int code = run("--members", "20000", "--out", dir.toString(), "--seed", "5");
		assertThat(code).as(text(err)).isEqualTo(0);

		byte[] units = Files.readAllBytes(dir.resolve("units.csv"));
		byte[] members = Files.readAllBytes(dir.resolve("members.csv"));
		for (byte[] file : List.of(units, members)) {
			assertThat(file).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		}
		String unitText = new String(units, StandardCharsets.UTF_8).substring(1);
		String memberText = new String(members, StandardCharsets.UTF_8).substring(1);
		assertThat(unitText).startsWith(
				"Mã đơn vị,Tên tổ chức đảng,Loại,Mã đơn vị cấp trên,Ký hiệu văn bản,Hiệu lực từ,Hiệu lực đến\r\n");
		assertThat(memberText).startsWith("Họ và tên,Giới tính,Ngày sinh,Số thẻ đảng viên,Ngày vào Đảng,"
				+ "Ngày chính thức,Mã chi bộ,Chức vụ,Chức trách nhiệm vụ,Tình trạng,Từ ngày,Cán bộ hưu\r\n");

		List<CSVRecord> unitRows = parse(unitText);
		List<CSVRecord> memberRows = parse(memberText);
		assertThat(memberRows).hasSize(20_000);
		assertThat(text(out)).contains("units=" + unitRows.size()).contains("members=20000").contains("seconds=");
		assertThat(text(err)).contains("100%").contains("5%");

		Set<String> unitCodes = new HashSet<>();
		for (CSVRecord r : unitRows) {
			assertThat(r.size()).isEqualTo(7);
			assertThat(Labels.UNIT_KINDS.values()).contains(r.get(2));
			assertThat(r.get(5)).matches("\\d{2}/\\d{2}/\\d{4}");
			assertThat(r.get(6)).isEmpty();
			unitCodes.add(r.get(0));
		}
		for (CSVRecord r : memberRows) {
			assertThat(r.size()).isEqualTo(12);
			assertThat(r.get(1)).isIn("Nam", "Nữ");
			assertThat(r.get(2)).matches("\\d{2}/\\d{2}/\\d{4}");
			assertThat(r.get(3)).matches("\\d{8}");
			assertThat(r.get(6)).isIn(unitCodes);
			assertThat(Labels.MEMBER_STATUSES.values()).contains(r.get(9));
			assertThat(r.get(11)).isIn("Có", "Không");
		}
		// Duties contain commas, so quoting must round-trip them intact.
		assertThat(memberRows).anySatisfy(r -> assertThat(r.get(8)).contains(","));
	}

	@Test
	void writesXlsxWithTextCells() throws IOException {
		int code = run("--members=500", "--out=" + dir, "--format", "xlsx");
		assertThat(code).as(text(err)).isEqualTo(0);
		try (InputStream in = Files.newInputStream(dir.resolve("members.xlsx"));
				Workbook wb = WorkbookFactory.create(in)) {
			Sheet sheet = wb.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(500);
			assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Số thẻ đảng viên");
			assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).matches("\\d{8}");
		}
		assertThat(Files.exists(dir.resolve("units.xlsx"))).isTrue();
	}

	@Test
	void badArgumentsExitWithTwo() {
		assertThat(run()).isEqualTo(2);
		assertThat(text(err)).contains("thiếu --members");
		assertThat(run("--members", "abc", "--out", dir.toString())).isEqualTo(2);
		assertThat(run("--members", "100", "--out", dir.toString(), "--format", "pdf")).isEqualTo(2);
		assertThat(run("--members", "0", "--out", dir.toString())).isEqualTo(2);
		assertThat(run("--members", "100")).isEqualTo(2);
		assertThat(run("--members", "100", "--out", dir.toString(), "--bogus")).isEqualTo(2);
		assertThat(run("--members", "1000001", "--out", dir.toString(), "--format", "xlsx")).isEqualTo(2);
		assertThat(text(err)).contains("xlsx chỉ cho tối đa 1.000.000");
		assertThat(run("--members", "100", "--out")).isEqualTo(2);
	}

	@Test
	void helpPrintsUsage() {
		assertThat(run("--help")).isEqualTo(0);
		assertThat(text(out)).contains("Cách dùng: generate --members N --out");
	}

	@Test
	void formatsDatesLikeTheApp() {
		assertThat(GenerateCommand.date(java.time.LocalDate.of(2020, 8, 5))).isEqualTo("05/08/2020");
		assertThat(GenerateCommand.date(null)).isEmpty();
	}

	private int run(String... args) {
		return GenerateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private static String text(ByteArrayOutputStream s) {
		return s.toString(StandardCharsets.UTF_8);
	}

	private static List<CSVRecord> parse(String text) throws IOException {
		try (CSVParser p = CSVParser.parse(text,
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			return p.getRecords();
		}
	}

}
