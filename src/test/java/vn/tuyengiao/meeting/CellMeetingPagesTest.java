package vn.tuyengiao.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.UserService;

/**
 * Issue 14, item 1: the cell secretary records the monthly meeting on one page — every
 * member on the cell's roll that day listed present or absent with a reason, the story
 * about Uncle Ho and the lesson drawn, last month's resolution shown to follow up. A
 * story without its lesson cannot be completed; a person not on the roll that day is
 * refused by name; the secretary of the sibling cell sees nothing.
 */
@IntegrationTest
class CellMeetingPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgService org;

	@Autowired
	MemberService members;

	@Autowired
	UserService users;

	@Autowired
	MeetingService meetings;

	MeetingWorld w;

	@BeforeEach
	void world() {
		this.w = MeetingWorld.build(this.org, this.members, this.users);
	}

	private MockHttpServletRequestBuilder monthly(String date) {
		return post("/meetings/cells/{id}", this.w.cell()).with(csrf())
			.param("heldOn", date)
			.param("kind", "REGULAR")
			.param("rollIds", id(this.w.thang()), id(this.w.hoa()), id(this.w.ut()))
			.param("present", id(this.w.thang()))
			.param("reason-" + this.w.hoa(), "Ốm, nằm viện")
			.param("chairId", id(this.w.thang()))
			.param("content", "Thông tin thời sự; triển khai thu hoạch lúa vụ Thu Đông")
			.param("resolution", "Vận động 100% hộ đảng viên tham gia ngày chủ nhật xanh")
			.param("storyTitle", "Chiếc đồng hồ");
	}

	@Test
	void theSecretaryRecordsAMonthlyMeetingWithTheStoryAndTheLessonDrawn() throws Exception {
		String page = page(get("/meetings/cells/{id}/new", this.w.cell()).param("kind", "REGULAR"), this.w.secretary());
		// Everyone on the roll today is listed; the away member is marked, not expected.
		assertThat(page).contains("Nguyễn Văn Thắng", "Trần Thị Hòa", "Phạm Văn Út", "Phan Đức Mười", "Đi làm ăn xa")
			.doesNotContain("Huỳnh Thị Lan");

		this.mvc
			.perform(monthly("05/03/2026").param("action", "complete")
				.param("lesson", "Mỗi đảng viên làm tốt phần việc được giao, không so bì việc to việc nhỏ")
				.with(user(this.w.secretary())))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "Đã hoàn thành biên bản sinh hoạt ngày 05/03/2026: có mặt 1/2."));
		CellMeeting m = this.meetings.meetings(Scope.system(), this.w.cell()).get(0);
		assertThat(m.isCompleted()).isTrue();
		assertThat(m.getExpectedCount()).as("the away member is not expected").isEqualTo(2);
		assertThat(this.meetings.attendance(Scope.system(), m.getId()).get(this.w.hoa()).absenceReason())
			.isEqualTo("Ốm, nằm viện");

		// The cell's list, where /meetings takes the secretary.
		this.mvc.perform(get("/meetings").with(user(this.w.secretary())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/meetings/cells/" + this.w.cell()));
		assertThat(page(get("/meetings/cells/{id}", this.w.cell()), this.w.secretary())).contains("05/03/2026")
			.contains("Có kể chuyện, có bài học")
			.contains("Có mặt 1/2");
		// The commune's roll-up names both cells and says the sentence.
		String rollup = page(get("/meetings").param("unit", id(this.w.commune()))
			.param("from", "01/01/2026")
			.param("to", "30/06/2026"), this.w.officer());
		assertThat(rollup).contains("Chi bộ ấp Vĩnh Phong", "Chi bộ ấp Vĩnh Lợi", "1/2 (50,00%)")
			.contains("Một số chi bộ trực thuộc thực hiện kể mẫu chuyện về Bác")
			.doesNotContainPattern(">[^<]*\\d{4}-\\d{2}-\\d{2}")
			// the cells without a thematic meeting each quarter, by name, linked
			.containsPattern("id=\"lagging\">\\s*<li><a href=\"/meetings/cells/\\d+\">Chi bộ ấp Vĩnh (Lợi|Phong)</a>:");
		this.mvc.perform(get("/meetings.xlsx").param("unit", id(this.w.commune())).with(user(this.w.officer())))
			.andExpect(status().isOk());

		// Next month the form shows the resolution to follow up.
		String next = page(get("/meetings/cells/{id}/new", this.w.cell()).param("date", "02/04/2026"),
				this.w.secretary());
		assertThat(next).contains("Nghị quyết kỳ trước (ngày 05/03/2026)")
			.contains("Vận động 100% hộ đảng viên tham gia ngày chủ nhật xanh");
	}

	@Test
	void aStoryToldWithoutTheLessonDrawnCannotBeCompletedButCanBeKeptAsADraft() throws Exception {
		String page = page(monthly("06/03/2026").param("action", "complete"), this.w.secretary());
		assertThat(error(page)).contains("Bài học rút ra")
			.contains("đã kể chuyện \"Chiếc đồng hồ\" nhưng chưa ghi bài học rút ra");
		assertThat(this.meetings.meetings(Scope.system(), this.w.cell())).as("nothing written").isEmpty();
		// What the secretary typed is still on the form.
		assertThat(page).contains("Chiếc đồng hồ").contains("Ốm, nằm viện");

		this.mvc.perform(monthly("06/03/2026").param("action", "draft").with(user(this.w.secretary())))
			.andExpect(status().is3xxRedirection());
		CellMeeting draft = this.meetings.meetings(Scope.system(), this.w.cell()).get(0);
		assertThat(draft.isCompleted()).isFalse();
		String saved = page(get("/meetings/{id}", draft.getId()), this.w.secretary());
		assertThat(saved).contains("Bản nháp").contains("Kể chuyện về Bác và rút ra bài học vận dụng");
	}

	@Test
	void aPersonNotOnTheCellsRollThatDayIsRefusedByNameAndNothingIsWritten() throws Exception {
		// Phan Đức Mười came onto the roll on 03/08/2026; Huỳnh Thị Lan is in the sibling
		// cell.
		String page = page(
				monthly("05/03/2026").param("action", "draft").param("present", id(this.w.muoi()), id(this.w.lan())),
				this.w.secretary());
		assertThat(error(page)).contains("Phan Đức Mười")
			.contains("Huỳnh Thị Lan")
			.contains("Chi bộ ấp Vĩnh Phong ngày 05/03/2026")
			.contains("Không dòng nào được ghi");
		assertThat(this.meetings.meetings(Scope.system(), this.w.cell())).isEmpty();

		// A minutes secretary from another cell is refused too.
		String secretary = page(monthly("05/09/2026").param("action", "draft").param("secretaryId", id(this.w.lan())),
				this.w.secretary());
		assertThat(error(secretary)).startsWith("Thư ký: Huỳnh Thị Lan không có tên trong danh sách");
		assertThat(this.meetings.meetings(Scope.system(), this.w.cell())).isEmpty();
	}

	@Test
	void theSiblingCellsSecretaryAndTheViewerCannotSeeOrWrite() throws Exception {
		this.mvc.perform(monthly("05/03/2026").param("action", "draft").with(user(this.w.secretary())));
		long id = this.meetings.meetings(Scope.system(), this.w.cell()).get(0).getId();
		this.mvc.perform(get("/meetings/cells/{id}", this.w.cell()).with(user(this.w.siblingSecretary())))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("Trần Thị Hòa"))));
		this.mvc.perform(get("/meetings/{id}", id).with(user(this.w.siblingSecretary())))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("Chiếc đồng hồ"))));
		this.mvc.perform(monthly("07/03/2026").param("action", "draft").with(user(this.w.siblingSecretary())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/meetings/cells/{id}/pick", this.w.cell()).param("q", "hoa")
				.with(user(this.w.siblingSecretary())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/meetings/cells/{id}/meetings.xlsx", this.w.cell()).with(user(this.w.siblingSecretary())))
			.andExpect(status().isForbidden());
		// The viewer of the commune reads, without any write control.
		String viewed = page(get("/meetings/{id}", id), this.w.viewer());
		assertThat(viewed).doesNotContain("id=\"complete\"").doesNotContain("id=\"save-draft\"");
		this.mvc.perform(monthly("07/03/2026").param("action", "draft").with(user(this.w.viewer())))
			.andExpect(status().isForbidden());
		assertThat(this.meetings.meetings(Scope.system(), this.w.cell())).hasSize(1);
	}

	@Test
	void theCommuneGradesACompletedMeetingAndTheSecretaryMayNot() throws Exception {
		this.mvc.perform(monthly("05/03/2026").param("action", "complete")
			.param("lesson", "Làm việc gì cũng đúng giờ, đúng hẹn")
			.with(user(this.w.secretary())));
		CellMeeting m = this.meetings.meetings(Scope.system(), this.w.cell()).get(0);
		this.mvc
			.perform(post("/meetings/{id}/grade", m.getId()).with(csrf())
				.param("grade", "FAIR")
				.param("version", String.valueOf(m.getVersion()))
				.with(user(this.w.secretary())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/meetings/{id}/grade", m.getId()).with(csrf())
				.param("grade", "FAIR")
				.param("note", "Chưa kiểm điểm nghị quyết kỳ trước")
				.param("version", String.valueOf(m.getVersion()))
				.with(user(this.w.officer())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.meetings.get(Scope.system(), m.getId()).getGrade()).isEqualTo(MeetingGrade.FAIR);
		// A second officer's page loaded before: refused as stale.
		String stale = page(post("/meetings/{id}/grade", m.getId()).with(csrf())
			.param("grade", "GOOD")
			.param("version", String.valueOf(m.getVersion())), this.w.officer(), true);
		assertThat(stale).isNotNull();
		assertThat(this.meetings.get(Scope.system(), m.getId()).getGrade()).isEqualTo(MeetingGrade.FAIR);
	}

	static String id(long id) {
		return String.valueOf(id);
	}

	private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
		return page(request, username, false);
	}

	private String page(MockHttpServletRequestBuilder request, String username, boolean redirectOk) throws Exception {
		var result = this.mvc.perform(request.with(user(username)));
		if (redirectOk) {
			return result.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		}
		var r = result.andReturn();
		assertThat(r.getResponse().getStatus()).as("status; resolved: " + r.getResolvedException()).isEqualTo(200);
		return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static String error(String page) {
		Matcher m = Pattern.compile("id=\"error-message\"[^>]*>([^<]*)<").matcher(page);
		assertThat(m.find()).as("error message shown").isTrue();
		return m.group(1).replace("&quot;", "\"");
	}

}
