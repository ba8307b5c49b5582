package vn.tuyengiao.meeting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import vn.tuyengiao.common.Downloads;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.meeting.CellMeeting;
import vn.tuyengiao.meeting.MeetingFigures;
import vn.tuyengiao.meeting.MeetingKind;
import vn.tuyengiao.meeting.MeetingRollup;
import vn.tuyengiao.meeting.MeetingService;
import vn.tuyengiao.meeting.RollMember;
import vn.tuyengiao.meeting.SoTayColumn;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.tabular.XlsxWriter;
import vn.tuyengiao.text.VnFormat;

/**
 * Cell meetings as .xlsx: the roll-up per unit, a cell's meetings, and a cell's meeting
 * records in the Sổ tay's own shape ({@link SoTayColumn}), which the import reads back.
 */
@Component
class MeetingExport {

	private final MeetingRollup rollup;

	private final MeetingService meetings;

	private final OrgUnits org;

	private final Messages messages;

	MeetingExport(MeetingRollup rollup, MeetingService meetings, OrgUnits org, Messages messages) {
		this.rollup = rollup;
		this.meetings = meetings;
		this.org = org;
		this.messages = messages;
	}

	List<String> rollupHeaders() {
		return Arrays
			.stream(new String[] { "unit", "cells", "cellsHeld", "meetings", "thematic", "withStory", "withLesson",
					"drafts", "attendance", "rate", "cellsTellingStories", "cellsLagging" })
			.map(k -> this.messages.get("meeting.col." + k))
			.toList();
	}

	void rollup(Scope scope, OrgUnit unit, LocalDate from, LocalDate to, HttpServletResponse response)
			throws IOException {
		MeetingRollup.Rollup r = this.rollup.rollup(scope, unit.getId(), from, to);
		Map<Long, String> labels = this.org.labels(r.children().stream().map(MeetingRollup.Node::unit).toList());
		Downloads.startAttachment(response, Downloads.XLSX, "sinh-hoat-chi-bo.xlsx");
		try (OutputStream out = response.getOutputStream();
				XlsxWriter w = XlsxWriter.open(out, this.messages.get("meeting.sheet.rollup"), rollupHeaders())) {
			for (MeetingRollup.Node n : r.children()) {
				w.addRow(figures(labels.get(n.unit().getId()), n.figures()));
			}
			w.addRow(figures(this.messages.get("meeting.total") + " " + this.org.label(unit), r.total().figures()));
			w.finish();
		}
	}

	private static List<Object> figures(String label, MeetingFigures f) {
		return Arrays.asList(label, f.cells(), f.cellsHeld(), f.meetings(), f.thematic(), f.withStory(), f.withLesson(),
				f.drafts(), VnFormat.ratio(f.present(), f.expected()), f.attendanceRate(), f.cellsTellingStories(),
				f.cellsLagging());
	}

	void meetings(Scope scope, OrgUnit cell, HttpServletResponse response) throws IOException {
		List<CellMeeting> list = this.meetings.meetings(scope, cell.getId());
		List<String> headers = Arrays
			.stream(new String[] { "date", "kind", "topic", "status", "attendance", "story", "lesson", "resolution",
					"grade" })
			.map(k -> this.messages.get("meeting.col." + k))
			.toList();
		Downloads.startAttachment(response, Downloads.XLSX, "bien-ban-sinh-hoat-chi-bo.xlsx");
		try (OutputStream out = response.getOutputStream();
				XlsxWriter w = XlsxWriter.open(out, this.messages.get("meeting.sheet.meetings"), headers)) {
			for (CellMeeting m : list) {
				w.addRow(Arrays.asList(VnFormat.shortDate(m.getHeldOn()), this.messages.get(m.getKind().messageKey()),
						m.getTopic(), this.messages.get(m.getStatus().messageKey()),
						VnFormat.ratio(m.getPresentCount(), m.getExpectedCount()), m.getStoryTitle(), m.getLesson(),
						m.getResolution(), m.getGrade() == null ? "" : this.messages.get(m.getGrade().messageKey())));
			}
			w.finish();
		}
	}

	/** The Sổ tay's shape: one row per member on the roll per meeting. */
	void soTay(Scope scope, OrgUnit cell, HttpServletResponse response) throws IOException {
		List<CellMeeting> list = new ArrayList<>(this.meetings.meetings(scope, cell.getId()));
		java.util.Collections.reverse(list);
		List<String> headers = Arrays.stream(SoTayColumn.values()).map(SoTayColumn::header).toList();
		Downloads.startAttachment(response, Downloads.XLSX, "so-tay-sinh-hoat-chi-bo.xlsx");
		try (OutputStream out = response.getOutputStream();
				XlsxWriter w = XlsxWriter.open(out, this.messages.get("meeting.sheet.soTay"), headers)) {
			for (CellMeeting m : list) {
				Map<Long, MeetingService.AttendanceRow> attendance = this.meetings.attendance(scope, m.getId());
				Set<Long> reviews = this.meetings.selfReviews(scope, m.getId());
				Map<Long, RollMember> roll = new java.util.HashMap<>();
				this.meetings.roll(scope, cell.getId(), m.getHeldOn()).forEach(r -> roll.put(r.memberId(), r));
				boolean first = true;
				for (MeetingService.AttendanceRow a : attendance.values()) {
					RollMember r = roll.get(a.memberId());
					if (r == null) {
						continue;
					}
					w.addRow(soTayRow(cell, m, r, a, reviews.contains(a.memberId()), first));
					first = false;
				}
			}
			w.finish();
		}
	}

	private List<Object> soTayRow(OrgUnit cell, CellMeeting m, RollMember r, MeetingService.AttendanceRow a,
			boolean review, boolean first) {
		String role = r.memberId() == nz(m.getChairId()) ? SoTayColumn.CHAIR
				: r.memberId() == nz(m.getSecretaryId()) ? SoTayColumn.SECRETARY : "";
		return Arrays.asList(cell.getShortCode(), cell.getName(), VnFormat.shortDate(m.getHeldOn()),
				m.getKind() == MeetingKind.THEMATIC ? SoTayColumn.THEMATIC : SoTayColumn.REGULAR,
				first ? m.getTopic() : "", r.cardNumber(), r.fullName(), a.present() ? SoTayColumn.YES : SoTayColumn.NO,
				a.absenceReason() == null ? "" : a.absenceReason(), role, review ? SoTayColumn.YES : "",
				first ? m.getFollowUp() : "", first ? m.getContent() : "", first ? m.getDiscussion() : "",
				first ? m.getResolution() : "", first ? m.getStoryTitle() : "", first ? m.getLesson() : "");
	}

	private static long nz(Long id) {
		return id == null ? -1 : id;
	}

}
