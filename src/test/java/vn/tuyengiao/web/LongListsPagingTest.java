package vn.tuyengiao.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.commitment.CommitmentCampaign;
import vn.tuyengiao.commitment.CommitmentKind;
import vn.tuyengiao.commitment.CommitmentService;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.Gender;
import vn.tuyengiao.member.MemberData;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.member.MemberStatus;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.study.Audience;
import vn.tuyengiao.study.DocumentKind;
import vn.tuyengiao.study.SessionFormat;
import vn.tuyengiao.study.StudyCampaign;
import vn.tuyengiao.study.StudyService;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, defect 5 — the lists that still stopped or ran on: the tree's search stopped
 * at 20 units, a campaign's classes and a big cell's members were one endless list. Each
 * now pages, and every row is reachable.
 */
@IntegrationTest
class LongListsPagingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgService org;

	@Autowired
	MemberService members;

	@Autowired
	StudyService study;

	@Autowired
	CommitmentService commitments;

	@Autowired
	Fixture.Data fx;

	@Test
	void theTreeSearchShowsTwentyAndLoadsTheRestOnDemand() throws Exception {
		OrgUnit commune = commune("T.RS", "Đảng ủy xã Rạch Sỏi");
		for (int i = 1; i <= 25; i++) {
			cell(commune, "Chi bộ ấp Rạch Sỏi " + i, "T.RS.A" + i);
		}
		String first = page("/units/search?q=rach soi", "canbo.tinh.t");
		// The commune itself and 25 cells match: 20, then 6.
		assertThat(count(first, "href=\"/units/\\d+\"")).isEqualTo(20);
		assertThat(first).contains("Xem thêm kết quả", "page=1");
		String second = page("/units/search?q=rach soi&page=1", "canbo.tinh.t");
		assertThat(count(second, "href=\"/units/\\d+\"")).isEqualTo(6);
		assertThat(second).doesNotContain("Xem thêm kết quả");
		// A commune officer elsewhere finds none of them.
		assertThat(count(page("/units/search?q=rach soi", "canbo.vbb"), "href=\"/units/\\d+\"")).isZero();
	}

	@Test
	void aCampaignsClassesArePagedFiftyAPage() throws Exception {
		StudyCampaign c = this.study.createCampaign(Scope.system(),
				new StudyService.NewCampaign(this.fx.province(), "Học tập chuyên đề năm 2026 (55 lớp)",
						DocumentKind.THEMATIC_TOPIC, "Kế hoạch số 30-KH/TU", LocalDate.of(2026, 1, 1),
						LocalDate.of(2026, 12, 31), null, EnumSet.of(Audience.PARTY_MEMBERS), false));
		for (int i = 1; i <= 55; i++) {
			this.study.createSession(Scope.system(),
					new StudyService.NewSession(c.getId(), this.fx.communeVbb(), "Lớp học chuyên đề đợt " + i,
							SessionFormat.IN_PERSON, null, LocalDate.of(2026, 3, 1).plusDays(i), "Hội trường xã",
							"Bí thư Đảng ủy", EnumSet.of(Audience.PARTY_MEMBERS), false));
		}
		String first = page("/study/campaigns/" + c.getId(), "canbo.tinh.t");
		assertThat(count(first, "href=\"/study/sessions/\\d+\"")).isEqualTo(50);
		assertThat(first).contains("pager-next");
		String second = page("/study/campaigns/" + c.getId() + "?page=1", "canbo.tinh.t");
		assertThat(count(second, "href=\"/study/sessions/\\d+\"")).isEqualTo(5);
	}

	@Test
	void aBigCellsMembersArePagedOnTheCommitmentCampaign() throws Exception {
		OrgUnit commune = commune("T.KCN", "Đảng ủy xã Khánh Bình");
		OrgUnit cell = cell(commune, "Chi bộ Công ty Cổ phần Thủy sản Khánh Bình", "T.KCN.TS");
		String[] middle = { "Văn", "Thị", "Minh", "Hữu", "Thanh" };
		String[] given = { "An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Lộc", "Nam", "Phúc", "Tâm", "Vinh" };
		for (int i = 1; i <= 55; i++) {
			this.members.create(Scope.system(),
					new MemberData("Trương " + middle[(i - 1) / 11] + " " + given[(i - 1) % 11], Gender.MALE,
							LocalDate.of(1985, 1, 1), "9381" + (1000 + i), LocalDate.of(2010, 5, 19),
							LocalDate.of(2011, 5, 19), null, cell.getId(), "Đảng viên", null, MemberStatus.ACTIVE,
							LocalDate.of(2020, 1, 1), false));
		}
		CommitmentCampaign c = this.commitments.createCampaign(Scope.system(),
				new CommitmentService.NewCampaign(commune.getId(), 2052, CommitmentKind.YEARLY_COMMITMENT, null,
						LocalDate.of(2052, 1, 10), LocalDate.of(2052, 3, 31), false, true, null));
		String first = page("/commitments/campaigns/" + c.id() + "?unit=" + cell.getId(), "canbo.tinh.t");
		assertThat(count(first, "data-member=\"\\d+\"")).isEqualTo(50);
		String second = page("/commitments/campaigns/" + c.id() + "?unit=" + cell.getId() + "&page=1", "canbo.tinh.t");
		assertThat(count(second, "data-member=\"\\d+\"")).isEqualTo(5);
	}

	private OrgUnit commune(String code, String name) {
		return this.org.create(Scope.system(), new NewUnit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE, name,
				code, "ĐU", LocalDate.of(2020, 1, 1)));
	}

	private OrgUnit cell(OrgUnit commune, String name, String code) {
		return this.org.create(Scope.system(),
				new NewUnit(commune.getId(), OrgUnitKind.CELL, name, code, "CB", LocalDate.of(2020, 1, 1)));
	}

	private static int count(String html, String regex) {
		Matcher m = Pattern.compile(regex).matcher(html);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	private String page(String url, String username) throws Exception {
		return this.mvc.perform(get(url).with(user(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
