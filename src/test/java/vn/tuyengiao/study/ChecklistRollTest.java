package vn.tuyengiao.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.Gender;
import vn.tuyengiao.member.MemberData;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.member.MemberStatus;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.UserService;

/**
 * Issue 12, defect 1: a member who was not on the cell's roll on the class date (he
 * transferred in later, or joined the Party later) is shown greyed with the reason and
 * cannot be ticked; a save that names such a member is refused as a whole, names every
 * refused row with dd/mm/yyyy dates and keeps the user's ticks.
 */
@IntegrationTest
class ChecklistRollTest {

	private static final AtomicInteger RUN = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgService org;

	@Autowired
	MemberService members;

	@Autowired
	UserService users;

	@Autowired
	StudyService study;

	@Autowired
	StudyRollup rollup;

	/** A commune of its own with two cells, so no other test's counts move. */
	record Setup(long commune, long cell, long siblingCell, long muoi, long thu, long tai, StudySession session,
			String secretary, String siblingSecretary) {
	}

	private Setup setup() {
		Scope system = Scope.system();
		String n = "CR" + RUN.incrementAndGet() + System.nanoTime() % 100000;
		LocalDate from = LocalDate.of(2025, 7, 1);
		OrgUnit province = this.org.create(system, new NewUnit(null, OrgUnitKind.PROVINCIAL_COMMITTEE,
				"Tỉnh ủy Cà Mau " + n, n, "TU", LocalDate.of(2015, 1, 1)));
		OrgUnit commune = this.org.create(system, new NewUnit(province.getId(), OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy xã Tân Thành", n + ".TT", "ĐU", from));
		OrgUnit cell = this.org.create(system,
				new NewUnit(commune.getId(), OrgUnitKind.CELL, "Chi bộ ấp Tân Hòa", n + ".TT.TH", "CB", from));
		OrgUnit sibling = this.org.create(system,
				new NewUnit(commune.getId(), OrgUnitKind.CELL, "Chi bộ ấp Tân Lợi", n + ".TT.TL", "CB", from));
		// Joined 10/04/2025, on this cell's roll only from 03/08/2026 (transferred in).
		long muoi = member("Phan Đức Mười", LocalDate.of(2025, 4, 10), LocalDate.of(2026, 8, 3), cell, n + "1");
		long thu = member("Nguyễn Thị Thu", LocalDate.of(2001, 5, 19), null, cell, n + "2");
		long tai = member("Lâm Văn Tài", LocalDate.of(2026, 5, 1), null, cell, n + "3");
		StudyCampaign c = this.study.createCampaign(system,
				new StudyService.NewCampaign(commune.getId(), "Học tập chuyên đề năm 2026 " + n,
						DocumentKind.THEMATIC_TOPIC, "Kế hoạch số 05-KH/ĐU", LocalDate.of(2026, 1, 1),
						LocalDate.of(2026, 12, 31), null, EnumSet.of(Audience.PARTY_MEMBERS), false));
		StudySession s = this.study.createSession(system,
				new StudyService.NewSession(c.getId(), commune.getId(), "Hội nghị học tập chuyên đề " + n,
						SessionFormat.IN_PERSON, null, LocalDate.of(2026, 3, 10), "Hội trường xã", "Bí thư Đảng ủy",
						EnumSet.of(Audience.PARTY_MEMBERS), false));
		String secretary = "bithu." + n.toLowerCase();
		String siblingSecretary = "bithu.tl." + n.toLowerCase();
		this.users.create(system, new UserService.NewUser(secretary, "Trần Văn Bảy", Role.CELL_SECRETARY, cell.getId(),
				"MatKhau2026", false));
		this.users.create(system, new UserService.NewUser(siblingSecretary, "Võ Thị Sáu", Role.CELL_SECRETARY,
				sibling.getId(), "MatKhau2026", false));
		return new Setup(commune.getId(), cell.getId(), sibling.getId(), muoi, thu, tai, s, secretary,
				siblingSecretary);
	}

	private long member(String name, LocalDate joined, LocalDate onRollSince, OrgUnit cell, String card) {
		return this.members
			.create(Scope.system(),
					new MemberData(name, name.contains("Thị") ? Gender.FEMALE : Gender.MALE, LocalDate.of(1980, 3, 2),
							"CR-" + card, joined, null, null, cell.getId(), "Đảng viên", null, MemberStatus.ACTIVE,
							onRollSince, false))
			.getId();
	}

	@Test
	void aMemberNotOnTheRollOnTheClassDateIsGreyedWithTheReasonAndCannotBeTicked() throws Exception {
		Setup x = setup();
		String page = page(get("/study/sessions/{id}/cells/{cell}", x.session().getId(), x.cell()), x.secretary());

		Row muoi = row(page, x.muoi());
		assertThat(muoi.greyed()).isTrue();
		assertThat(muoi.disabled()).isTrue();
		assertThat(muoi.reason()).isEqualTo("chuyển sinh hoạt từ 03/08/2026");
		Row tai = row(page, x.tai());
		assertThat(tai.disabled()).isTrue();
		assertThat(tai.reason()).isEqualTo("vào Đảng ngày 01/05/2026");
		Row thu = row(page, x.thu());
		assertThat(thu.greyed()).isFalse();
		assertThat(thu.disabled()).isFalse();
		assertThat(thu.reason()).isNull();
		assertThat(page).doesNotContainPattern(">[^<]*\\d{4}-\\d{2}-\\d{2}");
	}

	@Test
	void aRefusedSaveNamesEveryRefusedRowAndKeepsTheTicks() throws Exception {
		Setup x = setup();
		String page = page(post("/study/sessions/{id}/cells/{cell}", x.session().getId(), x.cell()).with(csrf())
			.param("present", String.valueOf(x.thu()))
			.param("present", String.valueOf(x.muoi()))
			.param("present", String.valueOf(x.tai())), x.secretary());

		Matcher m = Pattern.compile("id=\"error-message\"[^>]*>([^<]*)<").matcher(page);
		assertThat(m.find()).as("error message shown").isTrue();
		String error = m.group(1);
		assertThat(error).contains("Phan Đức Mười (chuyển sinh hoạt từ 03/08/2026)")
			.contains("Lâm Văn Tài (vào Đảng ngày 01/05/2026)")
			.contains("ngày học 10/03/2026")
			.contains("không dòng nào được ghi")
			.doesNotContain("Nguyễn Thị Thu")
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
		// The user's tick on the member who may be ticked is still there.
		assertThat(row(page, x.thu()).checked()).isTrue();
		assertThat(row(page, x.muoi()).checked()).isFalse();
		assertThat(this.rollup.rollup(Scope.system(), x.session().getCampaignId(), x.cell(), LocalDate.of(2026, 3, 31))
			.members()
			.attended()).isZero();

		// Without them the save goes through.
		this.mvc
			.perform(post("/study/sessions/{id}/cells/{cell}", x.session().getId(), x.cell()).with(csrf())
				.with(user(x.secretary()))
				.param("present", String.valueOf(x.thu())))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "Đã lưu điểm danh: 1 đảng viên tham dự."));
		assertThat(this.rollup.rollup(Scope.system(), x.session().getCampaignId(), x.cell(), LocalDate.of(2026, 3, 31))
			.members()
			.attended()).isEqualTo(1);
	}

	@Test
	void theSecretaryOfASiblingCellCanNeitherSeeNorSaveTheChecklist() throws Exception {
		Setup x = setup();
		this.mvc
			.perform(get("/study/sessions/{id}/cells/{cell}", x.session().getId(), x.cell())
				.with(user(x.siblingSecretary())))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("Nguyễn Thị Thu"))));
		this.mvc
			.perform(post("/study/sessions/{id}/cells/{cell}", x.session().getId(), x.cell()).with(csrf())
				.with(user(x.siblingSecretary()))
				.param("present", String.valueOf(x.thu())))
			.andExpect(status().isForbidden());
		// The same through the API.
		this.mvc
			.perform(post("/api/v1/study/sessions/{id}/attendance", x.session().getId()).with(csrf())
				.with(user(x.siblingSecretary()))
				.contentType("application/json")
				.content("{\"memberIds\":[" + x.thu() + "]}"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(matchesPattern("(?s).*\"status\"\\s*:\\s*403.*")));
		assertThat(this.rollup.rollup(Scope.system(), x.session().getCampaignId(), x.cell(), LocalDate.of(2026, 3, 31))
			.members()
			.attended()).isZero();
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String username) throws Exception {
		return this.mvc.perform(request.with(user(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** One checklist row as rendered: its item tag and content. */
	record Row(String tag, String body) {

		boolean greyed() {
			return this.tag.contains("not-on-roll");
		}

		boolean disabled() {
			return input().contains("disabled");
		}

		boolean checked() {
			return input().contains("checked");
		}

		String input() {
			Matcher m = Pattern.compile("<input[^>]*name=\"present\"[^>]*>").matcher(this.body);
			assertThat(m.find()).isTrue();
			return m.group();
		}

		String reason() {
			Matcher m = Pattern.compile("not-on-roll-reason\"[^>]*>([^<]*)<").matcher(this.body);
			return m.find() ? m.group(1).strip() : null;
		}

	}

	private static Row row(String page, long memberId) {
		Matcher m = Pattern.compile("(<li[^>]*data-member=\"" + memberId + "\"[^>]*>)(.*?)</li>", Pattern.DOTALL)
			.matcher(page);
		assertThat(m.find()).as("checklist row of member %d", memberId).isTrue();
		return new Row(m.group(1), m.group(2));
	}

}
