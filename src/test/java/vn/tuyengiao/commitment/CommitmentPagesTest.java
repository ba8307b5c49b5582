package vn.tuyengiao.commitment;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages a cell secretary and a commune officer use, and what another cell's secretary
 * may not do.
 */
@IntegrationTest
class CommitmentPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CommitmentService commitments;

	@Autowired
	Fixture.Data fx;

	CommitmentCampaign campaign(int year) {
		return this.commitments.createCampaign(Scope.system(),
				new CommitmentService.NewCampaign(this.fx.communeVbb(), year, CommitmentKind.YEARLY_COMMITMENT, null,
						LocalDate.of(year, 1, 10), LocalDate.of(year, 3, 31), false, true, null));
	}

	@Test
	void aCellSecretaryEntersForAMemberSignsAndAnEditSendsItBack() throws Exception {
		CommitmentCampaign c = campaign(2034);
		this.mvc.perform(get("/commitments").with(user("bithu.vl1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(c.title())));
		this.mvc.perform(get("/commitments/campaigns/{id}", c.id()).with(user("bithu.vl1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chi bộ ấp Vĩnh Lộc 1")))
			.andExpect(content().string(containsString("Nguyễn Văn Thắng")))
			.andExpect(content().string(containsString("Phạm Văn Út")))
			.andExpect(content().string(containsString("Nhập cho đảng viên này")))
			.andExpect(content().string(not(containsString("Chi bộ ấp Cái Chanh"))));
		this.mvc
			.perform(get("/commitments/campaigns/{id}/members/{m}", c.id(), this.fx.hoaVl1()).with(user("bithu.vl1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bản cam kết của Trần Thị Hòa")))
			.andExpect(content().string(containsString("Khuyết điểm, hạn chế năm trước và biện pháp khắc phục")));

		var form = post("/commitments/campaigns/{id}/members/{m}/form", c.id(), this.fx.hoaVl1())
			.with(user("bithu.vl1"))
			.with(csrf());
		Samples.sections("Đảng viên").forEach((k, v) -> form.param("section_" + k.name(), v));
		MvcResult saved = this.mvc.perform(form)
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "Đã lưu bản cam kết."))
			.andReturn();
		long id = this.commitments.forMember(Scope.system(), c.id(), this.fx.hoaVl1()).orElseThrow().id();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/commitments/" + id);

		this.mvc.perform(get("/commitments/{id}", id).with(user("bithu.vl1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kiểm tra nội dung")))
			.andExpect(content().string(containsString("Hồ sơ đảng viên chưa ghi chức vụ, nhiệm vụ cụ thể")))
			.andExpect(content().string(containsString("Ký xác nhận")))
			// The cell secretary does not see the appraisal team's form.
			.andExpect(content().string(not(containsString("appraisal-form"))));
		this.mvc
			.perform(post("/commitments/{id}/sign-off", id).param("comment", "Chi ủy thống nhất")
				.param("version", "0")
				.with(user("bithu.vl1"))
				.with(csrf()))
			.andExpect(redirectedUrl("/commitments/" + id))
			.andExpect(flash().attribute("flash", "Đã ký xác nhận bản cam kết của Trần Thị Hòa."));
		this.mvc.perform(get("/commitments/{id}", id).with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("appraisal-form")))
			.andExpect(content().string(containsString("Chi ủy ký xác nhận")));

		// Edited after the signature: back to "submitted", and the page says so.
		this.mvc
			.perform(post("/commitments/campaigns/{id}/members/{m}/text", c.id(), this.fx.hoaVl1())
				.param("text", Samples.text("Trần Thị Hòa", "Đảng viên"))
				.param("version", "1")
				.with(user("bithu.vl1"))
				.with(csrf()))
			.andExpect(redirectedUrl("/commitments/" + id))
			.andExpect(flash().attribute("flash", containsString("trở lại trạng thái “đã nộp”")));
		this.mvc.perform(get("/commitments/{id}", id).with(user("bithu.vl1")))
			.andExpect(content().string(containsString("edited-after-signoff")))
			.andExpect(content().string(containsString("Đã nộp, chờ ký")));

		this.mvc
			.perform(get("/commitments/campaigns/{id}/reminders", c.id())
				.param("unit", String.valueOf(this.fx.cellVl1()))
				.with(user("bithu.vl1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nguyễn Văn Thắng")))
			.andExpect(content().string(containsString("Chưa nộp — nhắc đảng viên nộp")))
			.andExpect(content().string(containsString("Chờ chi ủy ký xác nhận")));
		// Without ?unit= the list is the user's own cell's (it answered 400 before).
		this.mvc.perform(get("/commitments/campaigns/{id}/reminders", c.id()).with(user("bithu.vl1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nguyễn Văn Thắng")));
		byte[] xlsx = this.mvc
			.perform(get("/commitments/campaigns/{id}/reminders.xlsx", c.id())
				.param("unit", String.valueOf(this.fx.cellVl1()))
				.with(user("bithu.vl1")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(xlsx).startsWith(new byte[] { 'P', 'K' });
		String dashboard = this.mvc.perform(get("/commitments/campaigns/{id}", c.id()).with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(dashboard).contains("rollup-table")
			.contains("Chi bộ Trường Tiểu học Bình Minh")
			.doesNotContain("??");
	}

	@Test
	void aBadUploadShowsTheFileNameAndStoresNothing() throws Exception {
		CommitmentCampaign c = campaign(2035);
		this.mvc
			.perform(multipart("/commitments/campaigns/{id}/members/{m}/upload", c.id(), this.fx.thangVl1())
				.file(new MockMultipartFile("file", "ban-scan.pdf", "application/pdf", Samples.imageOnlyPdf()))
				.with(user("bithu.vl1"))
				.with(csrf()))
			.andExpect(redirectedUrl("/commitments/campaigns/" + c.id() + "/members/" + this.fx.thangVl1()))
			.andExpect(flash().attribute("error", containsString("Tệp ban-scan.pdf là bản PDF chỉ có hình ảnh")));
		assertThat(this.commitments.forMember(Scope.system(), c.id(), this.fx.thangVl1())).isEmpty();
		this.mvc
			.perform(multipart("/commitments/campaigns/{id}/members/{m}/upload", c.id(), this.fx.thangVl1())
				.file(new MockMultipartFile("file", "Ban cam ket Thang.docx", "application/octet-stream",
						Samples.docx(Samples.text("Nguyễn Văn Thắng", "Bí thư chi bộ"), "Times New Roman",
								vn.tuyengiao.text.LegacyVietnamese.Encoding.UNICODE)))
				.with(user("bithu.vl1"))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/commitments/*"));
		long id = this.commitments.forMember(Scope.system(), c.id(), this.fx.thangVl1()).orElseThrow().id();
		this.mvc.perform(get("/commitments/{id}/file", id).with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Disposition", containsString("Ban%20cam%20ket%20Thang.docx")));
	}

	@Test
	void anotherCellsSecretaryIsKeptOut() throws Exception {
		CommitmentCampaign c = campaign(2036);
		Commitment thangs = this.commitments.save(Scope.system(), c.id(), this.fx.thangVl1(),
				CommitmentService.Draft.text(Samples.text("Nguyễn Văn Thắng", "Bí thư chi bộ")), null);
		this.mvc.perform(get("/commitments/{id}", thangs.id()).with(user("bithu.cc")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/commitments/{id}/sign-off", thangs.id()).param("version", "0")
				.with(user("bithu.cc"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/commitments/campaigns/{id}/members/{m}", c.id(), this.fx.hoaVl1()).with(user("bithu.cc")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/commitments/campaigns/{id}/members/{m}/text", c.id(), this.fx.hoaVl1())
				.param("text", "Cam kết")
				.with(user("bithu.cc"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/commitments/campaigns/{id}", c.id()).with(user("xem.pd")))
			.andExpect(status().isForbidden());
		assertThat(this.commitments.get(Scope.system(), thangs.id()).status()).isEqualTo(CommitmentStatus.SUBMITTED);
		assertThat(this.commitments.forMember(Scope.system(), c.id(), this.fx.hoaVl1())).isEmpty();
	}

}
