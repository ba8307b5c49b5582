package vn.tuyengiao.member;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 18: a member file may name each member's cell instead of giving its code (the way
 * communes keep their lists in Excel); a name two cells share is refused with the
 * choices, and nothing is written.
 */
@IntegrationTest
class MemberImportByCellNameTest {

	static final String HEADER = "Họ và tên,Giới tính,Ngày sinh,Số thẻ đảng viên,Ngày vào Đảng,Tên chi bộ,Chức vụ";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrgService org;

	@Autowired
	Fixture.Data fx;

	@Test
	void aCellGivenByItsNameIsFoundWhateverTheCaseAndDiacritics() throws Exception {
		OrgUnit commune = unit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Hòa Lợi", "T.HLOI");
		OrgUnit cell = unit(commune.getId(), OrgUnitKind.CELL, "Chi bộ ấp Hòa Thuận Tây", "T.HLOI.HTT");
		String csv = HEADER + "\n" + "Trịnh Văn Đức,Nam,14/02/1968,95100001,03/02/1990,Chi bộ ấp Hòa Thuận Tây,Bí thư\n"
				+ "Dương Thị Mỹ Lệ,Nữ,21/11/1985,95100002,19/05/2010,chi bo ap hoa thuan tay,Đảng viên\n";
		upload("theo-ten-chi-bo.csv", csv).andExpect(status().isOk()).andExpect(jsonPath("$.written").value(2));
		assertThat(this.jdbc.queryForList(
				"select unit_id from member where card_number in ('95100001', '95100002') order by card_number",
				Long.class))
			.containsExactly(cell.getId(), cell.getId());
	}

	@Test
	void aNameTwoCellsShareIsRefusedWithTheirCodesAndNothingIsWritten() throws Exception {
		OrgUnit a = unit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Tân Thành", "T.NTT");
		OrgUnit b = unit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Tân Hưng", "T.NTH");
		unit(a.getId(), OrgUnitKind.CELL, "Chi bộ Quân sự xã Tân", "T.NTT.QS");
		unit(b.getId(), OrgUnitKind.CELL, "Chi bộ Quân sự xã Tân", "T.NTH.QS");
		unit(b.getId(), OrgUnitKind.CELL, "Chi bộ ấp Tân Hưng Đông", "T.NTH.THD");
		String csv = HEADER + "\n" + "Lưu Văn Hậu,Nam,02/09/1980,95200001,01/01/2005,Chi bộ ấp Tân Hưng Đông,\n"
				+ "Phùng Văn Lộc,Nam,10/10/1988,95200002,01/01/2012,Chi bộ Quân sự xã Tân,Chính trị viên\n"
				+ "Ông Thị Sen,Nữ,10/10/1990,95200003,01/01/2015,Chi bộ ấp Không Có,\n";
		upload("trung-ten.csv", csv).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("Tên chi bộ"))
			.andExpect(jsonPath("$.errors[0].message",
					allOf(containsString("có 02 chi bộ tên \"Chi bộ Quân sự xã Tân\""), containsString("mã T.NTT.QS"),
							containsString("mã T.NTH.QS"))))
			.andExpect(jsonPath("$.errors[1].row").value(4))
			.andExpect(jsonPath("$.errors[1].message", containsString("không có chi bộ đang hoạt động tên")));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from member where card_number in ('95200001', '95200002', '95200003')", Long.class))
			.isZero();
	}

	@Test
	void aFileWithNeitherCodeNorNameOfTheCellSaysSo() throws Exception {
		String csv = "Họ và tên,Giới tính,Ngày sinh,Ngày vào Đảng\nTạ Văn Bền,Nam,01/01/1970,01/01/1995\n";
		upload("thieu-chi-bo.csv", csv).andExpect(status().isUnprocessableContent())
			.andExpect(
					jsonPath("$.errors[*].message", hasItem(containsString("thiếu cột: Mã chi bộ (hoặc Tên chi bộ)"))));
	}

	@Test
	void aCellNamedOutsideTheImportersScopeIsNotFound() throws Exception {
		// Chi bộ ấp Cái Chanh belongs to Phong Đông; the officer of Vĩnh Bình Bắc cannot
		// reach it by name either.
		String csv = HEADER + "\n" + "Quách Văn Tài,Nam,01/01/1975,95300001,01/01/2000,Chi bộ ấp Cái Chanh,\n";
		this.mvc
			.perform(multipart("/api/v1/members/import").file(new MockMultipartFile("file", "ngoai-pham-vi.csv",
					"text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("không có chi bộ đang hoạt động tên")));
		assertThat(this.jdbc.queryForObject("select count(*) from member where card_number = '95300001'", Long.class))
			.isZero();
	}

	private OrgUnit unit(long parent, OrgUnitKind kind, String name, String code) {
		return this.org.create(Scope.system(), new NewUnit(parent, kind, name, code,
				kind == OrgUnitKind.CELL ? "CB" : "ĐU", LocalDate.of(2025, 7, 1)));
	}

	private ResultActions upload(String name, String csv) throws Exception {
		return this.mvc.perform(multipart("/api/v1/members/import")
			.file(new MockMultipartFile("file", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(httpBasic("canbo.tinh.t", Fixture.PASSWORD)));
	}

}
