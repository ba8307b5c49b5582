package vn.tuyengiao.meeting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.imports.ImportJob;
import vn.tuyengiao.imports.ImportJobs;
import vn.tuyengiao.imports.ImportRow;
import vn.tuyengiao.imports.Importer;
import vn.tuyengiao.meeting.CellMeeting;
import vn.tuyengiao.meeting.MeetingKind;
import vn.tuyengiao.meeting.MeetingRecordSource;
import vn.tuyengiao.meeting.MeetingRecords;
import vn.tuyengiao.meeting.RollMember;
import vn.tuyengiao.meeting.SoTayColumn;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.text.VietnameseText;

/**
 * Imports meeting records exported from the Sổ tay đảng viên điện tử (.xlsx or .csv, one
 * row per member per meeting, {@link SoTayColumn}): every row is checked first (the cell
 * by its code and in the user's scope, the member by card number and on that cell's roll
 * on the meeting date, presence, no meeting completed here already), then all meetings
 * are written through {@link MeetingRecords} or none.
 */
@Component
public class SoTayImporter extends Importer<SoTayColumn, SoTayImporter.Row> {

	private final OrgUnits org;

	private final MeetingRoll roll;

	private final MeetingRecords records;

	private final CellMeetingRepository meetings;

	SoTayImporter(ImportJobs jobs, Messages messages, TransactionTemplate tx, OrgUnits org, MeetingRoll roll,
			MeetingRecords records, CellMeetingRepository meetings) {
		super(jobs, messages, tx);
		this.org = org;
		this.roll = roll;
		this.records = records;
		this.meetings = meetings;
	}

	/** A checked row. */
	public record Row(int number, String cellCode, long cellId, LocalDate date, MeetingKind kind, String topic,
			String card, String name, boolean present, String reason, String role, boolean selfReview, String followUp,
			String content, String discussion, String resolution, String story, String lesson) {
	}

	@Override
	protected void requireAllowed(Scope scope) {
		if (!scope.canWrite()) {
			throw AppException.readOnly();
		}
	}

	@Override
	protected Optional<SoTayColumn> column(String header) {
		return SoTayColumn.byHeader(header);
	}

	@Override
	protected List<SoTayColumn> requiredColumns() {
		return java.util.Arrays.stream(SoTayColumn.values()).filter(SoTayColumn::required).toList();
	}

	@Override
	protected RowCheck<SoTayColumn, Row> rowCheck(Scope scope, List<ImportRow<SoTayColumn>> rows) {
		Set<String> cards = new HashSet<>();
		rows.forEach(r -> cards.add(r.cell(SoTayColumn.CARD)));
		Map<String, Long> ids = this.roll.byCardNumber(cards);
		Map<String, Optional<OrgUnit>> cells = new HashMap<>();
		Map<String, Map<Long, RollMember>> rolls = new HashMap<>();
		Set<String> seen = new HashSet<>();
		Set<String> completedReported = new HashSet<>();
		return row -> {
			String code = row.cell(SoTayColumn.CELL_CODE);
			OrgUnit cell = cells.computeIfAbsent(code, this.org::findByCode).orElse(null);
			if (cell == null) {
				row.problem(SoTayColumn.CELL_CODE, "meeting.import.unknownCellCode", code);
			}
			else if (!scope.contains(cell.getPath())) {
				row.problem(SoTayColumn.CELL_CODE, "meeting.import.cellOutOfScope", code);
				cell = null;
			}
			else if (!cell.getKind().holdsMembers()) {
				row.problem(SoTayColumn.CELL_CODE, "meeting.import.notACell", code);
				cell = null;
			}
			LocalDate date = row.date(SoTayColumn.DATE);
			if (date == null && row.cell(SoTayColumn.DATE).isEmpty()) {
				row.problem(SoTayColumn.DATE, "meeting.import.required");
			}
			MeetingKind kind = kind(row);
			String card = row.cell(SoTayColumn.CARD);
			String name = row.cell(SoTayColumn.NAME);
			Long memberId = ids.get(card);
			if (memberId == null) {
				row.problem(SoTayColumn.CARD, "meeting.import.unknownCard", card, name);
			}
			Boolean present = yesNo(row, SoTayColumn.PRESENT, true);
			Boolean review = yesNo(row, SoTayColumn.SELF_REVIEW, false);
			if (cell == null || date == null || kind == null || memberId == null || present == null || review == null) {
				return null;
			}
			OrgUnit c = cell;
			RollMember member = rolls.computeIfAbsent(c.getId() + "@" + date, k -> this.roll.onRoll(c.getId(), date))
				.get(memberId);
			if (member == null) {
				row.problem(SoTayColumn.CARD, "meeting.import.notOnRoll", name, card, this.org.label(cell), date);
				return null;
			}
			if (!name.isEmpty() && !VietnameseText.fold(name).equals(VietnameseText.fold(member.fullName()))) {
				row.problem(SoTayColumn.NAME, "meeting.import.nameMismatch", name, card, member.fullName());
				return null;
			}
			String meetingKey = c.getId() + "@" + date + "@" + kind;
			if (!seen.add(meetingKey + "@" + memberId)) {
				row.problem(SoTayColumn.CARD, "meeting.import.duplicateRow", name);
				return null;
			}
			Optional<CellMeeting> existing = this.meetings.findByUnitIdAndHeldOnAndKind(c.getId(), date, kind);
			if (existing.isPresent() && existing.get().isCompleted() && completedReported.add(meetingKey)) {
				row.problem(SoTayColumn.DATE, "meeting.import.completedExistsCell", this.org.label(c), date);
				return null;
			}
			return new Row(row.number(), code, c.getId(), date, kind, row.cell(SoTayColumn.TOPIC), card, name, present,
					row.cell(SoTayColumn.REASON), row.cell(SoTayColumn.ROLE), review, row.cell(SoTayColumn.FOLLOW_UP),
					row.cell(SoTayColumn.CONTENT), row.cell(SoTayColumn.DISCUSSION), row.cell(SoTayColumn.RESOLUTION),
					row.cell(SoTayColumn.STORY), row.cell(SoTayColumn.LESSON));
		};
	}

	private static MeetingKind kind(ImportRow<SoTayColumn> row) {
		String k = VietnameseText.fold(row.cell(SoTayColumn.KIND));
		if (k.contains("chuyen de")) {
			return MeetingKind.THEMATIC;
		}
		if (k.contains("thuong ky") || k.contains("dinh ky") || k.contains("hang thang")) {
			return MeetingKind.REGULAR;
		}
		row.problem(SoTayColumn.KIND, "meeting.import.kind", row.cell(SoTayColumn.KIND));
		return null;
	}

	/** "Có", "x", "1" or "Vắng", "Không", "0" (blank: no, where allowed). */
	private static Boolean yesNo(ImportRow<SoTayColumn> row, SoTayColumn column, boolean required) {
		String v = VietnameseText.fold(row.cell(column));
		if (v.equals("co") || v.equals("co mat") || v.equals("x") || v.equals("1")) {
			return true;
		}
		if (v.equals("vang") || v.equals("vang mat") || v.equals("khong") || v.equals("0")
				|| v.isEmpty() && !required) {
			return false;
		}
		row.problem(column, "meeting.import.yesNo", row.cell(column));
		return null;
	}

	@Override
	protected void write(Scope scope, String fileName, List<Row> rows, ImportJob job) {
		Map<String, List<Row>> byMeeting = new LinkedHashMap<>();
		for (Row r : rows) {
			byMeeting.computeIfAbsent(r.cellId() + "@" + r.date() + "@" + r.kind(), k -> new ArrayList<>()).add(r);
		}
		List<MeetingRecordSource.Record> list = new ArrayList<>();
		for (List<Row> group : byMeeting.values()) {
			Row first = group.get(0);
			list.add(new MeetingRecordSource.Record(first.cellCode(), first.date(), first.kind(),
					firstOf(group, Row::topic), card(group, SoTayColumn.CHAIR), card(group, SoTayColumn.SECRETARY),
					firstOf(group, Row::followUp), firstOf(group, Row::content), firstOf(group, Row::discussion),
					firstOf(group, Row::resolution), firstOf(group, Row::story), firstOf(group, Row::lesson),
					group.stream()
						.map(r -> new MeetingRecordSource.Attendee(r.number(), r.card(), r.name(), r.present(),
								r.present() ? null : r.reason(), r.selfReview()))
						.toList(),
					first.number()));
		}
		this.records.apply(scope, new SoTayFile(fileName, list));
		job.written(rows.size());
	}

	private static String firstOf(List<Row> group, java.util.function.Function<Row, String> field) {
		return group.stream().map(field).filter(s -> s != null && !s.isBlank()).findFirst().orElse(null);
	}

	private static String card(List<Row> group, String role) {
		String folded = VietnameseText.fold(role);
		return group.stream()
			.filter(r -> VietnameseText.fold(r.role()).equals(folded))
			.map(Row::card)
			.findFirst()
			.orElse(null);
	}

	/** A Sổ tay export file read into records. */
	record SoTayFile(String name, List<MeetingRecordSource.Record> records) implements MeetingRecordSource {
	}

}
