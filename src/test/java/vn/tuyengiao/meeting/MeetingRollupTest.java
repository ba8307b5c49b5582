package vn.tuyengiao.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.UserService;

/**
 * Issue 14, items 1 and 5: the commune's counts (meetings held, thematic, with story and
 * lesson, attendance "present/expected (rate)"), the cells below the quarterly thematic
 * quota named, the report sentence whose word follows the figure, and the rotation of
 * members' self-review.
 */
@IntegrationTest
class MeetingRollupTest {

	@Autowired
	OrgService org;

	@Autowired
	MemberService members;

	@Autowired
	UserService users;

	@Autowired
	MeetingService meetings;

	@Autowired
	MeetingRollup rollup;

	@Autowired
	SelfReviewRotation rotation;

	MeetingWorld w;

	Scope secretary;

	@BeforeEach
	void world() {
		this.w = MeetingWorld.build(this.org, this.members, this.users);
		this.secretary = this.users.scopeOf(this.w.secretary());
	}

	private CellMeeting meeting(LocalDate date, MeetingKind kind, boolean hoaPresent, String story, String lesson,
			List<Long> reviews, boolean complete) {
		List<MeetingInput.Attendance> rows = new ArrayList<>();
		rows.add(new MeetingInput.Attendance(this.w.thang(), true, null));
		rows.add(new MeetingInput.Attendance(this.w.hoa(), hoaPresent, hoaPresent ? null : "Đi khám bệnh"));
		rows.add(new MeetingInput.Attendance(this.w.ut(), false, null));
		return this.meetings.save(this.secretary, null, new MeetingInput(this.w.cell(), date, kind,
				kind == MeetingKind.THEMATIC ? "Học tập và làm theo Bác" : null, this.w.thang(), this.w.hoa(), null,
				"Thông tin thời sự", null, "Nghị quyết tháng", story, lesson, true, true, rows, reviews, null),
				complete);
	}

	@Test
	void theCommuneCountsMeetingsStoriesLessonsAndAttendanceAndNamesTheCellsBelowTheThematicQuota() {
		meeting(LocalDate.of(2026, 1, 5), MeetingKind.REGULAR, true, "Chiếc đồng hồ", "Đúng giờ, đúng hẹn", List.of(),
				true);
		meeting(LocalDate.of(2026, 2, 5), MeetingKind.REGULAR, false, "Bác Hồ với thiếu nhi", "Thương yêu trẻ em",
				List.of(), true);
		meeting(LocalDate.of(2026, 3, 5), MeetingKind.REGULAR, true, null, null, List.of(), true);
		meeting(LocalDate.of(2026, 3, 20), MeetingKind.THEMATIC, true, null, null, List.of(), true);
		meeting(LocalDate.of(2026, 4, 5), MeetingKind.REGULAR, true, "Đôi dép cao su", null, List.of(), false);

		MeetingRollup.Rollup r = this.rollup.rollup(this.users.scopeOf(this.w.officer()), this.w.commune(),
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
		MeetingFigures f = r.total().figures();
		assertThat(f.cells()).isEqualTo(2);
		assertThat(f.meetings()).as("the draft is not counted").isEqualTo(4);
		assertThat(f.drafts()).isEqualTo(1);
		assertThat(f.thematic()).isEqualTo(1);
		assertThat(f.withStory()).isEqualTo(2);
		assertThat(f.withLesson()).isEqualTo(2);
		// 2 expected at each of 4 meetings (the away member is not), 7 present.
		assertThat(f.attendance()).isEqualTo("7/8 (87,50%)");
		assertThat(f.cellsTellingStories()).as("2 of 3 regular meetings").isEqualTo(1);
		// Quarter I has the thematic meeting, quarter II has none; the sibling cell has
		// none at all.
		assertThat(r.quartersChecked()).isEqualTo(2);
		assertThat(r.lagging()).hasSize(2);
		assertThat(r.lagging()).filteredOn(l -> l.cell().getId() == this.w.sibling())
			.singleElement()
			.extracting(MeetingRollup.Lagging::quarters)
			.isEqualTo(List.of("quý I/2026", "quý II/2026"));
		assertThat(r.lagging()).filteredOn(l -> l.cell().getId() == this.w.cell())
			.singleElement()
			.extracting(MeetingRollup.Lagging::quarters)
			.isEqualTo(List.of("quý II/2026"));

		MeetingSummary s = this.rollup.forUnit(this.users.scopeOf(this.w.officer()), this.w.commune(),
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
		assertThat(s.attendance()).isEqualTo("7/8 (87,50%)");
		assertThat(s.storySentence())
			.isEqualTo("Một số chi bộ trực thuộc thực hiện kể mẫu chuyện về Bác trong sinh hoạt định kỳ hàng tháng "
					+ "(1/2 chi bộ).");
		assertThat(s.thematicSentence()).startsWith("Chưa có chi bộ trực thuộc nào sinh hoạt chuyên đề");
		assertThat(s.laggingCells()).contains("Chi bộ ấp Vĩnh Lợi");
		assertThat(s.reportSection()).startsWith("Từ ngày 01/01/2026 đến ngày 30/06/2026, 1/2 chi bộ tổ chức 04 kỳ")
			.contains("đảng viên dự sinh hoạt 7/8 lượt, đạt 87,50% (số lượt có mặt ÷ số lượt phải dự")
			.contains("Chi bộ chưa bảo đảm mỗi quý ít nhất một kỳ sinh hoạt chuyên đề: ")
			.contains("Chi bộ ấp Vĩnh Lợi");

		// The secretary of the sibling cell sees only her own cell in a roll-up.
		assertThatThrownBy(() -> this.rollup.rollup(this.users.scopeOf(this.w.siblingSecretary()), this.w.commune(),
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)))
			.isInstanceOf(AppException.class)
			.extracting(e -> ((AppException) e).status())
			.isEqualTo(403);
	}

	@Test
	void theSentenceWordingFollowsTheFigure() {
		assertThat(this.rollup.sentence("story", 32, 34)).isEqualTo(
				"Hầu hết các chi bộ trực thuộc đều thực hiện kể mẫu chuyện về Bác trong sinh hoạt định kỳ hàng tháng (32/34 chi bộ).");
		assertThat(this.rollup.sentence("story", 34, 34)).startsWith("Tất cả các chi bộ trực thuộc đều");
		assertThat(this.rollup.sentence("lesson", 2825, 3153)).contains("(2.825/3.153 chi bộ)");
	}

	@Test
	void membersPresentTheirSelfReviewInTurn() {
		// Two expected members (the away one is not): one a month, the one who never
		// presented first.
		List<SelfReviewRotation.Due> first = this.rotation.due(this.secretary, this.w.cell(), LocalDate.of(2026, 1, 5));
		assertThat(first).extracting(d -> d.member().fullName()).containsExactly("Nguyễn Văn Thắng");
		meeting(LocalDate.of(2026, 1, 5), MeetingKind.REGULAR, true, null, null, List.of(this.w.thang()), true);
		List<SelfReviewRotation.Due> second = this.rotation.due(this.secretary, this.w.cell(),
				LocalDate.of(2026, 2, 5));
		assertThat(second).extracting(d -> d.member().fullName()).containsExactly("Trần Thị Hòa");
		meeting(LocalDate.of(2026, 2, 5), MeetingKind.REGULAR, true, null, null, List.of(this.w.hoa()), true);
		assertThat(this.rotation.due(this.secretary, this.w.cell(), LocalDate.of(2026, 3, 5)))
			.extracting(d -> d.member().fullName(), SelfReviewRotation.Due::lastPresented)
			.containsExactly(Tuple.tuple("Nguyễn Văn Thắng", LocalDate.of(2026, 1, 5)));
		// A member absent that day cannot be recorded as presenting.
		assertThatThrownBy(() -> meeting(LocalDate.of(2026, 3, 5), MeetingKind.REGULAR, false, null, null,
				List.of(this.w.hoa()), false))
			.hasMessage("meeting.reviewerNotPresent");
	}

}
