package vn.tuyengiao.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxReadingTest {

	private static final long LIMIT = 20L * 1024 * 1024;

	@Test
	void cellsOfEveryKindComeBackAsTheTextTheUserSees() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			XSSFSheet sheet = wb.createSheet("Danh sách");
			CellStyle date = wb.createCellStyle();
			date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
			CellStyle usDate = wb.createCellStyle();
			usDate.setDataFormat((short) 14); // built-in m/d/yy: still a date, still
												// dd/MM/yyyy for us
			CellStyle thousands = wb.createCellStyle();
			thousands.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
			CellStyle text = wb.createCellStyle();
			text.setDataFormat(wb.createDataFormat().getFormat("@"));

			header(sheet, "Họ và tên", "Giới tính", "Ngày sinh", "Số thẻ đảng viên", "Số CCCD", "Điểm", "Chính thức",
					"Tuổi Đảng");
			Row r = sheet.createRow(1);
			r.createCell(0).setCellValue("  Nguyễn   Văn Thắng ");
			r.createCell(1).setCellValue("Nam");
			r.createCell(2).setCellValue(LocalDate.of(1975, 3, 12));
			r.getCell(2).setCellStyle(date);
			r.createCell(3).setCellValue("08012345");
			r.getCell(3).setCellStyle(text);
			r.createCell(4).setCellValue(1.23456789012E11);
			r.createCell(5).setCellValue(8.75);
			r.createCell(6).setCellValue(true);
			r.createCell(7).setCellFormula("2024-1995");

			// Row 3 and 4 left blank; row 5 has an empty-string cell only, which still
			// counts as blank.
			sheet.createRow(4).createCell(0).setCellValue("");

			Row r6 = sheet.createRow(5);
			r6.createCell(0).setCellValue("Trần Thị Hoà");
			r6.createCell(1).setCellValue("Nữ");
			r6.createCell(2).setCellValue(LocalDate.of(1982, 11, 1));
			r6.getCell(2).setCellStyle(usDate);
			r6.createCell(3).setCellValue("08012346");
			r6.createCell(4).setCellValue(123456);
			r6.getCell(4).setCellStyle(thousands);
			r6.createCell(5).setCellValue(0.1 + 0.2);
			r6.createCell(6).setCellFormula("1>2");
			// Column H left empty: the row is padded.

			Row r8 = sheet.createRow(7);
			r8.createCell(0).setCellValue("Võ Thị Ngọc Ánh");
			r8.createCell(3).setCellFormula("\"0801\"&\"2347\"");
			r8.createCell(4).setCellValue(-0.0);
			r8.createCell(5).setCellValue(1e20);

			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
			xlsx = bytes(wb);
		}

		Table t = TabularReader.readAll("Danh sach dang vien.XLSX", new ByteArrayInputStream(xlsx), LIMIT);

		assertThat(t.headers()).containsExactly("Họ và tên", "Giới tính", "Ngày sinh", "Số thẻ đảng viên", "Số CCCD",
				"Điểm", "Chính thức", "Tuổi Đảng");
		assertThat(t.rows()).extracting(TableRow::rowNumber).containsExactly(2, 6, 8);
		assertThat(t.rows().get(0).cells()).containsExactly("Nguyễn Văn Thắng", "Nam", "12/03/1975", "08012345",
				"123456789012", "8.75", "TRUE", "29");
		assertThat(t.rows().get(1).cells()).containsExactly("Trần Thị Hòa", "Nữ", "01/11/1982", "08012346", "123456",
				"0.3", "FALSE", "");
		assertThat(t.rows().get(2).cells()).containsExactly("Võ Thị Ngọc Ánh", "", "", "08012347", "0",
				"100000000000000000000", "", "");
	}

	@Test
	void anEmptyFirstColumnInTheHeaderIsNamedInTheError() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			XSSFSheet first = wb.createSheet("Đảng viên");
			// A sheet whose header starts at row 3 and column B, as some hand-made lists
			// do.
			Row h = first.createRow(2);
			h.createCell(1).setCellValue("Họ và tên");
			h.createCell(2).setCellValue("Chi bộ");
			Row d = first.createRow(3);
			d.createCell(1).setCellValue("Võ Thị Ngọc Ánh");
			d.createCell(2).setCellValue("Chi bộ Khu phố 3");
			header(wb.createSheet("Hướng dẫn"), "Cột", "Cách ghi");
			xlsx = bytes(wb);
		}
		assertThatThrownBy(() -> TabularReader.readAll("ds.xlsx", new ByteArrayInputStream(xlsx), LIMIT))
			.isInstanceOfSatisfying(TabularException.class, e -> {
				// Column A is empty in the header row: the official is told which column.
				assertThat(e.getMessageKey()).isEqualTo("tabular.header.empty");
				assertThat(e.getArgs()).containsExactly("ds.xlsx", "A", 1);
			});
	}

	@Test
	void onlyTheFirstSheetIsReadAndRowNumbersStayRealAfterLeadingBlankRows() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			XSSFSheet sheet = wb.createSheet("Đảng viên");
			Row h = sheet.createRow(2);
			h.createCell(0).setCellValue("Họ và tên");
			h.createCell(1).setCellValue("Chi bộ");
			Row d = sheet.createRow(3);
			d.createCell(0).setCellValue("Võ Thị Ngọc Ánh");
			d.createCell(1).setCellValue("Chi bộ Khu phố 3");
			header(wb.createSheet("Khác"), "Không", "Đọc");
			xlsx = bytes(wb);
		}
		Table t = TabularReader.readAll("ds.xlsx", new ByteArrayInputStream(xlsx), LIMIT);
		assertThat(t.headers()).containsExactly("Họ và tên", "Chi bộ");
		assertThat(t.rows()).singleElement().satisfies(r -> {
			assertThat(r.rowNumber()).isEqualTo(4);
			assertThat(r.cells()).containsExactly("Võ Thị Ngọc Ánh", "Chi bộ Khu phố 3");
		});
	}

	@Test
	void anXlsxMisnamedXlsIsReadAnyway() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			XSSFSheet sheet = wb.createSheet("Đảng viên");
			header(sheet, "Họ và tên");
			sheet.createRow(1).createCell(0).setCellValue("Nguyễn Văn Thắng");
			xlsx = bytes(wb);
		}
		Table t = TabularReader.readAll("ds.xls", new ByteArrayInputStream(xlsx), LIMIT);
		assertThat(t.rows()).singleElement().satisfies(r -> assertThat(r.cell(0)).isEqualTo("Nguyễn Văn Thắng"));
	}

	@Test
	void handlerExceptionsPassThroughUnchanged() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			XSSFSheet sheet = wb.createSheet("Đảng viên");
			header(sheet, "Họ và tên");
			sheet.createRow(1).createCell(0).setCellValue("Nguyễn Văn Thắng");
			xlsx = bytes(wb);
		}
		IllegalStateException stop = new IllegalStateException("đủ rồi");
		RowHandler failing = new RowHandler() {

			@Override
			public void header(List<String> headers) {
			}

			@Override
			public void row(TableRow row) {
				throw stop;
			}

		};
		assertThatThrownBy(() -> TabularReader.read("ds.xlsx", new ByteArrayInputStream(xlsx), LIMIT, failing))
			.isSameAs(stop);
		assertThatThrownBy(() -> TabularReader.read("ds.csv",
				new ByteArrayInputStream(CsvReadingTest.utf8("Họ và tên\nNguyễn Văn Thắng\n")), LIMIT, failing))
			.isSameAs(stop);
	}

	@Test
	void plainNumbersNeverUseExponentsOrGrouping() {
		assertThat(XlsxSource.PlainFormatter.plain(123456)).isEqualTo("123456");
		assertThat(XlsxSource.PlainFormatter.plain(1.23456E5)).isEqualTo("123456");
		assertThat(XlsxSource.PlainFormatter.plain(8012345)).isEqualTo("8012345");
		assertThat(XlsxSource.PlainFormatter.plain(-12.5)).isEqualTo("-12.5");
		assertThat(XlsxSource.PlainFormatter.plain(1e-7)).isEqualTo("0.0000001");
		assertThat(XlsxSource.PlainFormatter.plain(0)).isEqualTo("0");
	}

	@Test
	void columnLetters() {
		assertThat(TabularReader.columnLetter(0)).isEqualTo("A");
		assertThat(TabularReader.columnLetter(25)).isEqualTo("Z");
		assertThat(TabularReader.columnLetter(26)).isEqualTo("AA");
		assertThat(TabularReader.columnLetter(51)).isEqualTo("AZ");
		assertThat(TabularReader.columnLetter(52)).isEqualTo("BA");
		assertThat(TabularReader.columnLetter(701)).isEqualTo("ZZ");
		assertThat(TabularReader.columnLetter(702)).isEqualTo("AAA");
		assertThat(TabularReader.columnLetter(16383)).isEqualTo("XFD");
		assertThatThrownBy(() -> TabularReader.columnLetter(-1)).isInstanceOf(IllegalArgumentException.class);
	}

	static void header(XSSFSheet sheet, String... names) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < names.length; i++) {
			row.createCell(i).setCellValue(names[i]);
		}
	}

	static byte[] bytes(XSSFWorkbook wb) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		wb.write(out);
		return out.toByteArray();
	}

}
