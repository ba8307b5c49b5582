package vn.tuyengiao.meeting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.meeting.internal.CellMeetingRepository;
import vn.tuyengiao.meeting.internal.MeetingRoll;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;

/**
 * Takes meeting records from the Sổ tay đảng viên điện tử ({@link MeetingRecordSource})
 * into the cells' meetings, all or nothing: a meeting recorded here already as a draft is
 * replaced, a completed one is refused; an imported meeting is completed unless a story
 * was told without the lesson drawn (it then stays a draft for the secretary).
 */
@Service
public class MeetingRecords {

	private final MeetingService meetings;

	private final CellMeetingRepository repository;

	private final MeetingRoll roll;

	private final OrgUnits org;

	private final Messages messages;

	MeetingRecords(MeetingService meetings, CellMeetingRepository repository, MeetingRoll roll, OrgUnits org,
			Messages messages) {
		this.messages = messages;
		this.meetings = meetings;
		this.repository = repository;
		this.roll = roll;
		this.org = org;
	}

	/** The meetings written; an AppException naming the row refuses them all. */
	@Transactional
	public int apply(Scope scope, MeetingRecordSource source) {
		List<MeetingRecordSource.Record> records = source.records();
		Set<String> cards = new HashSet<>();
		for (MeetingRecordSource.Record r : records) {
			r.attendees().forEach(a -> cards.add(a.cardNumber()));
		}
		Map<String, Long> ids = this.roll.byCardNumber(cards);
		int written = 0;
		for (MeetingRecordSource.Record r : records) {
			OrgUnit cell = this.org.findByCode(r.cellCode())
				.orElseThrow(() -> AppException.invalid("meeting.import.unknownCell", r.firstRow(), r.cellCode()));
			scope.requireWrite(cell.getPath());
			List<MeetingInput.Attendance> rows = new ArrayList<>();
			List<Long> reviews = new ArrayList<>();
			for (MeetingRecordSource.Attendee a : r.attendees()) {
				Long id = ids.get(a.cardNumber());
				if (id == null) {
					throw AppException.invalid("meeting.import.unknownMember", a.row(), a.cardNumber(), a.fullName());
				}
				rows.add(new MeetingInput.Attendance(id, a.present(), a.absenceReason()));
				if (a.selfReview()) {
					reviews.add(id);
				}
			}
			Optional<CellMeeting> existing = this.repository.findByUnitIdAndHeldOnAndKind(cell.getId(), r.heldOn(),
					r.kind());
			if (existing.isPresent() && existing.get().isCompleted()) {
				throw AppException.invalid("meeting.import.completedExists", r.firstRow(), this.org.label(cell),
						r.heldOn());
			}
			MeetingInput in = new MeetingInput(cell.getId(), r.heldOn(), r.kind(), r.topic(), ids.get(r.chairCard()),
					ids.get(r.secretaryCard()), r.followUp(), r.content(), r.discussion(), r.resolution(),
					r.storyTitle(), r.lesson(), true, false, rows, reviews,
					existing.map(CellMeeting::getVersion).orElse(null));
			boolean complete = r.storyTitle() == null || r.storyTitle().isBlank()
					|| r.lesson() != null && !r.lesson().isBlank();
			try {
				this.meetings.save(scope, existing.map(CellMeeting::getId).orElse(null), in, complete,
						MeetingService.SOURCE_SO_TAY);
			}
			catch (AppException ex) {
				throw new AppException(ex.status(), "meeting.import.rowRefused", r.firstRow(), this.messages.of(ex));
			}
			written++;
		}
		return written;
	}

}
