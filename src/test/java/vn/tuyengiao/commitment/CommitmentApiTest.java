package vn.tuyengiao.commitment;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.text.LegacyVietnamese;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The REST API as a commune would script it: a campaign, uploads (a TCVN3 .docx among
 * them), sign-off, appraisal and completeness; every kind of bad file refused with a
 * Vietnamese problem document naming it and nothing stored; and another cell's secretary
 * or another commune's viewer kept out.
 */
@IntegrationTest
class CommitmentApiTest {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixture.Data fx;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	@Autowired
	CommitmentCompleteness completeness;

	final JsonMapper json = new JsonMapper();

	long campaign(int year) throws Exception {
		String body = call(post("/api/v1/commitments/campaigns"), "canbo.vbb",
				Map.of("ownerUnitId", this.fx.communeVbb(), "year", year, "kind", "YEARLY_COMMITMENT", "referenceDate",
						year + "-01-10"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("Bản cam kết tu dưỡng, rèn luyện, phấn đấu năm " + year))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	@Test
	void uploadSignAppraiseAndCountThroughTheApi() throws Exception {
		long c = campaign(2031);
		String text = Samples.text("Nguyễn Văn Thắng", "Bí thư chi bộ");
		byte[] vnTime = Samples.docx(text, ".VnTime", LegacyVietnamese.Encoding.TCVN3);
		String body = upload(c, this.fx.thangVl1(),
				new MockMultipartFile("file", "Ban cam ket - Thang.docx", DOCX, vnTime), "bithu.vl1")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.entryMode").value("UPLOAD"))
			.andExpect(jsonPath("$.sourceEncoding").value("TCVN3"))
			.andExpect(jsonPath("$.hasOriginalFile").value(true))
			.andExpect(jsonPath("$.text").value(containsString("Họ và tên: Nguyễn Văn Thắng")))
			.andExpect(jsonPath("$.text").value(containsString("BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		byte[] original = this.mvc
			.perform(get("/api/v1/commitments/{id}/file", id).with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(original).isEqualTo(vnTime);

		call(post("/api/v1/commitments/{id}/sign-off", id), "bithu.vl1",
				Map.of("comment", "Chi ủy đã đọc, đồng ý", "version", 0))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SIGNED"))
			.andExpect(jsonPath("$.signedBy").value("bithu.vl1"));
		// The cell's own secretary is not the appraisal team.
		call(post("/api/v1/commitments/{id}/appraisal", id), "bithu.vl1", Map.of("result", "PASSED", "version", 1))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("Tổ thẩm định")));
		call(post("/api/v1/commitments/{id}/appraisal", id), "canbo.vbb",
				Map.of("result", "PASSED", "reasons", "Đạt", "version", 1))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPRAISED"));

		// Edited after sign-off: back to submitted, and the answer says so.
		call(post("/api/v1/commitments/campaigns/{id}/commitments", c), "bithu.vl1",
				Map.of("memberId", this.fx.thangVl1(), "mode", "TEXT", "text",
						text + "\nBổ sung chỉ tiêu kết nạp 02 đảng viên mới.", "version", 2))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.editedAfterSignoff").value(true))
			.andExpect(jsonPath("$.hasOriginalFile").value(false));
		// A stale version is refused with a clear message.
		call(post("/api/v1/commitments/{id}/sign-off", id), "bithu.vl1", Map.of("version", 1))
			.andExpect(status().isConflict());

		call(post("/api/v1/commitments/campaigns/{id}/commitments", c), "bithu.vl1",
				Map.of("memberId", this.fx.hoaVl1(), "sections", Samples.sections("Đảng viên")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.entryMode").value("FORM"))
			.andExpect(jsonPath("$.checks[?(@.kind == 'NO_DUTIES_ON_FILE')]").exists());

		long expected = this.completeness.missing(vn.tuyengiao.common.Scope.system(), c, this.fx.cellVl1()).size() + 2;
		assertThat(this.completeness.missing(vn.tuyengiao.common.Scope.system(), c, this.fx.cellVl1()))
			.extracting(CommitmentCompleteness.MemberRow::fullName)
			.contains("Phạm Văn Út")
			.doesNotContain("Nguyễn Văn Thắng", "Trần Thị Hòa");
		this.mvc
			.perform(get("/api/v1/commitments/campaigns/{id}/completeness", c)
				.param("unit", String.valueOf(this.fx.cellVl1()))
				.with(httpBasic("bithu.vl1", Fixture.PASSWORD)))
			.andExpect(status().isOk())
			// Other tests add members to this cell, so the expected count is the live
			// one: with Út (away, expected).
			.andExpect(jsonPath("$.figures.expected").value(expected))
			.andExpect(jsonPath("$.figures.submitted").value(2))
			.andExpect(jsonPath("$.figures.signed").value(0))
			.andExpect(jsonPath("$.figures.submittedRatio").value("2/" + expected));
		this.mvc
			.perform(get("/api/v1/commitments/campaigns/{id}/missing", c)
				.param("unit", String.valueOf(this.fx.cellVl1()))
				.with(httpBasic("bithu.vl1", Fixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.fullName == 'Phạm Văn Út')].statusThen")
				.value(org.hamcrest.Matchers.contains("AWAY")));
		this.mvc.perform(get("/api/v1/commitments/{id}/history", id).with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].step")
				.value(org.hamcrest.Matchers.contains("SUBMITTED", "SIGNED", "APPRAISED", "EDITED_AFTER_SIGNOFF")));
	}

	@Test
	void everyBadFileIsRefusedByNameAndNothingIsStored() throws Exception {
		long c = campaign(2032);
		String text = Samples.text("Trần Thị Hòa", "Đảng viên");
		Map<MockMultipartFile, String> bad = new java.util.LinkedHashMap<>();
		bad.put(new MockMultipartFile("file", "trong.docx", DOCX, new byte[0]), "Tệp trong.docx rỗng");
		bad.put(new MockMultipartFile("file", "ban-scan.pdf", "application/pdf", Samples.imageOnlyPdf()),
				"Tệp ban-scan.pdf là bản PDF chỉ có hình ảnh");
		bad.put(new MockMultipartFile("file", "cam-ket.docx", DOCX, Samples.zipBombDocx()),
				"Tệp cam-ket.docx bị từ chối");
		bad.put(new MockMultipartFile("file", "co-mat-khau.docx", DOCX, Samples.encryptedDocx(text)),
				"Tệp co-mat-khau.docx được đặt mật khẩu");
		bad.put(new MockMultipartFile("file", "co-mat-khau.pdf", "application/pdf", Samples.pdf(text, true)),
				"Tệp co-mat-khau.pdf được đặt mật khẩu");
		bad.put(new MockMultipartFile("file", "ban-cam-ket.pdf", "application/pdf",
				Samples.docx(text, "Times New Roman", LegacyVietnamese.Encoding.UNICODE)),
				"Tệp ban-cam-ket.pdf có đuôi .pdf nhưng nội dung không phải là tệp PDF");
		for (var e : bad.entrySet()) {
			upload(c, this.fx.hoaVl1(), e.getKey(), "bithu.vl1").andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(containsString(e.getValue())));
		}
		byte[] big = new byte[30 * 1024 * 1024];
		upload(c, this.fx.hoaVl1(), new MockMultipartFile("file", "ban-cam-ket-30MB.docx", DOCX, big), "bithu.vl1")
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.detail")
				.value(containsString("Tệp ban-cam-ket-30MB.docx có dung lượng 30,0 MB, vượt giới hạn 10 MB")));
		Integer stored = this.jdbc.queryForObject("select count(*) from commitment where campaign_id = :c",
				new MapSqlParameterSource("c", c), Integer.class);
		assertThat(stored).isZero();
		Integer steps = this.jdbc
			.queryForObject("select count(*) from commitment_step s join commitment x on x.id = s.commitment_id "
					+ "where x.campaign_id = :c", new MapSqlParameterSource("c", c), Integer.class);
		assertThat(steps).isZero();

		// A good file afterwards goes through.
		upload(c, this.fx.hoaVl1(),
				new MockMultipartFile("file", "ban-cam-ket.pdf", "application/pdf", Samples.pdf(text, false)),
				"bithu.vl1")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.text").value(containsString("Trần Thị Hòa")));
	}

	@Test
	void anotherCellOrCommuneCannotReadOrChange() throws Exception {
		long c = campaign(2033);
		String body = call(post("/api/v1/commitments/campaigns/{id}/commitments", c), "bithu.vl1",
				Map.of("memberId", this.fx.thangVl1(), "text", Samples.text("Nguyễn Văn Thắng", "Bí thư chi bộ")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();

		// The secretary of Cái Chanh (another commune) and the viewer of Phong Đông.
		this.mvc.perform(get("/api/v1/commitments/{id}", id).with(httpBasic("bithu.cc", Fixture.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/commitments/campaigns/{id}", c).with(httpBasic("xem.pd", Fixture.PASSWORD)))
			.andExpect(status().isForbidden());
		call(post("/api/v1/commitments/{id}/sign-off", id), "bithu.cc", Map.of("version", 0))
			.andExpect(status().isForbidden());
		call(post("/api/v1/commitments/campaigns/{id}/commitments", c), "bithu.cc",
				Map.of("memberId", this.fx.hoaVl1(), "text", "Cam kết"))
			.andExpect(status().isForbidden());
		upload(c, this.fx.hoaVl1(),
				new MockMultipartFile("file", "a.txt", "text/plain", "Cam kết".getBytes(StandardCharsets.UTF_8)),
				"bithu.cc")
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/commitments/campaigns/{id}/completeness", c)
				.param("unit", String.valueOf(this.fx.communeVbb()))
				.with(httpBasic("bithu.cc", Fixture.PASSWORD)))
			.andExpect(status().isForbidden());
		// A cell secretary cannot create a campaign; an unknown commitment is 404 in
		// Vietnamese.
		call(post("/api/v1/commitments/campaigns"), "bithu.vl1", Map.of("ownerUnitId", this.fx.cellVl1(), "year", 2033,
				"kind", "PERSONAL_PLAN", "referenceDate", "2033-01-10"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/commitments/{id}", 987_654_321L).with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Không tìm thấy bản cam kết số 987654321."));
		// Nothing changed.
		this.mvc.perform(get("/api/v1/commitments/{id}", id).with(httpBasic("canbo.tinh.t", Fixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.version").value(0));
	}

	ResultActions call(MockHttpServletRequestBuilder req, String user, Object body) throws Exception {
		return this.mvc.perform(req.with(httpBasic(user, Fixture.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsBytes(body)));
	}

	ResultActions upload(long campaign, long member, MockMultipartFile file, String user) throws Exception {
		return this.mvc.perform(multipart("/api/v1/commitments/campaigns/{id}/commitments/upload", campaign).file(file)
			.param("memberId", String.valueOf(member))
			.with(httpBasic(user, Fixture.PASSWORD)));
	}

}
