package vn.tuyengiao.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CsvReadingTest {

	private static final long LIMIT = 20L * 1024 * 1024;

	private static final String CSV = """
			Họ và tên,Giới tính,Ngày sinh,Số thẻ đảng viên
			Nguyễn Văn Thắng,Nam,12/03/1975,08012345
			Trần Thị Hoà,Nữ,01/11/1982,08012346
			Võ Thị Ngọc Ánh,Nữ,25/08/1990,08012347
			""";

	private static final List<String> HEADERS = List.of("Họ và tên", "Giới tính", "Ngày sinh", "Số thẻ đảng viên");

	@Test
	void utf8WithBomWithoutBomAndWindows1258AllReadToTheSameNfcText() throws Exception {
		byte[] bom = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, CSV.getBytes(StandardCharsets.UTF_8));
		byte[] plain = CSV.getBytes(StandardCharsets.UTF_8);
		byte[] legacy = windows1258(CSV);
		// The legacy bytes really are not UTF-8, so detection has something to do.
		assertThat(CsvSource.isUtf8(legacy, true)).isFalse();

		Table fromBom = read("ds.csv", bom);
		Table fromPlain = read("ds.CSV", plain);
		Table fromLegacy = read("ds.csv", legacy);

		assertThat(fromBom.headers()).isEqualTo(HEADERS);
		assertThat(fromBom.rows()).extracting(TableRow::rowNumber).containsExactly(2, 3, 4);
		assertThat(fromBom.rows().get(0).cells()).containsExactly("Nguyễn Văn Thắng", "Nam", "12/03/1975", "08012345");
		// Old tone placement "Hoà" comes back in the canonical form used everywhere else.
		assertThat(fromBom.rows().get(1).cell(0)).isEqualTo("Trần Thị Hòa");
		assertThat(fromBom.rows().get(2).cell(0)).isEqualTo("Võ Thị Ngọc Ánh");
		assertThat(fromPlain).isEqualTo(fromBom);
		assertThat(fromLegacy).isEqualTo(fromBom);
		for (TableRow row : fromLegacy.rows()) {
			for (String cell : row.cells()) {
				assertThat(Normalizer.isNormalized(cell, Normalizer.Form.NFC)).as(cell).isTrue();
			}
		}
	}

	@Test
	void nfdInputIsComposed() {
		String nfd = Normalizer.normalize(CSV, Normalizer.Form.NFD);
		Table t = read("ds.csv", nfd.getBytes(StandardCharsets.UTF_8));
		assertThat(t.headers()).isEqualTo(HEADERS);
		assertThat(t.rows().get(0).cell(0)).isEqualTo("Nguyễn Văn Thắng");
	}

	@Test
	void utf16FromExcelUnicodeTextIsRead() {
		String tsv = CSV.replace(',', '\t');
		byte[] bytes = concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, tsv.getBytes(StandardCharsets.UTF_16LE));
		Table t = read("ds.csv", bytes);
		assertThat(t.headers()).isEqualTo(HEADERS);
		assertThat(t.rows()).hasSize(3);
	}

	@Test
	void semicolonAndTabDelimitersAreDetectedFromTheHeader() {
		Table semi = read("ds.csv", utf8("""
				Họ và tên;Chức vụ;Ghi chú
				Nguyễn Văn Thắng;Bí thư chi bộ;Đảng viên chính thức, 20 năm tuổi Đảng
				"""));
		assertThat(semi.headers()).containsExactly("Họ và tên", "Chức vụ", "Ghi chú");
		assertThat(semi.rows().get(0).cells()).containsExactly("Nguyễn Văn Thắng", "Bí thư chi bộ",
				"Đảng viên chính thức, 20 năm tuổi Đảng");

		Table tab = read("ds.csv", utf8("Họ và tên\tChức vụ\nTrần Thị Hoà\tPhó Bí thư\n"));
		assertThat(tab.headers()).containsExactly("Họ và tên", "Chức vụ");
		assertThat(tab.rows().get(0).cells()).containsExactly("Trần Thị Hòa", "Phó Bí thư");
	}

	@Test
	void excelSepLineNamesTheDelimiterAndIsNotCounted() {
		Table t = read("ds.csv", utf8("sep=;\r\nHọ và tên;Ghi chú\r\nNguyễn Văn Thắng;Bí thư, chi bộ 3\r\n"));
		assertThat(t.headers()).containsExactly("Họ và tên", "Ghi chú");
		assertThat(t.rows()).singleElement().satisfies(r -> {
			assertThat(r.rowNumber()).isEqualTo(2);
			assertThat(r.cells()).containsExactly("Nguyễn Văn Thắng", "Bí thư, chi bộ 3");
		});
	}

	@Test
	void quotedFieldsKeepCommasQuotesAndLineBreaks() {
		Table t = read("ds.csv", utf8("""
				Họ và tên,Địa chỉ,Ghi chú
				"Nguyễn Văn Thắng","Số 5, ngõ 12, phường Láng Hạ","Khen thưởng ""Huy hiệu 30 năm tuổi Đảng""
				năm 2024"
				Võ Thị Ngọc Ánh,"Thôn 3, xã Hoà Phú",
				"""));
		assertThat(t.rows()).hasSize(2);
		assertThat(t.rows().get(0).cells()).containsExactly("Nguyễn Văn Thắng", "Số 5, ngõ 12, phường Láng Hạ",
				"Khen thưởng \"Huy hiệu 30 năm tuổi Đảng\" năm 2024");
		// The quoted line break makes one record of two lines: Excel shows it as row 2,
		// the next one as row 3.
		assertThat(t.rows().get(1).rowNumber()).isEqualTo(3);
		assertThat(t.rows().get(1).cells()).containsExactly("Võ Thị Ngọc Ánh", "Thôn 3, xã Hòa Phú", "");
	}

	@Test
	void blankRowsAreSkippedButCountedAndShortRowsPadded() {
		Table t = read("ds.csv", utf8("""
				Họ và tên,Giới tính,Ngày sinh

				Nguyễn Văn Thắng,Nam
				,,
				  Trần   Thị Hoà ,Nữ,01/11/1982,,
				"""));
		assertThat(t.rows()).extracting(TableRow::rowNumber).containsExactly(3, 5);
		assertThat(t.rows().get(0).cells()).containsExactly("Nguyễn Văn Thắng", "Nam", "");
		assertThat(t.rows().get(1).cells()).containsExactly("Trần Thị Hòa", "Nữ", "01/11/1982");
	}

	@Test
	void headerMayComeAfterBlankLinesAndTrailingEmptyHeadersAreDropped() {
		Table t = read("ds.csv", utf8("\n;;\nHọ và tên;Giới tính;;\nNguyễn Văn Thắng;Nam;;\n"));
		assertThat(t.headers()).containsExactly("Họ và tên", "Giới tính");
		assertThat(t.rows()).singleElement().satisfies(r -> assertThat(r.rowNumber()).isEqualTo(4));
	}

	@Test
	@Timeout(300) // a guard against a hang, not a speed target: a loaded 2-core machine
					// needed over 60 s
	void aMillionRowsStreamWithoutBeingHeld() {
		int rows = 1_000_000;
		InputStream in = new GeneratedCsv(rows);
		long[] count = { 0 };
		long[] sum = { 0 };
		TabularReader.read("lon.csv", in, Long.MAX_VALUE, new RowHandler() {

			@Override
			public void header(List<String> headers) {
				assertThat(headers).containsExactly("STT", "Họ và tên", "Số thẻ đảng viên");
			}

			@Override
			public void row(TableRow row) {
				count[0]++;
				sum[0] += Integer.parseInt(row.cell(0));
				if (row.rowNumber() == 2) {
					assertThat(row.cells()).containsExactly("1", "Nguyễn Văn Thắng", "08000001");
				}
			}

		});
		assertThat(count[0]).isEqualTo(rows);
		assertThat(sum[0]).isEqualTo((long) rows * (rows + 1) / 2);
	}

	static Table read(String name, byte[] bytes) {
		return TabularReader.readAll(name, new ByteArrayInputStream(bytes), LIMIT);
	}

	static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] concat(byte[] a, byte[] b) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(a);
		out.writeBytes(b);
		return out.toByteArray();
	}

	/**
	 * Windows-1258 has letters like "ê" and "ă" but only some toned letters, and keeps
	 * tones as separate combining marks; so each letter is split into its base (composed)
	 * and its tone mark, which is how legacy tools wrote it.
	 */
	static byte[] windows1258(String text) throws CharacterCodingException {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			String nfd = Normalizer.normalize(String.valueOf(text.charAt(i)), Normalizer.Form.NFD);
			StringBuilder base = new StringBuilder();
			StringBuilder tones = new StringBuilder();
			for (char c : nfd.toCharArray()) {
				if ("\u0300\u0301\u0303\u0309\u0323".indexOf(c) >= 0) {
					tones.append(c);
				}
				else {
					base.append(c);
				}
			}
			sb.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
		}
		ByteBuffer bytes = CsvSource.WINDOWS_1258.newEncoder()
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.encode(CharBuffer.wrap(sb));
		byte[] out = new byte[bytes.remaining()];
		bytes.get(out);
		return out;
	}

	/**
	 * A CSV made on the fly, so the test itself holds no more of it than the reader does.
	 */
	static final class GeneratedCsv extends InputStream {

		private final int rows;

		private int next;

		private byte[] current = utf8("STT,Họ và tên,Số thẻ đảng viên\r\n");

		private int pos;

		GeneratedCsv(int rows) {
			this.rows = rows;
		}

		@Override
		public int read() {
			if (pos == current.length && !advance()) {
				return -1;
			}
			return current[pos++] & 0xFF;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (len == 0) {
				return 0;
			}
			if (pos == current.length && !advance()) {
				return -1;
			}
			int n = Math.min(len, current.length - pos);
			System.arraycopy(current, pos, b, off, n);
			pos += n;
			return n;
		}

		static String card(int n) {
			String digits = Integer.toString(n % 1_000_000);
			return "08" + "000000".substring(digits.length()) + digits;
		}

		private boolean advance() {
			if (next >= rows) {
				return false;
			}
			next++;
			String name = switch (next % 3) {
				case 1 -> "Nguyễn Văn Thắng";
				case 2 -> "Trần Thị Hòa";
				default -> "\"Võ Thị Ngọc Ánh, Chi bộ 3\"";
			};
			current = utf8(next + "," + name + "," + card(next) + "\r\n");
			pos = 0;
			return true;
		}

	}

}
