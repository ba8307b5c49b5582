package vn.tuyengiao.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.meeting.internal.CellMeetingRepository;
import vn.tuyengiao.meeting.internal.MeetingRoll;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;

/**
 * A cell's meetings: the secretary records each one (draft, then completed), every member
 * on the roll that day is listed present or absent, and a story about Uncle Ho told
 * without the lesson drawn cannot be completed. Every input is checked first; a refusal
 * names the rows and writes nothing.
 */
@Service
public class MeetingService {

	/** Where a record came from: the secretary's form (or the API), or a Sổ tay file. */
	public static final String SOURCE_FORM = "FORM";

	public static final String SOURCE_SO_TAY = "SO_TAY";

	private final CellMeetingRepository meetings;

	private final MeetingRoll roll;

	private final OrgUnits org;

	private final NamedParameterJdbcTemplate jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final MeetingDayCounts dayCounts;

	MeetingService(CellMeetingRepository meetings, MeetingRoll roll, OrgUnits org, NamedParameterJdbcTemplate jdbc,
			AuditLog audit, Clock clock, MeetingDayCounts dayCounts) {
		this.meetings = meetings;
		this.roll = roll;
		this.org = org;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.dayCounts = dayCounts;
	}

	// ---- reading

	/** Today on the application's clock. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** A cell (a unit that holds members) the user may read. */
	@Transactional(readOnly = true)
	public OrgUnit cell(Scope scope, long cellId) {
		OrgUnit cell = this.org.get(scope, cellId);
		if (!cell.getKind().holdsMembers()) {
			throw AppException.invalid("meeting.notACell", this.org.label(cell));
		}
		return cell;
	}

	@Transactional(readOnly = true)
	public List<CellMeeting> meetings(Scope scope, long cellId) {
		cell(scope, cellId);
		return this.meetings.findByUnitIdOrderByHeldOnDescIdDesc(cellId);
	}

	@Transactional(readOnly = true)
	public CellMeeting get(Scope scope, long id) {
		CellMeeting m = this.meetings.findById(id).orElseThrow(() -> AppException.notFound("meeting.notFound", id));
		scope.requireRead(this.org.get(m.getUnitId()).getPath());
		return m;
	}

	/** The last meeting of the cell before the date that adopted a resolution. */
	@Transactional(readOnly = true)
	public Optional<CellMeeting> previous(Scope scope, long cellId, LocalDate before) {
		cell(scope, cellId);
		return this.meetings
			.findTop1ByUnitIdAndHeldOnBeforeAndResolutionIsNotNullOrderByHeldOnDescIdDesc(cellId, before)
			.stream()
			.findFirst();
	}

	/** The members on the cell's roll on the date. */
	@Transactional(readOnly = true)
	public List<RollMember> roll(Scope scope, long cellId, LocalDate date) {
		cell(scope, cellId);
		return List.copyOf(this.roll.onRoll(cellId, date).values());
	}

	/** One member's attendance at a meeting as recorded. */
	public record AttendanceRow(long memberId, boolean present, boolean excused, String absenceReason) {
	}

	@Transactional(readOnly = true)
	public Map<Long, AttendanceRow> attendance(Scope scope, long meetingId) {
		get(scope, meetingId);
		Map<Long, AttendanceRow> rows = new java.util.LinkedHashMap<>();
		this.jdbc.query(
				"select member_id, present, excused, absence_reason from meeting_attendance where meeting_id = :m",
				new MapSqlParameterSource("m", meetingId), rs -> {
					rows.put(rs.getLong(1),
							new AttendanceRow(rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3), rs.getString(4)));
				});
		return rows;
	}

	@Transactional(readOnly = true)
	public Set<Long> selfReviews(Scope scope, long meetingId) {
		get(scope, meetingId);
		return new HashSet<>(this.jdbc.queryForList("select member_id from meeting_self_review where meeting_id = :m",
				new MapSqlParameterSource("m", meetingId), Long.class));
	}

	// ---- writing

	/**
	 * Records a new meeting, or changes one ({@code id} not null), as a draft or
	 * completed. Refused as a whole, naming the fields and rows, when anything is wrong.
	 */
	@Transactional
	public CellMeeting save(Scope scope, Long id, MeetingInput in, boolean complete) {
		return save(scope, id, in, complete, SOURCE_FORM);
	}

	@Transactional
	public CellMeeting save(Scope scope, Long id, MeetingInput in, boolean complete, String source) {
		OrgUnit cell = cell(scope, in.cellId());
		scope.requireWrite(cell.getPath());
		CellMeeting meeting = null;
		if (id != null) {
			meeting = get(scope, id);
			if (meeting.getUnitId() != in.cellId()) {
				throw AppException.invalid("meeting.otherCell");
			}
			if (in.version() == null || in.version() != meeting.getVersion()) {
				throw AppException.staleVersion();
			}
		}
		Map<Long, RollMember> onRoll = check(cell, in, complete);
		Optional<CellMeeting> same = this.meetings.findByUnitIdAndHeldOnAndKind(in.cellId(), in.heldOn(), in.kind());
		if (same.isPresent() && (meeting == null || !same.get().getId().equals(meeting.getId()))) {
			throw AppException.conflict("meeting.duplicate", in.heldOn());
		}
		Instant now = Instant.now(this.clock);
		boolean created = meeting == null;
		LocalDate heldBefore = created ? null : meeting.getHeldOn();
		if (created) {
			meeting = new CellMeeting(in.cellId(), source, scope.username(), now);
		}
		meeting.fill(in, now);
		int[] counts = MeetingWrites.counts(onRoll, in);
		meeting.counts(counts[0], counts[1]);
		if (complete) {
			meeting.complete();
		}
		else {
			meeting.reopen();
		}
		meeting = this.meetings.saveAndFlush(meeting);
		MeetingWrites.attendance(this.jdbc, meeting.getId(), onRoll, in);
		MeetingWrites.selfReviews(this.jdbc, meeting.getId(), in.selfReviewIds());
		this.dayCounts.refresh(cell.getId(), meeting.getHeldOn());
		if (heldBefore != null && !heldBefore.equals(meeting.getHeldOn())) {
			this.dayCounts.refresh(cell.getId(), heldBefore);
		}
		this.audit.record(created ? "CREATE" : complete ? "COMPLETE" : "UPDATE", "CellMeeting", meeting.getId(),
				cell.getPath(), "Sinh hoạt chi bộ " + cell.getName() + " ngày " + in.heldOn() + " ("
						+ meeting.getPresentCount() + "/" + meeting.getExpectedCount() + " có mặt)",
				null);
		return meeting;
	}

	/** The commune (or a level above the cell) grades a completed meeting. */
	@Transactional
	public CellMeeting grade(Scope scope, long id, MeetingGrade grade, String note, long version) {
		CellMeeting m = get(scope, id);
		OrgUnit cell = this.org.get(m.getUnitId());
		scope.requireManageUnits(cell.getPath());
		if (m.getVersion() != version) {
			throw AppException.staleVersion();
		}
		if (!m.isCompleted()) {
			throw AppException.invalid("meeting.gradeDraft");
		}
		if (grade == null) {
			throw AppException.invalid("meeting.gradeRequired");
		}
		m.grade(grade, note, scope.username(), Instant.now(this.clock));
		m = this.meetings.saveAndFlush(m);
		this.audit.record("GRADE", "CellMeeting", id, cell.getPath(),
				"Xếp loại sinh hoạt chi bộ " + cell.getName() + " ngày " + m.getHeldOn() + ": " + grade, null);
		return m;
	}

	/** Deletes a draft (a completed record stays). */
	@Transactional
	public void deleteDraft(Scope scope, long id, long version) {
		CellMeeting m = get(scope, id);
		OrgUnit cell = this.org.get(m.getUnitId());
		scope.requireWrite(cell.getPath());
		if (m.isCompleted()) {
			throw AppException.invalid("meeting.deleteCompleted");
		}
		if (m.getVersion() != version) {
			throw AppException.staleVersion();
		}
		MapSqlParameterSource p = new MapSqlParameterSource("m", id);
		this.jdbc.update("delete from meeting_attendance where meeting_id = :m", p);
		this.jdbc.update("delete from meeting_self_review where meeting_id = :m", p);
		this.meetings.delete(m);
		this.meetings.flush();
		this.dayCounts.refresh(cell.getId(), m.getHeldOn());
		this.audit.record("DELETE", "CellMeeting", id, cell.getPath(),
				"Xóa bản nháp sinh hoạt chi bộ " + cell.getName() + " ngày " + m.getHeldOn(), null);
	}

	/**
	 * Checks the whole input against the cell's roll on the date: the roll, if all is
	 * well; otherwise the first problem (attendance rows: all of them at once).
	 */
	Map<Long, RollMember> check(OrgUnit cell, MeetingInput in, boolean complete) {
		if (in.heldOn() == null) {
			throw AppException.invalid("meeting.dateRequired");
		}
		if (in.heldOn().isAfter(LocalDate.now(this.clock))) {
			throw AppException.invalid("meeting.dateInFuture", in.heldOn());
		}
		if (!cell.isOpenOn(in.heldOn())) {
			throw AppException.invalid("meeting.cellClosedOn", this.org.label(cell), in.heldOn());
		}
		if (in.kind() == null) {
			throw AppException.invalid("meeting.kindRequired");
		}
		if (in.kind() == MeetingKind.THEMATIC && (in.topic() == null || in.topic().isBlank())) {
			throw AppException.invalid("meeting.topicRequired");
		}
		Map<Long, RollMember> onRoll = this.roll.onRoll(cell.getId(), in.heldOn());
		String cellName = this.org.label(cell);
		checkPerson("meeting.chair", in.chairId(), onRoll, cellName, in.heldOn());
		checkPerson("meeting.secretary", in.secretaryId(), onRoll, cellName, in.heldOn());
		Set<Long> seen = new LinkedHashSet<>();
		List<Long> outside = new ArrayList<>();
		for (MeetingInput.Attendance a : in.attendance()) {
			if (!seen.add(a.memberId())) {
				throw AppException.invalid("meeting.attendanceDuplicate", name(a.memberId()));
			}
			if (!onRoll.containsKey(a.memberId())) {
				outside.add(a.memberId());
			}
		}
		if (!outside.isEmpty()) {
			Map<Long, String> names = this.roll.names(outside);
			List<String> named = outside.stream().map(i -> names.getOrDefault(i, "#" + i)).toList();
			throw AppException.invalid("meeting.attendeeNotOnRoll", String.join(", ", named), cellName, in.heldOn());
		}
		Set<Long> present = new HashSet<>();
		in.attendance().stream().filter(MeetingInput.Attendance::present).forEach(a -> present.add(a.memberId()));
		for (Long r : in.selfReviewIds()) {
			if (!present.contains(r)) {
				throw AppException.invalid("meeting.reviewerNotPresent", name(r));
			}
		}
		for (MeetingInput.Attendance a : in.attendance()) {
			if (a.absenceReason() != null && a.absenceReason().length() > 300) {
				throw AppException.invalid("meeting.reasonTooLong", onRoll.get(a.memberId()).fullName());
			}
		}
		if (complete && in.storyTitle() != null && !in.storyTitle().isBlank()
				&& (in.lesson() == null || in.lesson().isBlank())) {
			throw AppException.invalid("meeting.lessonRequired", in.storyTitle().strip());
		}
		return onRoll;
	}

	private void checkPerson(String fieldKey, Long memberId, Map<Long, RollMember> onRoll, String cellName,
			LocalDate date) {
		if (memberId != null && !onRoll.containsKey(memberId)) {
			throw AppException.invalid(fieldKey + "NotOnRoll", name(memberId), cellName, date);
		}
	}

	private String name(long memberId) {
		return this.roll.names(List.of(memberId)).getOrDefault(memberId, "#" + memberId);
	}

}
