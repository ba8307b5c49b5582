package vn.tuyengiao.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;

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
import vn.tuyengiao.study.StudySession;
import vn.tuyengiao.support.BrowserIntegrationTest;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.UserService;

/**
 * Issue 12, defect 1 in a real browser on a phone: "Chọn tất cả" then "Lưu điểm danh" is
 * no longer refused because of a member who was not on the roll on the class date — he is
 * greyed with the reason and skipped; and a save refused all the same (a page opened
 * before his record changed) names him and keeps the other ticks. The cell lives in a
 * province of its own, so the fixture's counts stay as the other browser tests expect
 * them.
 */
@BrowserIntegrationTest
class ChecklistBrowserTest extends BrowserSupport {

	@Autowired
	OrgService org;

	@Autowired
	MemberService members;

	@Autowired
	UserService users;

	@Autowired
	StudyService study;

	@Test
	void checkAllSkipsAMemberNotOnTheRollAndARefusedSaveKeepsTheTicks() {
		Scope system = Scope.system();
		String n = uniqueLetters(6).toUpperCase();
		LocalDate from = LocalDate.of(2025, 7, 1);
		OrgUnit province = this.org.create(system, new NewUnit(null, OrgUnitKind.PROVINCIAL_COMMITTEE,
				"Tỉnh ủy Bạc Liêu " + n, n, "TU", LocalDate.of(2015, 1, 1)));
		OrgUnit commune = this.org.create(system, new NewUnit(province.getId(), OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy xã Vĩnh Thuận", n + ".VT", "ĐU", from));
		OrgUnit cell = this.org.create(system,
				new NewUnit(commune.getId(), OrgUnitKind.CELL, "Chi bộ ấp Vĩnh Phong", n + ".VT.VP", "CB", from));
		long muoi = member("Phan Đức Mười", LocalDate.of(2025, 4, 10), LocalDate.of(2026, 8, 3), cell, n + "-1");
		member("Nguyễn Thị Thu", LocalDate.of(2001, 5, 19), null, cell, n + "-2");
		member("Lê Văn Hậu", LocalDate.of(2010, 9, 2), null, cell, n + "-3");
		StudyCampaign c = this.study.createCampaign(system,
				new StudyService.NewCampaign(commune.getId(), "Học tập chuyên đề năm 2026 " + n,
						DocumentKind.THEMATIC_TOPIC, "Kế hoạch số 05-KH/ĐU", LocalDate.of(2026, 1, 1),
						LocalDate.of(2026, 12, 31), null, EnumSet.of(Audience.PARTY_MEMBERS), false));
		StudySession s = this.study.createSession(system,
				new StudyService.NewSession(c.getId(), commune.getId(), "Hội nghị học tập chuyên đề " + n,
						SessionFormat.IN_PERSON, null, LocalDate.of(2026, 3, 10), "Hội trường xã", "Bí thư Đảng ủy",
						EnumSet.of(Audience.PARTY_MEMBERS), false));
		String secretary = "bithu." + n.toLowerCase();
		this.users.create(system, new UserService.NewUser(secretary, secretary, Role.CELL_SECRETARY, cell.getId(),
				Fixture.PASSWORD, false));

		usePhone();
		login(secretary);
		this.page.navigate("/study/sessions/" + s.getId() + "/cells/" + cell.getId());
		Locator muoiRow = row("Phan Đức Mười");
		Locator muoiBox = muoiRow.locator("input[name=present]");
		// Greyed, with the reason, and no box to tick.
		assertThat(muoiRow).hasClass(java.util.regex.Pattern.compile("not-on-roll"));
		assertThat(muoiRow.locator(".not-on-roll-reason")).hasText("chuyển sinh hoạt từ 03/08/2026");
		assertThat(muoiBox).isDisabled();
		screenshot("greyed");

		this.page.locator("#check-all").tap();
		assertThat(row("Nguyễn Thị Thu").locator("input[name=present]")).isChecked();
		assertThat(row("Lê Văn Hậu").locator("input[name=present]")).isChecked();
		assertThat(muoiBox).not().isChecked();
		this.page.locator("#checklist-save").tap();
		assertThat(this.page.locator("#flash")).hasText("Đã lưu điểm danh: 2 đảng viên tham dự.");
		assertThat(row("Nguyễn Thị Thu").locator("input[name=present]")).isChecked();
		assertThat(muoiBox).not().isChecked();
		assertNoHorizontalScroll();

		// A page opened before his record was corrected still offered his box: the save
		// is
		// refused, names him with the date as dd/mm/yyyy, and keeps the user's ticks.
		muoiBox.evaluate("box => box.disabled = false");
		row("Lê Văn Hậu").getByText("Lê Văn Hậu").tap();
		muoiBox.check();
		this.page.locator("#checklist-save").tap();
		Locator error = this.page.locator("#error-message");
		assertThat(error).containsText("Phan Đức Mười (chuyển sinh hoạt từ 03/08/2026)");
		assertThat(error).containsText("ngày học 10/03/2026");
		assertThat(error).not().containsText("2026-");
		assertThat(row("Nguyễn Thị Thu").locator("input[name=present]")).isChecked();
		assertThat(row("Lê Văn Hậu").locator("input[name=present]")).not().isChecked();
		assertThat(muoiBox).isDisabled();
		assertThat(muoiBox).not().isChecked();
		screenshot("refused");

		// Nothing was written: the saved checklist still has the two.
		this.page.navigate("/study/sessions/" + s.getId() + "/cells/" + cell.getId());
		assertThat(row("Lê Văn Hậu").locator("input[name=present]")).isChecked();
		assertThat(row("Nguyễn Thị Thu").locator("input[name=present]")).isChecked();
		assertThat(this.page.locator("li[data-member='" + muoi + "'] input")).not().isChecked();
	}

	private long member(String name, LocalDate joined, LocalDate onRollSince, OrgUnit cell, String card) {
		return this.members.create(Scope.system(),
				new MemberData(name, name.contains("Thị") ? Gender.FEMALE : Gender.MALE, LocalDate.of(1980, 3, 2), card,
						joined, null, null, cell.getId(), "Đảng viên", null, MemberStatus.ACTIVE, onRollSince, false))
			.getId();
	}

	private Locator row(String name) {
		return this.page.locator(".checklist li").filter(new Locator.FilterOptions().setHasText(name));
	}

}
