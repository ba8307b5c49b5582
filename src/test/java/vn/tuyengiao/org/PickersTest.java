package vn.tuyengiao.org;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.UserService;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, defect 4: units and members are picked by name (diacritics not needed) from
 * the user's scope, and forms submit ids instead of typed codes.
 */
@IntegrationTest
class PickersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgService orgChanges;

	@Autowired
	Fixture.Data fx;

	@Autowired
	UserService users;

	@Test
	void unitsArePickedByPartOfTheirNameWithoutDiacriticsAndNamedUnambiguously() throws Exception {
		MergedCommune bm = MergedCommune.build(this.orgChanges, this.fx.province(), "T.PK");
		this.users.create(Scope.system(), new UserService.NewUser("canbo.binhminh", "Cán bộ xã Bình Minh", Role.OFFICER,
				bm.commune(), Fixture.PASSWORD, false));

		String found = json("/units/pick?q=cong an xa", "canbo.binhminh");

		assertThat(found).contains("\"id\":" + bm.policeFromBinhMinh(), "Chi bộ Công an xã (xã Bình Minh cũ)",
				"Chi bộ Công an xã (xã Vĩnh Bình Nam cũ)", "Chi bộ Công an xã (xã Vĩnh Thuận cũ)");
		// Closed units (the old communes' own rows) are not offered.
		assertThat(json("/units/pick?q=vinh binh nam", "admin.t")).doesNotContain("Đảng ủy xã Vĩnh Bình Nam\"");
		// Across communes, same-named merged communes: every entry still reads
		// differently.
		java.util.List<String> labels = java.util.regex.Pattern.compile("\"label\":\"([^\"]*)\"")
			.matcher(json("/units/pick?q=chi bo quan su xa", "admin.t"))
			.results()
			.map(m -> m.group(1))
			.toList();
		assertThat(labels).hasSizeGreaterThan(2).doesNotHaveDuplicates().doesNotContain("Chi bộ Quân sự xã");
		assertThat(json("/units/pick?q=vinh loc&cells=true", "canbo.vbb")).contains("Chi bộ ấp Vĩnh Lộc 1");
		assertThat(json("/units/pick?q=VINH LOC", "canbo.vbb")).contains("\"id\":" + this.fx.cellVl1());
		// Issuers of documents and awards: committees, not the cells under them.
		assertThat(json("/units/pick?q=vinh binh bac&committees=true", "canbo.vbb"))
			.contains("\"id\":" + this.fx.communeVbb());
		assertThat(json("/units/pick?q=vinh loc&committees=true", "canbo.vbb")).isEqualTo("[]");
	}

	@Test
	void aPickerOffersNothingOutsideTheUsersScope() throws Exception {
		// Vĩnh Bình Bắc's officer does not see Phong Đông's cell, nor its members.
		assertThat(json("/units/pick?q=cai chanh", "canbo.vbb")).isEqualTo("[]");
		assertThat(json("/units/pick?q=cai chanh", "xem.pd")).contains("Chi bộ ấp Cái Chanh");
		String thang = json("/members/pick?q=van thang", "canbo.vbb");
		assertThat(thang).contains("Nguyễn Văn Thắng", "Chi bộ ấp Vĩnh Lộc 1 · 1970").doesNotContain("Lê Văn Thắng");
		assertThat(json("/members/pick?q=van thang", "xem.pd")).contains("Lê Văn Thắng")
			.doesNotContain("Nguyễn Văn Thắng");
	}

	@Test
	void formsTakeThePickedIdAndStillAcceptACode() throws Exception {
		String created = this.mvc
			.perform(post("/study").with(user("canbo.vbb"))
				.with(csrf())
				.param("ownerId", String.valueOf(this.fx.communeVbb()))
				.param("title", "Học tập Chỉ thị số 05 năm 2026")
				.param("documentKind", "DIRECTIVE")
				.param("periodFrom", "2026-02-01")
				.param("periodTo", "2026-12-31")
				.param("audiences", "PARTY_MEMBERS"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(created).startsWith("/study/campaigns/");
		// A sibling commune's officer cannot name another commune as owner by its id.
		var refused = this.mvc
			.perform(post("/study").with(user("bithu.cc"))
				.with(csrf())
				.param("ownerId", String.valueOf(this.fx.communeVbb()))
				.param("title", "Không được tạo")
				.param("documentKind", "DIRECTIVE")
				.param("periodFrom", "2026-02-01")
				.param("periodTo", "2026-12-31"))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(403);
		// The form page offers a picker, not a code field.
		String page = this.mvc.perform(get("/study").with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("data-picker", "name=\"ownerId\"", "value=\"Đảng ủy xã Vĩnh Bình Bắc\"")
			.doesNotContain("name=\"ownerCode\"");
	}

	private String json(String url, String username) throws Exception {
		return this.mvc.perform(get(url).with(user(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
