package vn.tuyengiao.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.UnitPaths;
import vn.tuyengiao.text.VnFormat;

/**
 * Cell meetings rolled up per commune (and province): one grouped query over the kept
 * counts per cell and day ({@link MeetingDayCounts}, found by their copy of the cell's
 * path, so neither a meeting nor an attendance row is read), folded per child unit; the
 * thematic quota is checked per cell and quarter.
 */
@Service
public class MeetingRollup {

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgUnits org;

	private final Messages messages;

	private final Clock clock;

	MeetingRollup(NamedParameterJdbcTemplate jdbc, OrgUnits org, Messages messages, Clock clock) {
		this.jdbc = jdbc;
		this.org = org;
		this.messages = messages;
		this.clock = clock;
	}

	/** A unit's figures: the chosen unit, or one of its children. */
	public record Node(OrgUnit unit, MeetingFigures figures) {
	}

	/** A cell below the thematic quota: the quarters without a thematic meeting. */
	public record Lagging(OrgUnit cell, List<String> quarters) {
	}

	/**
	 * The roll-up page: the unit, its children, the lagging cells; {@code cells} holds
	 * every cell's own figures (the report section names cells from them).
	 */
	public record Rollup(Node total, List<Node> children, List<Lagging> lagging, int quartersChecked,
			List<Node> cells) {
	}

	@Transactional(readOnly = true)
	public Rollup rollup(Scope scope, long unitId, LocalDate from, LocalDate to) {
		OrgUnit root = this.org.get(scope, unitId);
		if (from == null || to == null || to.isBefore(from)) {
			throw AppException.invalid("meeting.periodInvalid");
		}
		LocalDate until = to.isAfter(LocalDate.now(this.clock)) ? LocalDate.now(this.clock) : to;
		List<int[]> quarters = quartersEnded(from, until);
		List<OrgUnit> cells = this.org.subtree(root.getPath())
			.stream()
			.filter(u -> u.getKind().holdsMembers() && u.isOpenOn(until) && scope.contains(u.getPath()))
			.toList();
		Map<Long, long[]> perCell = countsPerCell(root.getPath(), from, to);
		Map<Long, Set<Integer>> thematicQuarters = thematicQuarters(root.getPath(), from, to);
		Map<Long, Node> children = new LinkedHashMap<>();
		List<OrgUnit> childUnits = root.getKind().holdsMembers() ? List.of()
				: this.org.children(root).stream().filter(c -> scope.contains(c.getPath())).toList();
		for (OrgUnit c : childUnits) {
			children.put(c.getId(), new Node(c, MeetingFigures.ZERO));
		}
		List<String> quarterNames = quarters.stream()
			.map(q -> this.messages.get("meeting.quarter", roman(q[1]), String.valueOf(q[0])))
			.toList();
		MeetingFigures total = MeetingFigures.ZERO;
		List<Lagging> lagging = new ArrayList<>();
		List<Node> perCellNodes = new ArrayList<>();
		String rootPath = root.getPath();
		for (OrgUnit cell : cells) {
			long[] c = perCell.getOrDefault(cell.getId(), new long[9]);
			Set<Integer> held = thematicQuarters.getOrDefault(cell.getId(), Set.of());
			List<String> missing = new ArrayList<>();
			for (int i = 0; i < quarters.size(); i++) {
				int[] q = quarters.get(i);
				if (!held.contains(q[0] * 4 + q[1])) {
					missing.add(quarterNames.get(i));
				}
			}
			if (!missing.isEmpty()) {
				lagging.add(new Lagging(cell, missing));
			}
			long regular = c[0] - c[1];
			MeetingFigures f = new MeetingFigures(1, c[0] > 0 ? 1 : 0, c[0], c[1], c[2], c[3], c[4], c[5], c[6],
					regular > 0 && c[7] * 2 > regular ? 1 : 0, regular > 0 && c[8] * 2 > regular ? 1 : 0,
					missing.isEmpty() ? 0 : 1);
			total = total.plus(f);
			perCellNodes.add(new Node(cell, f));
			Node n = children.get(UnitPaths.childOf(cell.getPath(), rootPath));
			if (n != null) {
				children.put(n.unit().getId(), new Node(n.unit(), n.figures().plus(f)));
			}
		}
		return new Rollup(new Node(root, total), new ArrayList<>(children.values()), lagging, quarters.size(),
				perCellNodes);
	}

	/**
	 * The root API for other modules: the counts, the lagging cells by their unambiguous
	 * labels, and the report sentences.
	 */
	@Transactional(readOnly = true)
	public MeetingSummary forUnit(Scope scope, long unitId, LocalDate from, LocalDate to) {
		return summary(rollup(scope, unitId, from, to), from, to);
	}

	/** The summary of a roll-up already made (the page shows both). */
	public MeetingSummary summary(Rollup r, LocalDate from, LocalDate to) {
		long unitId = r.total().unit().getId();
		MeetingFigures f = r.total().figures();
		Map<Long, String> labels = this.org.labels(r.lagging().stream().map(Lagging::cell).toList());
		List<String> lagging = r.lagging().stream().map(l -> labels.get(l.cell().getId())).toList();
		String story = sentence("story", f.cellsTellingStories(), f.cells());
		String lesson = sentence("lesson", f.cellsDrawingLessons(), f.cells());
		String thematic = r.quartersChecked() == 0 ? null
				: sentence("thematic", f.cells() - f.cellsLagging(), f.cells());
		StringBuilder section = new StringBuilder(this.messages.get("meeting.reportSection", VnFormat.shortDate(from),
				VnFormat.shortDate(to), VnFormat.number(f.cellsHeld()), VnFormat.number(f.cells()),
				VnFormat.count(f.meetings()), VnFormat.count(f.thematic()), VnFormat.ratio(f.present(), f.expected()),
				VnFormat.percent(f.present(), f.expected())));
		section.append(' ').append(story).append(' ').append(lesson);
		if (thematic != null) {
			section.append(' ').append(thematic);
		}
		if (!lagging.isEmpty()) {
			section.append(' ')
				.append(this.messages.get("meeting.reportLagging",
						String.join(", ", lagging.stream().limit(50).toList()),
						lagging.size() > 50 ? this.messages.get("meeting.reportMore", lagging.size() - 50) : ""));
		}
		return new MeetingSummary(unitId, this.org.label(r.total().unit()), from, to, f, lagging, r.quartersChecked(),
				story, lesson, thematic, section.toString());
	}

	/**
	 * "Hầu hết các chi bộ trực thuộc đều thực hiện kể mẫu chuyện về Bác (32/34 chi bộ)":
	 * the wording of {@code meeting.sentence.<topic>.<quantity>} follows the figure.
	 */
	public String sentence(String topic, long part, long whole) {
		Quantity q = Quantity.of(part, whole);
		if (q == null) {
			return this.messages.get("meeting.sentence.noCells");
		}
		return this.messages.get("meeting.sentence." + topic + "." + q.name(), VnFormat.ratio(part, whole));
	}

	/**
	 * Per cell: completed meetings, thematic, with story, with story and lesson, drafts,
	 * present, expected, regular with story, regular with story and lesson.
	 */
	private Map<Long, long[]> countsPerCell(String path, LocalDate from, LocalDate to) {
		Map<Long, long[]> counts = new HashMap<>();
		this.jdbc.query("""
				select unit_id, sum(completed), sum(thematic), sum(with_story), sum(with_lesson), sum(drafts),
				  sum(present), sum(expected), sum(regular_story), sum(regular_lesson)
				from meeting_day_count
				where unit_path like :prefix and held_on >= :from and held_on <= :to
				group by unit_id""", period(path, from, to), rs -> {
			long[] c = new long[9];
			for (int i = 0; i < 9; i++) {
				c[i] = rs.getLong(i + 2);
			}
			counts.put(rs.getLong(1), c);
		});
		return counts;
	}

	/** Per cell, the quarters (year × 4 + quarter) with a completed thematic meeting. */
	private Map<Long, Set<Integer>> thematicQuarters(String path, LocalDate from, LocalDate to) {
		Map<Long, Set<Integer>> held = new HashMap<>();
		this.jdbc.query("""
				select unit_id, held_on from meeting_day_count
				where unit_path like :prefix and held_on >= :from and held_on <= :to and thematic > 0""",
				period(path, from, to), rs -> {
					LocalDate d = rs.getDate(2).toLocalDate();
					held.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(d.getYear() * 4 + quarterOf(d));
				});
		return held;
	}

	/** The quarters [year, quarter 1–4] lying wholly within the period. */
	static List<int[]> quartersEnded(LocalDate from, LocalDate until) {
		List<int[]> quarters = new ArrayList<>();
		LocalDate start = LocalDate.of(from.getYear(), (quarterOf(from) - 1) * 3 + 1, 1);
		while (!start.isAfter(until)) {
			LocalDate end = start.plusMonths(3).minusDays(1);
			if (!start.isBefore(from) && !end.isAfter(until)) {
				quarters.add(new int[] { start.getYear(), quarterOf(start) });
			}
			start = start.plusMonths(3);
		}
		return quarters;
	}

	static int quarterOf(LocalDate d) {
		return (d.getMonthValue() - 1) / 3 + 1;
	}

	private static String roman(int q) {
		return switch (q) {
			case 1 -> "I";
			case 2 -> "II";
			case 3 -> "III";
			default -> "IV";
		};
	}

	private static MapSqlParameterSource period(String path, LocalDate from, LocalDate to) {
		return new MapSqlParameterSource("prefix", path + "%").addValue("from", from).addValue("to", to);
	}

}
