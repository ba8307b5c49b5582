package vn.tuyengiao.meeting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import vn.tuyengiao.meeting.CellMeeting;
import vn.tuyengiao.meeting.MeetingKind;

public interface CellMeetingRepository extends JpaRepository<CellMeeting, Long> {

	List<CellMeeting> findByUnitIdOrderByHeldOnDescIdDesc(Long unitId);

	Optional<CellMeeting> findByUnitIdAndHeldOnAndKind(Long unitId, LocalDate heldOn, MeetingKind kind);

	/**
	 * The meetings of a cell before a date, latest first: the previous one is the first.
	 */
	List<CellMeeting> findTop1ByUnitIdAndHeldOnBeforeAndResolutionIsNotNullOrderByHeldOnDescIdDesc(Long unitId,
			LocalDate before);

}
