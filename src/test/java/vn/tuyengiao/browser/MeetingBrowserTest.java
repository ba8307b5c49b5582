package vn.tuyengiao.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.meeting.MeetingService;
import vn.tuyengiao.member.Gender;
import vn.tuyengiao.member.MemberData;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.member.MemberStatus;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.support.BrowserIntegrationTest;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.UserService;

/**
 * Issue 14, acceptance: on a phone, the cell secretary records this month's meeting with
 * the story about Uncle Ho and the lesson drawn in well under a minute of taps — "Tất cả
 * có mặt", untick the one absent and write why, the story, the lesson, "Hoàn thành". A
 * story without its lesson is refused first, and what was typed stays on the page.
 */
@BrowserIntegrationTest
class MeetingBrowserTest extends BrowserSupport {

	@Autowired
	OrgService org;

	@Autowired
	MemberService members;

	@Autowired
	UserService users;

	@Autowired
	MeetingService meetings;

	@Test
	void theSecretaryRecordsAMonthlyMeetingWithTheStoryAndTheLessonOnAPhone() {
		Scope system = Scope.system();
		String n = uniqueLetters(6).toUpperCase();
		LocalDate from = LocalDate.of(2025, 7, 1);
		OrgUnit province = this.org.create(system, new NewUnit(null, OrgUnitKind.PROVINCIAL_COMMITTEE,
				"Tỉnh ủy Vĩnh Long " + n, n, "TU", LocalDate.of(2015, 1, 1)));
		OrgUnit commune = this.org.create(system, new NewUnit(province.getId(), OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy xã Cầu Ngang", n + ".CN", "ĐU", from));
		OrgUnit cell = this.org.create(system,
				new NewUnit(commune.getId(), OrgUnitKind.CELL, "Chi bộ ấp Mỹ Cẩm", n + ".CN.MC", "CB", from));
		member("Lê Văn Thắng", "Bí thư chi bộ", MemberStatus.ACTIVE, cell, n + "-1");
		member("Nguyễn Thị Quý", "Chi hội trưởng Phụ nữ", MemberStatus.ACTIVE, cell, n + "-2");
		member("Võ Văn Tám", "Đảng viên", MemberStatus.AWAY, cell, n + "-3");
		String secretary = "bithu." + n.toLowerCase();
		this.users.create(system, new UserService.NewUser(secretary, secretary, Role.CELL_SECRETARY, cell.getId(),
				Fixture.PASSWORD, false));

		usePhone();
		login(secretary);
		long started = System.nanoTime();
		this.page.navigate("/meetings");
		this.page.locator("#new-regular").tap();
		this.page.locator("#all-present").tap();
		assertThat(row("Lê Văn Thắng").locator("input[name=present]")).isChecked();
		assertThat(row("Nguyễn Thị Quý").locator("input[name=present]")).isChecked();
		assertThat(row("Võ Văn Tám").locator("input[name=present]")).not().isChecked();
		row("Nguyễn Thị Quý").getByText("Nguyễn Thị Quý").tap();
		row("Nguyễn Thị Quý").locator(".absence-reason").fill("Ốm, nằm viện");
		this.page.locator("#content").fill("Thông tin thời sự; triển khai thu hoạch lúa vụ Thu Đông");
		this.page.locator("#resolution").fill("Vận động 100% hộ đảng viên tham gia ngày chủ nhật xanh");
		this.page.locator("#storyTitle").fill("Chiếc đồng hồ");
		this.page.locator("#complete").tap();
		// Refused: the lesson is missing; the ticks and texts are still there.
		assertThat(this.page.locator("#error-message")).containsText("Bài học rút ra");
		assertThat(row("Nguyễn Thị Quý").locator(".absence-reason")).hasValue("Ốm, nằm viện");
		assertThat(row("Lê Văn Thắng").locator("input[name=present]")).isChecked();
		this.page.locator("#lesson")
			.fill("Mỗi đảng viên làm tốt phần việc được phân công, không so bì việc to việc nhỏ.");
		this.page.locator("#complete").tap();
		String today = this.meetings.today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		assertThat(this.page.locator("#flash"))
			.hasText("Đã hoàn thành biên bản sinh hoạt ngày " + today + ": có mặt 1/2.");
		long seconds = (System.nanoTime() - started) / 1_000_000_000L;
		assertTrue(seconds < 60, "took " + seconds + " s");
		assertThat(this.page.locator("#meeting-status")).hasText("Đã hoàn thành");
		assertThat(this.page.locator("#checklist-hints [data-step=STORY]"))
			.hasClass(java.util.regex.Pattern.compile("text-success"));
		assertNoHorizontalScroll();
		screenshot("completed");
		assertTrue(this.meetings.meetings(system, cell.getId()).get(0).getLesson() != null);
	}

	private void member(String name, String position, MemberStatus status, OrgUnit cell, String card) {
		this.members.create(Scope.system(),
				new MemberData(name, name.contains("Thị") ? Gender.FEMALE : Gender.MALE, LocalDate.of(1970, 3, 2), card,
						LocalDate.of(2001, 5, 19), null, null, cell.getId(), position, null, status,
						LocalDate.of(2020, 1, 1), false));
	}

	private Locator row(String name) {
		return this.page.locator("#attendance li").filter(new Locator.FilterOptions().setHasText(name));
	}

}
