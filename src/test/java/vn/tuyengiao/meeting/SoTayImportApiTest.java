package vn.tuyengiao.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.imports.ImportJob;
import vn.tuyengiao.meeting.internal.SoTayImporter;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.UserService;

/**
 * Issue 14, items 2 and 5: meeting records exported from the Sổ tay đảng viên điện tử
 * come in without typing them twice — all or nothing, an unknown member refused with the
 * row named; and the REST API under the same scope rules, listed in /v3/api-docs.
 */
@IntegrationTest
class SoTayImportApiTest {

	private static final String HEADER = "Mã chi bộ,Ngày sinh hoạt,Loại sinh hoạt,Số thẻ đảng viên,Họ và tên,Có mặt,"
			+ "Lý do vắng,Vai trò,Kiểm điểm làm theo Bác,Nội dung sinh hoạt,Nghị quyết,Mẩu chuyện về Bác,Bài học rút ra\n";

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

	@Autowired
	SoTayImporter importer;

	MeetingWorld w;

	@BeforeEach
	void world() {
		this.w = MeetingWorld.build(this.org, this.members, this.users);
	}

	private String cellCode() {
		return this.w.code() + ".VT.VP";
	}

	private ImportJob run(String csv) {
		ImportJob job = new ImportJob("t", this.w.secretary(), "meetings", "so-tay.csv");
		this.importer.run(this.users.scopeOf(this.w.secretary()), "so-tay.csv", csv.getBytes(StandardCharsets.UTF_8),
				job);
		return job;
	}

	private String row(String date, String card, String name, String present, String reason, String role, String rest) {
		return String.join(",", cellCode(), date, "Thường kỳ", card, name, present, reason, role, rest) + "\n";
	}

	@Test
	void aSoTayExportWithAnUnknownMemberIsRefusedWithTheRowNamedAndNothingWritten() {
		String csv = HEADER
				+ row("05/03/2026", this.w.card("01"), "Nguyễn Văn Thắng", "Có", "", "Chủ trì",
						",Thông tin thời sự,Ra quân ngày chủ nhật xanh,Chiếc đồng hồ,Đúng giờ đúng hẹn")
				+ row("05/03/2026", this.w.card("02"), "Trần Thị Hòa", "Vắng", "Ốm", "", ",,,,")
				+ row("05/03/2026", "99999999", "Lê Văn Lạ", "Có", "", "", ",,,,");
		ImportJob job = run(csv);
		assertThat(job.getState()).isEqualTo(ImportJob.State.FAILED);
		assertThat(job.getErrors()).singleElement().satisfies(e -> {
			assertThat(e.row()).isEqualTo(4);
			assertThat(e.column()).isEqualTo("Số thẻ đảng viên");
			assertThat(e.message()).isEqualTo("Không có đảng viên số thẻ \"99999999\" (Lê Văn Lạ).");
		});
		assertThat(this.meetings.meetings(Scope.system(), this.w.cell())).as("nothing written").isEmpty();

		// A member of the sibling cell is refused by name too.
		ImportJob other = run(HEADER + row("05/03/2026", this.w.card("05"), "Huỳnh Thị Lan", "Có", "", "", ",,,,"));
		assertThat(other.getErrors()).singleElement()
			.satisfies(e -> assertThat(e.message()).contains("Huỳnh Thị Lan")
				.contains("không có tên trong danh sách Chi bộ ấp Vĩnh Phong ngày 05/03/2026"));
		assertThat(this.meetings.meetings(Scope.system(), this.w.cell())).isEmpty();
	}

	@Test
	void aSoTayExportIsTakenInAsTheCellsMeetingAndExportedBackInTheSameShape() throws Exception {
		String csv = HEADER
				+ row("05/03/2026", this.w.card("01"), "Nguyễn Văn Thắng", "Có", "", "Chủ trì",
						"Có,Thông tin thời sự,Ra quân ngày chủ nhật xanh,Chiếc đồng hồ,Đúng giờ đúng hẹn")
				+ row("05/03/2026", this.w.card("02"), "Trần Thị Hòa", "Vắng", "\"Ốm, nằm viện\"", "Thư ký", ",,,,")
				+ row("05/03/2026", this.w.card("03"), "Phạm Văn Út", "Vắng", "Đi làm ăn xa", "", ",,,,")
				+ row("02/04/2026", this.w.card("01"), "Nguyễn Văn Thắng", "Có", "", "", ",,,Đôi dép cao su,")
				+ row("02/04/2026", this.w.card("02"), "Trần Thị Hòa", "Có", "", "", ",,,,");
		ImportJob job = run(csv);
		assertThat(job.getErrors()).isEmpty();
		assertThat(job.getState()).isEqualTo(ImportJob.State.DONE);
		var list = this.meetings.meetings(Scope.system(), this.w.cell());
		assertThat(list).hasSize(2);
		CellMeeting april = list.get(0);
		CellMeeting march = list.get(1);
		assertThat(march.isCompleted()).isTrue();
		assertThat(march.getSource()).isEqualTo("SO_TAY");
		assertThat(march.getChairId()).isEqualTo(this.w.thang());
		assertThat(march.getSecretaryId()).isEqualTo(this.w.hoa());
		assertThat(march.getPresentCount()).isEqualTo(1);
		assertThat(march.getExpectedCount()).isEqualTo(2);
		assertThat(this.meetings.attendance(Scope.system(), march.getId()).get(this.w.hoa()).absenceReason())
			.isEqualTo("Ốm, nằm viện");
		assertThat(this.meetings.selfReviews(Scope.system(), march.getId())).containsExactly(this.w.thang());
		assertThat(april.isCompleted()).as("a story without its lesson stays a draft").isFalse();

		byte[] xlsx = this.mvc
			.perform(get("/meetings/cells/{id}/so-tay.xlsx", this.w.cell()).with(user(this.w.secretary())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		var table = vn.tuyengiao.tabular.TabularReader.readAll("so-tay.xlsx", new java.io.ByteArrayInputStream(xlsx),
				10_000_000);
		assertThat(table.headers()).startsWith("Mã chi bộ", "Tên chi bộ", "Ngày sinh hoạt", "Loại sinh hoạt");
		assertThat(table.rows()).hasSize(6);
	}

	@Test
	void theApiRecordsAMeetingUnderTheSameRulesAndRefusesTheSiblingCell() throws Exception {
		String body = """
				{"cellId": %d, "heldOn": "2026-03-05", "kind": "REGULAR", "storyTitle": "Chiếc đồng hồ",
				 "completed": true, "attendance": [{"memberId": %d, "present": true}, {"memberId": %d, "present": false,
				 "absenceReason": "Ốm"}]}""".formatted(this.w.cell(), this.w.thang(), this.w.hoa());
		// Without the lesson: refused, the field named, nothing written.
		this.mvc
			.perform(post("/api/v1/meetings").with(csrf())
				.with(user(this.w.secretary()))
				.contentType("application/json")
				.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Bài học rút ra")));
		assertThat(this.meetings.meetings(Scope.system(), this.w.cell())).isEmpty();
		// The sibling cell's secretary: 403, for writing and reading.
		this.mvc
			.perform(post("/api/v1/meetings").with(csrf())
				.with(user(this.w.siblingSecretary()))
				.contentType("application/json")
				.content(body.replace("\"completed\": true", "\"completed\": false")))
			.andExpect(status().isForbidden());
		String withLesson = body.replace("\"completed\": true", "\"completed\": true, \"lesson\": \"Đúng giờ\"");
		this.mvc
			.perform(post("/api/v1/meetings").with(csrf())
				.with(user(this.w.secretary()))
				.contentType("application/json")
				.content(withLesson))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.present").value(1));
		long id = this.meetings.meetings(Scope.system(), this.w.cell()).get(0).getId();
		this.mvc.perform(get("/api/v1/meetings/{id}", id).with(user(this.w.siblingSecretary())))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("Chiếc đồng hồ"))));
		this.mvc.perform(get("/api/v1/meetings/{id}/attendance", id).with(user(this.w.siblingSecretary())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/meetings/cells/{id}", this.w.cell()).with(user(this.w.siblingSecretary())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/meetings/rollup").param("unitId", String.valueOf(this.w.commune()))
				.param("from", "2026-01-01")
				.param("to", "2026-06-30")
				.with(user(this.w.siblingSecretary())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/meetings/rollup").param("unitId", String.valueOf(this.w.commune()))
				.param("from", "2026-01-01")
				.param("to", "2026-06-30")
				.with(user(this.w.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.attendance").value("1/2 (50,00%)"));
		// An attendee not on the roll that day: refused with the name.
		this.mvc
			.perform(post("/api/v1/meetings").with(csrf())
				.with(user(this.w.secretary()))
				.contentType("application/json")
				.content(body.replace("2026-03-05", "2026-03-06")
					.replace("\"memberId\": " + this.w.hoa(), "\"memberId\": " + this.w.muoi())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Phan Đức Mười")));
		assertThat(this.meetings.meetings(Scope.system(), this.w.cell())).hasSize(1);
		this.mvc.perform(get("/v3/api-docs").with(user(this.w.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/meetings/rollup")));
		assertThat(LocalDate.of(2026, 3, 5)).isBefore(this.meetings.today());
	}

}
