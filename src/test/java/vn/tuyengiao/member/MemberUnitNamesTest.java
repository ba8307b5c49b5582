package vn.tuyengiao.member;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.MergedCommune;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, defect 3: the members list of a merged commune tells apart members of its
 * three "Chi bộ Công an xã", and the member picker shows the cell the same way.
 */
@IntegrationTest
class MemberUnitNamesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgService org;

	@Autowired
	MemberService members;

	@Autowired
	Fixture.Data fx;

	@Test
	void membersOfSameNamedCellsAreListedWithTheirCellsToldApart() throws Exception {
		MergedCommune bm = MergedCommune.build(this.org, this.fx.province(), "T.MN");
		member("Đặng Văn Khởi", "93790001", bm.policeFromBinhMinh());
		member("Đặng Văn Khải", "93790002", bm.policeFromVinhThuan());

		String list = page("/members?unit=" + bm.commune());
		String picked = page("/members/pick?q=dang van kh");

		for (String p : new String[] { list, picked }) {
			assertThat(p).contains("Chi bộ Công an xã (xã Bình Minh cũ)", "Chi bộ Công an xã (xã Vĩnh Thuận cũ)");
		}
		assertThat(picked).contains("Chi bộ Công an xã (xã Vĩnh Thuận cũ) · 1968");
	}

	private void member(String name, String card, long cell) {
		this.members.create(Scope.system(),
				new MemberData(name, Gender.MALE, LocalDate.of(1968, 3, 2), card, LocalDate.of(1990, 9, 2),
						LocalDate.of(1991, 9, 2), null, cell, "Đảng viên", null, MemberStatus.ACTIVE,
						LocalDate.of(2026, 1, 1), false));
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url).with(user("admin.t")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
