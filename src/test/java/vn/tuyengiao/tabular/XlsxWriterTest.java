package vn.tuyengiao.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import vn.tuyengiao.text.VnFormat;

class XlsxWriterTest {

	private static final List<String> HEADERS = List.of("STT", "Họ và tên", "Giới tính", "Ngày sinh",
			"Số thẻ đảng viên", "Điểm đánh giá", "Ghi chú");

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static final String[] NAMES = { "Nguyễn Văn Thắng", "Trần Thị Hòa", "Võ Thị Ngọc Ánh", "Lê Đức Thọ",
			"Phạm Thị Thu Hương" };

	@Test
	void roundTripThroughTheReader() throws IOException {
		int count = 5_000;
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			rows.add(row(i));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxWriter.write(out, "Danh sách đảng viên", HEADERS, rows);

		Table t = TabularReader.readAll("xuat.xlsx", new ByteArrayInputStream(out.toByteArray()), 50L << 20);

		assertThat(t.headers()).isEqualTo(HEADERS);
		assertThat(t.rows()).hasSize(count);
		List<List<String>> expected = new ArrayList<>();
		List<List<String>> actual = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			List<Object> written = rows.get(i);
			expected.add(List.of(Integer.toString(i + 1), (String) written.get(1), (String) written.get(2),
					VnFormat.shortDate((LocalDate) written.get(3)), (String) written.get(4),
					((BigDecimal) written.get(5)).stripTrailingZeros().toPlainString(),
					written.get(6) == null ? "" : (String) written.get(6)));
			actual.add(t.rows().get(i).cells());
			assertThat(t.rows().get(i).rowNumber()).isEqualTo(i + 2);
		}
		assertThat(actual).isEqualTo(expected);
	}

	@Test
	void cellsAreTypedAndTheSheetIsDressed() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XlsxWriter w = XlsxWriter.open(out, "Đảng viên: chi bộ 3/2025", HEADERS)) {
			w.addRow(row(1));
			w.addRow(List.of(2, "Trần Thị Hòa"));
			w.addRow(java.util.Arrays.asList(123_456_789_012L, "Số lớn", true, null, 9_007_199_254_740_993L, 7.5));
			assertThat(w.rowCount()).isEqualTo(3);
			w.finish();
		}
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			XSSFSheet sheet = wb.getSheetAt(0);
			// ':' and '/' are not allowed in sheet names.
			assertThat(sheet.getSheetName()).isEqualTo("Đảng viên  chi bộ 3 2025");
			XSSFCell header = sheet.getRow(0).getCell(1);
			assertThat(header.getStringCellValue()).isEqualTo("Họ và tên");
			assertThat(wb.getFontAt(header.getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(header.getCellStyle().getFillForegroundColorColor()).isNotNull();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G4");
			assertThat(sheet.getColumnWidth(1)).isBetween(12 * 256, 62 * 256);

			Cell date = sheet.getRow(1).getCell(3);
			assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
			assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
			assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1960, 1, 2));
			Cell card = sheet.getRow(1).getCell(4);
			assertThat(card.getCellType()).isEqualTo(CellType.STRING);
			assertThat(card.getStringCellValue()).isEqualTo("08000001");
			assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);

			var big = sheet.getRow(3);
			assertThat(big.getCell(0).getNumericCellValue()).isEqualTo(123_456_789_012d);
			assertThat(big.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("0");
			assertThat(big.getCell(2).getBooleanCellValue()).isTrue();
			assertThat(big.getCell(3)).isNull();
			// Beyond 2^53 a double would lose the last digit; such values are kept as
			// text.
			assertThat(big.getCell(4).getStringCellValue()).isEqualTo("9007199254740993");
			assertThat(big.getCell(5).getNumericCellValue()).isEqualTo(7.5);
		}
	}

	@Test
	void nothingIsWrittenUnlessFinished() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XlsxWriter w = XlsxWriter.open(out, "Đảng viên", HEADERS)) {
			w.addRow(row(1));
		}
		assertThat(out.size()).isZero();
	}

	@Test
	void rowsLongerThanTheHeaderAreRefused() throws IOException {
		try (XlsxWriter w = XlsxWriter.open(new ByteArrayOutputStream(), "Đảng viên", List.of("Họ và tên"))) {
			assertThatThrownBy(() -> w.addRow(List.of("Nguyễn Văn Thắng", "Nam")))
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void templateHasHeadersAnExampleAndAGuideSheet() throws IOException {
		List<String> headers = List.of("Họ và tên", "Giới tính", "Ngày sinh", "Số thẻ đảng viên");
		List<String> help = List.of("Ghi đầy đủ họ, chữ đệm và tên.", "Nam hoặc Nữ.",
				"Ngày/tháng/năm, ví dụ 12/03/1975.", "8 chữ số, giữ nguyên số 0 ở đầu.");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxWriter.template(out, "Đảng viên", headers,
				List.of("Nguyễn Văn Thắng", "Nam", LocalDate.of(1975, 3, 12), "08012345"), help);

		Table t = TabularReader.readAll("mau.xlsx", new ByteArrayInputStream(out.toByteArray()), 1L << 20);
		assertThat(t.headers()).isEqualTo(headers);
		assertThat(t.rows()).singleElement()
			.satisfies(r -> assertThat(r.cells()).containsExactly("Nguyễn Văn Thắng", "Nam", "12/03/1975", "08012345"));

		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(wb.getNumberOfSheets()).isEqualTo(2);
			XSSFSheet guide = wb.getSheet("Hướng dẫn");
			assertThat(guide).isNotNull();
			assertThat(guide.getLastRowNum()).isEqualTo(4);
			assertThat(guide.getRow(3).getCell(0).getStringCellValue()).isEqualTo("C");
			assertThat(guide.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Ngày sinh");
			assertThat(guide.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Ngày/tháng/năm, ví dụ 12/03/1975.");
		}
		assertThatThrownBy(() -> XlsxWriter.template(new ByteArrayOutputStream(), "Đảng viên", headers, List.of(),
				List.of("thiếu")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	@Timeout(60)
	void twoHundredThousandRowsInBoundedMemory() throws IOException {
		int count = 200_000;
		CountingOutputStream out = new CountingOutputStream();
		long start = System.nanoTime();
		long cpuStart = THREADS.getCurrentThreadCpuTime();
		// Rows are made as they are written, so only the writer's window is ever in
		// memory.
		Iterable<List<Object>> rows = () -> new Iterator<>() {

			int i;

			@Override
			public boolean hasNext() {
				return i < count;
			}

			@Override
			public List<Object> next() {
				return row(++i);
			}

		};
		XlsxWriter.write(out, "Đảng viên", HEADERS, rows);
		long millis = (System.nanoTime() - start) / 1_000_000;
		long cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
		assertThat(out.bytes).isGreaterThan(1_000_000);
		System.out.printf("XlsxWriter: %d rows, %d bytes, %d ms (%d ms CPU), heap used after: %d MB%n", count,
				out.bytes, millis, cpuMillis,
				(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
	}

	@Test
	@Timeout(60)
	void aHundredThousandRowWorkbookIsReadAsAStream() throws IOException {
		int count = 100_000;
		Path file = Files.createTempFile("tabular-test-", ".xlsx");
		try {
			try (OutputStream out = Files.newOutputStream(file);
					XlsxWriter w = XlsxWriter.open(out, "Đảng viên", List.of("STT", "Họ và tên", "Ngày vào Đảng"))) {
				for (int i = 1; i <= count; i++) {
					w.addRow(List.of(i, NAMES[i % NAMES.length], LocalDate.of(2000, 1, 1).plusDays(i % 9000)));
				}
				w.finish();
			}
			long[] rows = { 0 };
			int[] lastRowNumber = { 0 };
			try (InputStream in = Files.newInputStream(file)) {
				TabularReader.read("lon.xlsx", in, 50L << 20, new RowHandler() {

					@Override
					public void header(List<String> headers) {
					}

					@Override
					public void row(TableRow row) {
						rows[0]++;
						lastRowNumber[0] = row.rowNumber();
					}

				});
			}
			assertThat(rows[0]).isEqualTo(count);
			assertThat(lastRowNumber[0]).isEqualTo(count + 1);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	static List<Object> row(int i) {
		List<Object> values = new ArrayList<>();
		values.add(i);
		values.add(NAMES[i % NAMES.length] + " " + i);
		values.add(i % 2 == 0 ? "Nữ" : "Nam");
		values.add(LocalDate.of(1960, 1, 1).plusDays(i % 15_000));
		values.add(CsvReadingTest.GeneratedCsv.card(i));
		values.add(BigDecimal.valueOf(i % 100).divide(BigDecimal.TEN));
		values.add(i % 7 == 0 ? null : "Ghi chú, số " + i);
		return values;
	}

	private static final class CountingOutputStream extends OutputStream {

		long bytes;

		@Override
		public void write(int b) {
			bytes++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			bytes += len;
		}

	}

}
