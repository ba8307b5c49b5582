package vn.tuyengiao.meeting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.meeting.CellMeeting;
import vn.tuyengiao.meeting.MeetingChecklist;
import vn.tuyengiao.meeting.MeetingFigures;
import vn.tuyengiao.meeting.MeetingGrade;
import vn.tuyengiao.meeting.MeetingInput;
import vn.tuyengiao.meeting.MeetingKind;
import vn.tuyengiao.meeting.MeetingRollup;
import vn.tuyengiao.meeting.MeetingService;
import vn.tuyengiao.meeting.MeetingStatus;
import vn.tuyengiao.meeting.MeetingSummary;
import vn.tuyengiao.meeting.SelfReviewRotation;

@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Sinh hoạt chi bộ",
		description = "Biên bản sinh hoạt chi bộ, điểm danh, kiểm điểm xoay vòng và số liệu tổng hợp trong phạm vi của người dùng")
class MeetingApiController {

	private final MeetingService meetings;

	private final MeetingRollup rollup;

	private final SelfReviewRotation rotation;

	MeetingApiController(MeetingService meetings, MeetingRollup rollup, SelfReviewRotation rotation) {
		this.meetings = meetings;
		this.rollup = rollup;
		this.rotation = rotation;
	}

	record AttendanceDto(long memberId, boolean present, String absenceReason) {
	}

	record MeetingRequest(Long cellId, LocalDate heldOn, MeetingKind kind, String topic, Long chairId, Long secretaryId,
			String followUp, String content, String discussion, String resolution, String storyTitle, String lesson,
			Boolean documentsSent, Boolean minutesSigned, List<AttendanceDto> attendance, List<Long> selfReviewIds,
			Boolean completed, Long version) {

		MeetingInput toInput(long cellId) {
			return new MeetingInput(cellId, this.heldOn, this.kind, this.topic, this.chairId, this.secretaryId,
					this.followUp, this.content, this.discussion, this.resolution, this.storyTitle, this.lesson,
					Boolean.TRUE.equals(this.documentsSent), Boolean.TRUE.equals(this.minutesSigned),
					this.attendance == null ? List.of()
							: this.attendance.stream()
								.map(a -> new MeetingInput.Attendance(a.memberId(), a.present(), a.absenceReason()))
								.toList(),
					this.selfReviewIds, this.version);
		}

	}

	record MeetingDto(long id, long cellId, LocalDate heldOn, MeetingKind kind, String topic, Long chairId,
			Long secretaryId, String followUp, String content, String discussion, String resolution, String storyTitle,
			String lesson, boolean documentsSent, boolean minutesSigned, MeetingStatus status, int expected,
			int present, MeetingGrade grade, String gradeNote, String source, long version) {

		static MeetingDto of(CellMeeting m) {
			return new MeetingDto(m.getId(), m.getUnitId(), m.getHeldOn(), m.getKind(), m.getTopic(), m.getChairId(),
					m.getSecretaryId(), m.getFollowUp(), m.getContent(), m.getDiscussion(), m.getResolution(),
					m.getStoryTitle(), m.getLesson(), m.isDocumentsSent(), m.isMinutesSigned(), m.getStatus(),
					m.getExpectedCount(), m.getPresentCount(), m.getGrade(), m.getGradeNote(), m.getSource(),
					m.getVersion());
		}

	}

	record GradeRequest(MeetingGrade grade, String note, Long version) {
	}

	record NodeDto(long unitId, String unitName, MeetingFigures figures, String attendance) {

		static NodeDto of(MeetingRollup.Node n) {
			return new NodeDto(n.unit().getId(), n.unit().getName(), n.figures(), n.figures().attendance());
		}

	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "MeetingRollupRow")
	record RollupDto(NodeDto total, List<NodeDto> children, MeetingSummary summary) {
	}

	@GetMapping("/cells/{cellId}")
	@Operation(summary = "Các kỳ sinh hoạt của một chi bộ, mới nhất trước")
	List<MeetingDto> list(Scope scope, @PathVariable long cellId) {
		return this.meetings.meetings(scope, cellId).stream().map(MeetingDto::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một kỳ sinh hoạt")
	MeetingDto get(Scope scope, @PathVariable long id) {
		return MeetingDto.of(this.meetings.get(scope, id));
	}

	@PostMapping
	@Operation(summary = "Ghi biên bản một kỳ sinh hoạt (nháp, hoặc hoàn thành khi completed = true)",
			description = "Mọi đảng viên trong danh sách chi bộ vào ngày sinh hoạt được ghi; người không có tên trong danh sách bị từ chối, nêu tên. Có kể chuyện về Bác mà chưa ghi bài học rút ra thì không hoàn thành được.")
	ResponseEntity<MeetingDto> create(Scope scope, @RequestBody MeetingRequest req) {
		if (req.cellId() == null) {
			throw AppException.invalid("meeting.cellRequired");
		}
		CellMeeting m = this.meetings.save(scope, null, req.toInput(req.cellId()),
				Boolean.TRUE.equals(req.completed()));
		return ResponseEntity.status(HttpStatus.CREATED).body(MeetingDto.of(m));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Sửa biên bản (cần version đã đọc)")
	MeetingDto update(Scope scope, @PathVariable long id, @RequestBody MeetingRequest req) {
		if (req.version() == null) {
			throw AppException.invalid("error.versionRequired");
		}
		long cell = this.meetings.get(scope, id).getUnitId();
		return MeetingDto.of(this.meetings.save(scope, id, req.toInput(cell), Boolean.TRUE.equals(req.completed())));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Xóa một bản nháp")
	ResponseEntity<Void> delete(Scope scope, @PathVariable long id, @RequestParam long version) {
		this.meetings.deleteDraft(scope, id, version);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/attendance")
	@Operation(summary = "Điểm danh của một kỳ sinh hoạt: có mặt, vắng và lý do")
	List<MeetingService.AttendanceRow> attendance(Scope scope, @PathVariable long id) {
		return List.copyOf(this.meetings.attendance(scope, id).values());
	}

	@GetMapping("/{id}/checklist")
	@Operation(summary = "Các bước theo Hướng dẫn 42-HD/BTCTW đã thể hiện trong biên bản (gợi ý, không bắt buộc)")
	List<MeetingChecklist.Item> checklist(Scope scope, @PathVariable long id) {
		CellMeeting m = this.meetings.get(scope, id);
		Map<Long, MeetingService.AttendanceRow> rows = this.meetings.attendance(scope, id);
		Set<Long> reviews = this.meetings.selfReviews(scope, id);
		int noReason = (int) rows.values()
			.stream()
			.filter(a -> !a.present() && !a.excused() && (a.absenceReason() == null || a.absenceReason().isBlank()))
			.count();
		boolean previous = this.meetings.previous(scope, m.getUnitId(), m.getHeldOn()).isPresent();
		return MeetingChecklist.check(MeetingChecklist.Facts.of(m, noReason, previous, reviews.size()));
	}

	@PostMapping("/{id}/grade")
	@Operation(summary = "Đảng ủy xã xếp loại chất lượng kỳ sinh hoạt đã hoàn thành")
	MeetingDto grade(Scope scope, @PathVariable long id, @RequestBody GradeRequest req) {
		if (req.version() == null) {
			throw AppException.invalid("error.versionRequired");
		}
		return MeetingDto.of(this.meetings.grade(scope, id, req.grade(), req.note(), req.version()));
	}

	@GetMapping("/cells/{cellId}/self-review-due")
	@Operation(summary = "Đảng viên đến lượt kiểm điểm xoay vòng việc làm theo Bác vào ngày đã cho")
	List<SelfReviewRotation.Due> due(Scope scope, @PathVariable long cellId, @RequestParam LocalDate date) {
		return this.rotation.due(scope, cellId, date);
	}

	@GetMapping("/rollup")
	@Operation(summary = "Tổng hợp sinh hoạt chi bộ của một đơn vị và các đơn vị trực thuộc trong một khoảng thời gian")
	RollupDto rollup(Scope scope, @RequestParam long unitId, @RequestParam LocalDate from, @RequestParam LocalDate to) {
		MeetingRollup.Rollup r = this.rollup.rollup(scope, unitId, from, to);
		return new RollupDto(NodeDto.of(r.total()), r.children().stream().map(NodeDto::of).toList(),
				this.rollup.summary(r, from, to));
	}

}
