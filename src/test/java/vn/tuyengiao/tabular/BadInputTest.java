package vn.tuyengiao.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every way an upload can be wrong ends in its own message key, naming the file and where
 * the problem is.
 */
class BadInputTest {

	private static final long MB = 1024L * 1024;

	private static final long LIMIT = 20 * MB;

	@Test
	void emptyFiles() throws IOException {
		assertProblem("ds.csv", new byte[0], "tabular.empty");
		assertProblem("ds.xlsx", new byte[0], "tabular.empty");
		assertProblem("ds.csv", CsvReadingTest.utf8("\n;;;\n ;  ; \n"), "tabular.empty");
		assertProblem("ds.csv", new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, "tabular.empty");
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			wb.createSheet("Trống");
			assertProblem("ds.xlsx", XlsxReadingTest.bytes(wb), "tabular.empty");
		}
	}

	@Test
	@Timeout(30)
	void oversizeUploadIsRefusedAfterReadingJustPastTheLimit() {
		for (String name : List.of("lon.csv", "lon.xlsx")) {
			CountingStream fifty = new CountingStream(50 * MB);
			TabularException e = catchThrowableOfType(TabularException.class,
					() -> TabularReader.read(name, fifty, LIMIT, new NoOpHandler()));
			assertThat(e).as(name).isNotNull();
			assertThat(e.getMessageKey()).isEqualTo("tabular.tooLarge");
			assertThat(e.getArgs()).containsExactly(name, 20L);
			assertThat(e.getMessage()).contains("20 MB").contains(name);
			assertThat(fifty.consumed).as(name).isGreaterThan(LIMIT).isLessThanOrEqualTo(LIMIT + 1);
		}
	}

	@Test
	void unsupportedExtensions() {
		for (String name : List.of("ds.pdf", "ds.docx", "ds.txt", "ds.ods", "ds", "ds.xlsx.exe")) {
			TabularException e = assertProblem(name, CsvReadingTest.utf8("Họ và tên\n"),
					"tabular.unsupportedExtension");
			assertThat(e.getMessage()).contains(".xlsx").contains(".csv");
		}
	}

	@Test
	void oldBinaryXlsAsksToSaveAsXlsx() throws IOException {
		byte[] xls;
		try (HSSFWorkbook wb = new HSSFWorkbook()) {
			wb.createSheet("Đảng viên").createRow(0).createCell(0).setCellValue("Họ và tên");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			wb.write(out);
			xls = out.toByteArray();
		}
		assertProblem("Danh sách.xls", xls, "tabular.legacyXls");
		// Renamed to .xlsx it is still an old workbook, and the advice is the same.
		assertProblem("Danh sách.xlsx", xls, "tabular.legacyXls");
		// Excel's "web page saved as .xls".
		assertProblem("Danh sách.xls", CsvReadingTest.utf8("<html><table><tr><td>Họ và tên</td></tr></table>"),
				"tabular.legacyXls");
	}

	@Test
	void passwordProtectedWorkbook() throws Exception {
		byte[] plain;
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			XlsxReadingTest.header(wb.createSheet("Đảng viên"), "Họ và tên");
			plain = XlsxReadingTest.bytes(wb);
		}
		ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("MatKhau@2025");
			try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(plain));
					OutputStream os = encryptor.getDataStream(fs)) {
				opc.save(os);
			}
			fs.writeFilesystem(encrypted);
		}
		TabularException e = assertProblem("Đảng viên chi bộ 3.xlsx", encrypted.toByteArray(), "tabular.encrypted");
		assertThat(e.getMessage()).isEqualTo(
				"Tệp \"Đảng viên chi bộ 3.xlsx\" được đặt mật khẩu. Hãy mở tệp trong Excel, bỏ mật khẩu rồi tải lên lại.");
	}

	@Test
	void contentThatDoesNotMatchTheExtension() {
		byte[] pdf = CsvReadingTest.utf8("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertProblem("ds.xlsx", CsvReadingTest.utf8("Họ và tên,Giới tính\n"), "tabular.contentMismatch");
		assertProblem("ds.xlsx", pdf, "tabular.contentMismatch");
		TabularException e = assertProblem("ds.csv", pdf, "tabular.contentMismatch");
		assertThat(e.getArgs()).containsExactly("ds.csv", ".csv");
		assertProblem("anh.csv", png, "tabular.contentMismatch");
		assertProblem("ds.csv", CsvReadingTest.utf8("Họ và tên\nNguyễn\u0000Văn Thắng\n"), "tabular.contentMismatch");
		// A control character well past the part looked at for the encoding is still
		// caught.
		byte[] late = CsvReadingTest.concat(CsvReadingTest.utf8("Họ và tên\n" + "Nguyễn Văn Thắng\n".repeat(80_000)),
				new byte[] { 'x', 0x07, '\n' });
		assertThat(late.length).isGreaterThan(CsvSource.SNIFF_BYTES);
		assertProblem("ds.csv", late, "tabular.contentMismatch");
	}

	@Test
	void corruptWorkbooks() throws IOException {
		byte[] good;
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			XSSFSheet sheet = wb.createSheet("Đảng viên");
			XlsxReadingTest.header(sheet, "Họ và tên", "Ghi chú");
			for (int i = 1; i < 2000; i++) {
				sheet.createRow(i).createCell(0).setCellValue("Nguyễn Văn Thắng " + i);
				sheet.getRow(i).createCell(1).setCellValue("Đảng viên dự bị số " + (i * 7919));
			}
			good = XlsxReadingTest.bytes(wb);
		}
		assertProblem("ds.xlsx", Arrays.copyOf(good, good.length / 2), "tabular.corrupt");
		assertProblem("ds.xlsx", Arrays.copyOf(good, 100), "tabular.corrupt");

		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream z = new ZipOutputStream(zip)) {
			z.putNextEntry(new ZipEntry("ghichu.txt"));
			z.write(CsvReadingTest.utf8("Không phải bảng tính"));
			z.closeEntry();
		}
		assertProblem("ds.xlsx", zip.toByteArray(), "tabular.corrupt");
	}

	@Test
	@Timeout(30)
	void zipBombIsRefused() throws IOException {
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipOutputStream z = new ZipOutputStream(bomb)) {
			entry(z, "[Content_Types].xml",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
							<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
							<Default Extension="xml" ContentType="application/xml"/>
							<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
							<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
							</Types>""");
			entry(z, "_rels/.rels",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
							<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
							</Relationships>""");
			entry(z, "xl/workbook.xml",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
							<sheets><sheet name="Đảng viên" sheetId="1" r:id="rId1"/></sheets>
							</workbook>""");
			entry(z, "xl/_rels/workbook.xml.rels",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
							<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
							</Relationships>""");
			// Whitespace between elements is valid XML: without the inflate-ratio guard
			// this sheet would be read.
			z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			z.write(CsvReadingTest.utf8("""
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
					<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c></row>"""));
			byte[] spaces = new byte[1024 * 1024];
			Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 30; i++) {
				z.write(spaces);
			}
			z.write(CsvReadingTest.utf8("</sheetData></worksheet>"));
			z.closeEntry();
		}
		assertThat(bomb.size()).isLessThan(100_000);
		TabularException e = assertProblem("bom.xlsx", bomb.toByteArray(), "tabular.zipBomb");
		assertThat(e).hasStackTraceContaining("Zip bomb detected");
	}

	@Test
	void emptyAndDuplicateHeadersNameTheColumn() {
		TabularException empty = assertProblem("ds.csv",
				CsvReadingTest.utf8("Họ và tên,,Ngày sinh\nNguyễn Văn Thắng,Nam,12/03/1975\n"), "tabular.header.empty");
		assertThat(empty.getArgs()).containsExactly("ds.csv", "B", 2);
		assertThat(empty.getMessage()).contains("cột B (cột thứ 2)");

		TabularException duplicate = assertProblem("ds.csv",
				CsvReadingTest.utf8("Họ và tên;Giới tính;Ngày sinh;HỌ VÀ TÊN\n"), "tabular.header.duplicate");
		assertThat(duplicate.getArgs()).containsExactly("ds.csv", "HỌ VÀ TÊN", "A", "D");
	}

	@Test
	void aRowWiderThanTheHeaderNamesTheRow() {
		TabularException e = assertProblem("ds.csv", CsvReadingTest.utf8("""
				Họ và tên,Giới tính
				Nguyễn Văn Thắng,Nam

				Trần Thị Hoà,Nữ,,Ghi chú thừa
				"""), "tabular.row.tooManyCells");
		assertThat(e.getArgs()).containsExactly("ds.csv", 4, "D", 2);
		assertThat(e.getMessage()).contains("dòng 4").contains("cột D");
	}

	@Test
	void csvProblems() {
		TabularException quote = assertProblem("ds.csv",
				CsvReadingTest.utf8("Họ và tên,Ghi chú\nNguyễn Văn Thắng,\"chưa đóng\nTrần Thị Hoà,x\n"),
				"tabular.csv.malformed");
		assertThat(quote.getArgs()[0]).isEqualTo("ds.csv");

		// UTF-8 for the first megabyte, then a stray Windows-1258 byte: the file cannot
		// be decoded either way.
		byte[] mixed = CsvReadingTest.concat(CsvReadingTest.utf8("Họ và tên\n" + "Nguyễn Văn Thắng\n".repeat(80_000)),
				new byte[] { 'H', 'o', (byte) 0xE0, '\n' });
		assertProblem("ds.csv", mixed, "tabular.csv.encoding");
	}

	@Test
	void brokenUploadStream() {
		InputStream broken = new InputStream() {

			@Override
			public int read() throws IOException {
				throw new IOException("Connection reset");
			}

		};
		TabularException e = catchThrowableOfType(TabularException.class,
				() -> TabularReader.read("ds.csv", broken, LIMIT, new NoOpHandler()));
		assertThat(e.getMessageKey()).isEqualTo("tabular.readFailed");
	}

	@Test
	void fileNamesFromOldBrowsersLoseTheirPath() {
		TabularException e = assertProblem("C:\\fakepath\\Danh sách.pdf", new byte[1], "tabular.unsupportedExtension");
		assertThat(e.getArgs()[0]).isEqualTo("Danh sách.pdf");
	}

	private static void entry(ZipOutputStream z, String name, String content) throws IOException {
		z.putNextEntry(new ZipEntry(name));
		z.write(content.getBytes(StandardCharsets.UTF_8));
		z.closeEntry();
	}

	static TabularException assertProblem(String name, byte[] content, String key) {
		TabularException e = catchThrowableOfType(TabularException.class,
				() -> TabularReader.read(name, new ByteArrayInputStream(content), LIMIT, new NoOpHandler()));
		assertThat(e).as("%s should fail with %s", name, key).isNotNull();
		assertThat(e.getMessageKey()).as(name).isEqualTo(key);
		assertThat(e.getMessage()).as("message resolved").doesNotStartWith("tabular.");
		return e;
	}

	static final class NoOpHandler implements RowHandler {

		@Override
		public void header(List<String> headers) {
		}

		@Override
		public void row(TableRow row) {
		}

	}

	/**
	 * Endless-looking upload of {@code size} bytes that records how much the reader
	 * actually pulled.
	 */
	static final class CountingStream extends InputStream {

		private final long size;

		long consumed;

		CountingStream(long size) {
			this.size = size;
		}

		@Override
		public int read() {
			if (consumed >= size) {
				return -1;
			}
			consumed++;
			return 'a';
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (consumed >= size) {
				return -1;
			}
			int n = (int) Math.min(len, size - consumed);
			Arrays.fill(b, off, off + n, (byte) (consumed % 64 == 63 ? '\n' : 'a'));
			consumed += n;
			return n;
		}

	}

}
