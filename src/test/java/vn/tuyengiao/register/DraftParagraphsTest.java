package vn.tuyengiao.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.register.internal.RegisterDraft;
import vn.tuyengiao.report.Block;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

/**
 * The officer adds paragraphs to a draft after any block and removes paragraphs, in the
 * same save as the text edits, under the same version check; headings and tables stay.
 */
@IntegrationTest
class DraftParagraphsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportDrafts drafts;

	@Autowired
	DocumentRegister register;

	@Autowired
	OrgService org;

	@Autowired
	Fixture.Data fx;

	@Test
	void theOfficerAddsAndRemovesParagraphsAndAStaleTabChangesNothing() throws Exception {
		long commune = this.org
			.create(Scope.system(),
					new NewUnit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Tân Thành Bình",
							"RD.TTB", "ĐU", LocalDate.of(2010, 1, 1)))
			.getId();
		IssuingBody body = this.register.createBody(Scope.system(), commune, "Ban Tuyên giáo Đảng ủy xã", "BTGTTB",
				"ĐẢNG ỦY XÃ TÂN THÀNH BÌNH", "Tân Thành Bình");
		RegisterDraft draft = this.drafts.create(Scope.system(),
				new ReportDrafts.NewDraft("models", "", body.getId(), "BC", ReportDraftingTest.sample()));
		long id = draft.getId();
		// Blocks: 0 the heading "1. Kết quả", 1 the drafted paragraph.
		this.mvc.perform(get("/register/drafts/{id}", id).with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("+ Thêm đoạn sau đoạn này")))
			.andExpect(content().string(containsString("name=\"new-0\"")))
			.andExpect(content().string(containsString("name=\"remove-1\"")))
			.andExpect(content().string(not(containsString("name=\"remove-0\""))));

		this.mvc
			.perform(post("/register/drafts/{id}", id).with(user("canbo.tinh.t"))
				.with(csrf())
				.param("version", "0")
				.param("block-1", "Trong kỳ có 03 mô hình mới, 01 mô hình được nhân rộng.")
				.param("new-0", "Đảng ủy xã đã ban hành kế hoạch thực hiện ngay từ đầu năm.")
				.param("new-1", "Các chi bộ đăng ký mô hình mới cho năm sau.", ""))
			.andExpect(flash().attribute("flash", "Đã lưu dự thảo (lần 2)."));
		assertThat(texts(id)).containsExactly("Kết quả", "Đảng ủy xã đã ban hành kế hoạch thực hiện ngay từ đầu năm.",
				"Trong kỳ có 03 mô hình mới, 01 mô hình được nhân rộng.",
				"Các chi bộ đăng ký mô hình mới cho năm sau.");

		// A second tab opened before that save is refused, nothing changes.
		this.mvc
			.perform(post("/register/drafts/{id}", id).with(user("canbo.tinh.t"))
				.with(csrf())
				.param("version", "0")
				.param("remove-1", "true"))
			.andExpect(flash().attribute("error", containsString("vừa được người khác sửa")));
		// Headings are not removed.
		this.mvc
			.perform(post("/register/drafts/{id}", id).with(user("canbo.tinh.t"))
				.with(csrf())
				.param("version", "1")
				.param("remove-0", "true"))
			.andExpect(flash().attribute("error", containsString("Đoạn thứ 1 không xóa được")));
		assertThat(texts(id)).hasSize(4);

		// The added paragraph goes again, emptied and removed in the same save.
		this.mvc
			.perform(post("/register/drafts/{id}", id).with(user("canbo.tinh.t"))
				.with(csrf())
				.param("version", "1")
				.param("block-3", "")
				.param("remove-3", "true"))
			.andExpect(flash().attribute("flash", "Đã lưu dự thảo (lần 3)."));
		assertThat(texts(id)).containsExactly("Kết quả", "Đảng ủy xã đã ban hành kế hoạch thực hiện ngay từ đầu năm.",
				"Trong kỳ có 03 mô hình mới, 01 mô hình được nhân rộng.");

		// The API does the same; a sibling commune's officer may not.
		this.mvc
			.perform(put("/api/v1/register/drafts/{id}", id).with(user("canbo.tinh.t"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 2, \"added\": {\"2\": [\"Nhiều mô hình gắn với phát triển kinh tế.\"]}, "
						+ "\"removed\": [1]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(4));
		assertThat(texts(id)).containsExactly("Kết quả", "Trong kỳ có 03 mô hình mới, 01 mô hình được nhân rộng.",
				"Nhiều mô hình gắn với phát triển kinh tế.");
		this.mvc
			.perform(post("/register/drafts/{id}", id).with(user("canbo.vbb"))
				.with(csrf())
				.param("version", "3")
				.param("new-0", "Đoạn của đơn vị khác."))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/v1/register/drafts/{id}", id).with(user("canbo.vbb"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 3, \"added\": {\"0\": [\"Đoạn của đơn vị khác.\"]}}"))
			.andExpect(status().isForbidden());
		assertThat(texts(id)).hasSize(3);
	}

	private List<String> texts(long id) {
		return this.drafts.get(Scope.system(), id)
			.document()
			.body()
			.stream()
			.map(b -> b instanceof Block.Heading h ? h.text()
					: b instanceof Block.Paragraph p ? p.text() : b.toString())
			.toList();
	}

}
