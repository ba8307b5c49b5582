package vn.tuyengiao.member;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Imports through the REST API: all or nothing, and every kind of bad file gets a
 * Vietnamese message.
 */
@IntegrationTest
class MemberImportTest {

	static final String HEADER = "Họ và tên,Giới tính,Ngày sinh,Số thẻ đảng viên,Ngày vào Đảng,Ngày chính thức,Mã chi bộ,Chức vụ,Chức trách nhiệm vụ,Tình trạng,Từ ngày,Cán bộ hưu";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixture.Data fx;

	@Test
	void aValidCsvWithBomIsImportedWhole() throws Exception {
		String csv = "\uFEFF" + HEADER + "\n"
				+ "Châu Văn Lợi,Nam,12/04/1972,94000001,03/02/1998,03/02/1999,T.VBB.VL1,Chi ủy viên,\"Phụ trách tuyên giáo, dân vận\",Đang sinh hoạt,,Không\n"
				+ "Lâm Thị Kim Xuyến,Nữ,2/9/1990,94000002,19/05/2015,19/05/2016,T.VBB.VL1,Đảng viên,,Đi làm ăn xa,01/03/2024,Không\n";
		upload("thanh-vien.csv", csv.getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk())
			.andExpect(jsonPath("$.written").value(2));
		assertThat(countCards("94000001", "94000002")).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select status from member where card_number = '94000002'", String.class))
			.isEqualTo("AWAY");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from member_status_period s join member m on m.id = s.member_id where m.card_number = '94000002'",
				Long.class))
			.isEqualTo(1);
	}

	@Test
	void aWindows1258CsvKeepsItsVietnamese() throws Exception {
		String text = HEADER + "\n"
				+ "Nguyễn Thị Quỳnh Hương,Nữ,05/06/1979,94000101,10/10/2004,10/10/2005,T.PD.CC,Đảng viên,,Đang sinh hoạt,,Có\n";
		byte[] cp1258 = toneMarksApart(text).getBytes(Charset.forName("windows-1258"));
		upload("ds-cp1258.csv", cp1258).andExpect(status().isOk());
		assertThat(
				this.jdbc.queryForObject("select full_name from member where card_number = '94000101'", String.class))
			.isEqualTo("Nguyễn Thị Quỳnh Hương");
	}

	@Test
	void oneBadRowRejectsTheWholeFileAndNamesRowAndColumn() throws Exception {
		String future = LocalDate.now().plusDays(10).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		String csv = HEADER + "\n"
				+ "Tô Văn Hải,Nam,01/01/1970,94000201,01/01/1995,01/01/1996,T.VBB.VL1,Đảng viên,,Đang sinh hoạt,,Không\n"
				+ "Mai Thị Hạnh,Nữ,01/01/1980," + "94000202," + future
				+ ",,T.VBB.VL1,Đảng viên,,Đang sinh hoạt,,Không\n"
				+ "Thái Văn Sơn,Nam,01/01/1975,94000203,01/01/2000,01/01/2001,T.KHONGCO,Đảng viên,,Đang sinh hoạt,,Không\n";
		upload("co-loi.csv", csv.getBytes(StandardCharsets.UTF_8)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.state").value("FAILED"))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("Ngày vào Đảng"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("tương lai")))
			.andExpect(jsonPath("$.errors[1].row").value(4))
			.andExpect(jsonPath("$.errors[1].column").value("Mã chi bộ"));
		assertThat(countCards("94000201", "94000202", "94000203")).isZero();
	}

	@Test
	void duplicateCardNumbersInTheFileAndInTheDatabaseAreRefused() throws Exception {
		String csv = HEADER + "\n" + "Lý Văn Bình,Nam,01/01/1970,94000301,01/01/1995,,T.VBB.VL1,,,,,\n"
				+ "Lý Thị Bình,Nữ,01/01/1971,94000301,01/01/1996,,T.VBB.VL1,,,,,\n"
				+ "Đinh Văn Tú,Nam,01/01/1972,93000001,01/01/1997,,T.VBB.VL1,,,,,\n";
		upload("trung-the.csv", csv.getBytes(StandardCharsets.UTF_8)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("trùng với dòng 2"))))
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("93000001 đã có trong hệ thống"))));
		assertThat(countCards("94000301")).isZero();
	}

	@Test
	void wrongColumnsAreNamed() throws Exception {
		String csv = "Tên,Tuổi\nNguyễn Văn A,50\n";
		upload("sai-cot.csv", csv.getBytes(StandardCharsets.UTF_8)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("thiếu cột"))))
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("\"Tuổi\""))));
	}

	@Test
	void aMalformedXlsxGetsAClearMessage() throws Exception {
		upload("hong.xlsx", "đây không phải tệp Excel".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("hong.xlsx")));
	}

	@Test
	void aRealXlsxImports() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			var sheet = wb.createSheet("Đảng viên");
			String[] header = HEADER.split(",");
			var h = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				h.createCell(i).setCellValue(header[i]);
			}
			var r = sheet.createRow(1);
			Object[] values = { "Phan Thanh Tùng", "Nam", "20/11/1969", "04000401", "07/11/1992", "07/11/1993",
					"T.PD.CC", "Trưởng ấp", "Điều hành công việc của ấp", "Đang sinh hoạt", "", "Không" };
			for (int i = 0; i < values.length; i++) {
				r.createCell(i).setCellValue(String.valueOf(values[i]));
			}
			wb.write(out);
		}
		upload("ds.xlsx", out.toByteArray()).andExpect(status().isOk()).andExpect(jsonPath("$.written").value(1));
		assertThat(countCards("04000401")).as("leading zero of the card number kept").isEqualTo(1);
	}

	@Test
	void aFiftyMegabyteFileIsRefusedBeforeAnythingIsRead() throws Exception {
		byte[] big = new byte[50 * 1024 * 1024];
		java.util.Arrays.fill(big, (byte) 'a');
		// MockMvc bypasses the servlet container's multipart limit (which answers 413 in
		// a real server), so this
		// exercises the importer's own limit, which counts bytes while reading.
		upload("rat-lon.csv", big).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("quá lớn")))
			.andExpect(jsonPath("$.errors[0].message", containsString("40 MB")));
	}

	@Test
	void membersOutsideTheImportersScopeAreRefused() throws Exception {
		String csv = HEADER + "\n" + "Kim Văn Trọng,Nam,01/01/1970,94000501,01/01/1995,,T.PD.CC,,,,,\n";
		this.mvc
			.perform(multipart("/api/v1/members/import")
				.file(new MockMultipartFile("file", "ngoai.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("ngoài phạm vi")));
		assertThat(countCards("94000501")).isZero();
	}

	/**
	 * How Windows-1258 writes Vietnamese: base letters precomposed (ư, â, ơ), tone marks
	 * as combining characters.
	 */
	static String toneMarksApart(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
			StringBuilder base = new StringBuilder();
			StringBuilder tones = new StringBuilder();
			for (char x : d.toCharArray()) {
				("\u0300\u0301\u0303\u0309\u0323".indexOf(x) >= 0 ? tones : base).append(x);
			}
			out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
		}
		return out.toString();
	}

	private ResultActions upload(String name, byte[] content) throws Exception {
		return this.mvc
			.perform(multipart("/api/v1/members/import").file(new MockMultipartFile("file", name, "text/csv", content))
				.with(httpBasic("canbo.tinh.t", Fixture.PASSWORD)));
	}

	private long countCards(String... cards) {
		return this.jdbc.queryForObject(
				"select count(*) from member where card_number in ('" + String.join("','", cards) + "')", Long.class);
	}

}
