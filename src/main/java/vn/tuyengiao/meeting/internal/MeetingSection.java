package vn.tuyengiao.meeting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.meeting.MeetingFigures;
import vn.tuyengiao.meeting.MeetingRollup;
import vn.tuyengiao.meeting.MeetingSummary;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.report.Block;
import vn.tuyengiao.reporttemplate.SectionContext;
import vn.tuyengiao.reporttemplate.SectionSource;
import vn.tuyengiao.text.VnFormat;

/**
 * "Sinh hoạt chi bộ" in a periodic report: meetings held against those due (one regular
 * meeting per cell and whole month of the period), the thematic ones against the
 * quarterly quota, the story about Uncle Ho and the lesson drawn worded by
 * {@link vn.tuyengiao.meeting.Quantity} with the count behind the word ("Hầu hết … (32/34
 * chi bộ)"), the attendance rate with its formula, and the cells lagging named by their
 * unambiguous labels.
 */
@Component
class MeetingSection implements SectionSource {

	/** Cells named in one sentence; the rest are counted. */
	static final int NAMED = 30;

	private final MeetingRollup rollup;

	private final OrgUnits org;

	private final Messages messages;

	private final Clock clock;

	MeetingSection(MeetingRollup rollup, OrgUnits org, Messages messages, Clock clock) {
		this.rollup = rollup;
		this.org = org;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public String key() {
		return "meeting.cell-meetings";
	}

	@Override
	public String label() {
		return this.messages.get("meeting.section.label");
	}

	@Override
	@Transactional(readOnly = true)
	public List<Block> draft(SectionContext c) {
		MeetingRollup.Rollup r = this.rollup.rollup(c.scope(), c.unitId(), c.from(), c.to());
		MeetingSummary s = this.rollup.summary(r, c.from(), c.to());
		MeetingFigures f = s.figures();
		List<Block> out = new ArrayList<>();
		if (f.cells() == 0) {
			out.add(Block.draft(this.messages.get("meeting.section.noCells", s.unitLabel())));
			return out;
		}
		out.add(Block.draft(held(c, f)));
		if (s.thematicSentence() != null) {
			out.add(Block.draft(s.thematicSentence() + " "
					+ this.messages.get("meeting.section.quota", VnFormat.count(s.quartersChecked()))));
		}
		out.add(Block.draft(s.storySentence() + " " + this.messages.get("meeting.section.storyCount",
				VnFormat.count(f.withStory()), VnFormat.count(f.withLesson()))));
		out.add(Block.draft(s.lessonSentence()));
		out.add(Block.draft(this.messages.get("meeting.section.attendance", VnFormat.ratio(f.present(), f.expected()),
				f.attendanceRate())));
		lagging(r, out);
		if (r.children().size() > 1) {
			out.add(table(r));
		}
		return out;
	}

	/** Meetings held against the regular ones due, and the thematic ones. */
	private String held(SectionContext c, MeetingFigures f) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate until = c.to().isAfter(today) ? today : c.to();
		long months = wholeMonths(c.from(), until);
		long regular = f.meetings() - f.thematic();
		String due = months == 0 ? ""
				: this.messages.get("meeting.section.due", VnFormat.ratio(regular, f.cells() * months),
						VnFormat.number(f.cells()), VnFormat.count(months),
						VnFormat.percent(regular, f.cells() * months));
		String text = this.messages.get("meeting.section.held", VnFormat.shortDate(c.from()),
				VnFormat.shortDate(c.to()), VnFormat.ratio(f.cellsHeld(), f.cells()), VnFormat.count(f.meetings()),
				VnFormat.count(regular), due, VnFormat.count(f.thematic()));
		if (f.drafts() > 0) {
			text += " " + this.messages.get("meeting.section.drafts", VnFormat.count(f.drafts()));
		}
		return text;
	}

	/** Calendar months lying wholly inside [from, until]. */
	static long wholeMonths(LocalDate from, LocalDate until) {
		long n = 0;
		LocalDate start = from.withDayOfMonth(1);
		while (!start.isAfter(until)) {
			LocalDate end = start.plusMonths(1).minusDays(1);
			if (!start.isBefore(from) && !end.isAfter(until)) {
				n++;
			}
			start = start.plusMonths(1);
		}
		return n;
	}

	/**
	 * The cells lagging, each group in one item: no completed meeting, stories without
	 * lessons, below the thematic quota (with the quarters missed).
	 */
	private void lagging(MeetingRollup.Rollup r, List<Block> out) {
		List<OrgUnit> named = new ArrayList<>();
		r.cells().forEach(n -> named.add(n.unit()));
		Map<Long, String> labels = this.org.labels(named);
		named(r, labels, n -> n.figures().meetings() == 0, "meeting.section.noMeeting", out);
		named(r, labels, n -> n.figures().meetings() > n.figures().thematic() && n.figures().cellsDrawingLessons() == 0,
				"meeting.section.noLesson", out);
		if (!r.lagging().isEmpty()) {
			List<String> names = r.lagging()
				.stream()
				.limit(NAMED)
				.map(l -> labels.get(l.cell().getId()) + " (" + String.join(", ", l.quarters()) + ")")
				.toList();
			out.add(new Block.Item("-", this.messages.get("meeting.section.belowQuota",
					VnFormat.count(r.lagging().size()), String.join("; ", names) + more(r.lagging().size())), true));
		}
	}

	private void named(MeetingRollup.Rollup r, Map<Long, String> labels, Predicate<MeetingRollup.Node> which,
			String key, List<Block> out) {
		List<MeetingRollup.Node> cells = r.cells().stream().filter(which).toList();
		if (cells.isEmpty()) {
			return;
		}
		List<String> names = cells.stream().limit(NAMED).map(n -> labels.get(n.unit().getId())).toList();
		out.add(new Block.Item("-",
				this.messages.get(key, VnFormat.count(cells.size()), String.join("; ", names) + more(cells.size())),
				true));
	}

	private String more(int size) {
		return size > NAMED ? this.messages.get("meeting.reportMore", VnFormat.count(size - NAMED)) : "";
	}

	/** One row per unit directly below (communes of a province, cells of a commune). */
	private Block table(MeetingRollup.Rollup r) {
		Map<Long, String> labels = this.org.labels(r.children().stream().map(MeetingRollup.Node::unit).toList());
		List<List<String>> rows = new ArrayList<>();
		int i = 1;
		for (MeetingRollup.Node n : r.children()) {
			MeetingFigures f = n.figures();
			rows.add(List.of(Integer.toString(i++), labels.get(n.unit().getId()),
					VnFormat.ratio(f.cellsHeld(), f.cells()), VnFormat.number(f.meetings()),
					VnFormat.number(f.thematic()), VnFormat.number(f.withStory()), VnFormat.number(f.withLesson()),
					f.expected() == 0 ? "—" : f.attendanceRate()));
		}
		MeetingFigures t = r.total().figures();
		rows.add(List.of("", this.messages.get("meeting.section.total"), VnFormat.ratio(t.cellsHeld(), t.cells()),
				VnFormat.number(t.meetings()), VnFormat.number(t.thematic()), VnFormat.number(t.withStory()),
				VnFormat.number(t.withLesson()), t.expected() == 0 ? "—" : t.attendanceRate()));
		return new Block.Table(this.messages.get("meeting.section.tableCaption"),
				List.of(this.messages.get("meeting.section.col.no"), this.messages.get("meeting.section.col.unit"),
						this.messages.get("meeting.section.col.cellsHeld"),
						this.messages.get("meeting.section.col.meetings"),
						this.messages.get("meeting.section.col.thematic"),
						this.messages.get("meeting.section.col.story"), this.messages.get("meeting.section.col.lesson"),
						this.messages.get("meeting.section.col.attendance")),
				rows);
	}

}
