package vn.tuyengiao.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.reporting.Obligation;
import vn.tuyengiao.reporting.ObligationStatus;
import vn.tuyengiao.reporting.ReportingCycle;
import vn.tuyengiao.text.VnFormat;

/**
 * The lines of a request's page with their words, dates and links worked out once in
 * Java: a province has a hundred communes on the page, and every expression the template
 * evaluates per line costs more than the whole query (docs/benchmarks.md, issue 15).
 */
final class RequestRows {

	/** One unit's line. {@code key} is what its decision buttons send: "id:version". */
	record Row(long id, long unitId, String unit, String href, String status, String badge, boolean overdue,
			String reference, String draftHref, String submittedOn, String onTime, String onTimeClass, String reminded,
			boolean awaiting, boolean remind, String key, String commentId) {
	}

	/** The units under one parent, with the parent's tally. */
	record Group(String title, String tally, List<Row> rows) {
	}

	private RequestRows() {
	}

	static List<Group> of(ReportingCycle.RequestView view, Map<Long, String> labels, LocalDate today, boolean canDecide,
			Messages messages) {
		Map<ObligationStatus, String> statuses = new EnumMap<>(ObligationStatus.class);
		for (ObligationStatus s : ObligationStatus.values()) {
			statuses.put(s, messages.get(s.messageKey()));
		}
		String onTime = messages.get("reporting.onTime");
		String late = messages.get("reporting.late");
		List<Group> groups = new ArrayList<>();
		for (ReportingCycle.Group g : view.groups()) {
			List<Row> rows = new ArrayList<>();
			for (Obligation o : g.obligations()) {
				boolean in = o.submittedOn() != null;
				boolean timely = o.firstSubmittedOn() != null && !o.firstSubmittedOn().isAfter(o.deadline());
				boolean overdue = o.isOverdue(today);
				rows.add(new Row(o.id(), o.unitId(), labels.get(o.unitId()), "/reporting/obligations/" + o.id(),
						statuses.get(o.status()), "badge status-" + o.status().name() + " " + badge(o.status()),
						overdue, o.reference(),
						o.submittedDraftId() == null ? null : "/register/drafts/" + o.submittedDraftId(),
						in ? VnFormat.shortDate(o.submittedOn()) : null, timely ? onTime : late,
						timely ? "text-success" : "text-danger",
						o.reminders() > 0 ? messages.get("reporting.remindedTimes", o.reminders()) : null,
						canDecide && o.status() == ObligationStatus.SUBMITTED, canDecide && overdue,
						o.id() + ":" + o.version(), "comment-" + o.id()));
			}
			groups.add(new Group(messages.get("reporting.group", labels.get(g.parentId())),
					messages.get("reporting.groupTally", g.tally().completeness(), g.tally().timeliness()), rows));
		}
		return groups;
	}

	private static String badge(ObligationStatus s) {
		return switch (s) {
			case ACCEPTED -> "text-bg-success";
			case SUBMITTED -> "text-bg-primary";
			case RETURNED -> "text-bg-warning";
			default -> "text-bg-secondary";
		};
	}

}
