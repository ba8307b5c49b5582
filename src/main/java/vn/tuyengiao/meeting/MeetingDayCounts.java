package vn.tuyengiao.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.org.UnitPaths;
import vn.tuyengiao.org.UnitPathsChanged;

/**
 * The kept counts the roll-up reads ({@code meeting_day_count}): per cell and day, the
 * meetings completed, thematic, with story, with story and lesson, drafts, present and
 * expected (summed from the meetings' own kept attendance counts), regular with story,
 * and regular with story and lesson, with a copy of the cell's path. A day's row is
 * recounted from its meetings in the transaction that wrote them, so it can never drift
 * from them.
 */
@Component
public class MeetingDayCounts {

	/**
	 * The row of a cell and day, from its meetings (the one definition of each count).
	 */
	static final String RECOUNT = """
			select m.unit_id, m.held_on, u.path,
			  sum(case when m.status = 'COMPLETED' then 1 else 0 end),
			  sum(case when m.status = 'COMPLETED' and m.kind = 'THEMATIC' then 1 else 0 end),
			  sum(case when m.status = 'COMPLETED' and m.story_title is not null then 1 else 0 end),
			  sum(case when m.status = 'COMPLETED' and m.story_title is not null and m.lesson is not null then 1 else 0 end),
			  sum(case when m.status = 'DRAFT' then 1 else 0 end),
			  sum(case when m.status = 'COMPLETED' then m.present_count else 0 end),
			  sum(case when m.status = 'COMPLETED' then m.expected_count else 0 end),
			  sum(case when m.status = 'COMPLETED' and m.kind = 'REGULAR' and m.story_title is not null then 1 else 0 end),
			  sum(case when m.status = 'COMPLETED' and m.kind = 'REGULAR' and m.story_title is not null
			           and m.lesson is not null then 1 else 0 end)
			from cell_meeting m join org_unit u on u.id = m.unit_id
			""";

	private static final String INSERT = """
			insert into meeting_day_count (unit_id, held_on, unit_path, completed, thematic, with_story, with_lesson,
			  drafts, present, expected, regular_story, regular_lesson)
			""";

	private static final int CHUNK = 1000;

	private final NamedParameterJdbcTemplate jdbc;

	MeetingDayCounts(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Recounts one cell's day after its meetings changed (written, completed, reopened,
	 * deleted, moved to another day). The cell's row in {@code org_unit} is locked first:
	 * two writers of the same cell and day, or a move of the cell, wait for each other.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void refresh(long cellId, LocalDate day) {
		UnitPaths.locked(this.jdbc, cellId);
		MapSqlParameterSource p = new MapSqlParameterSource("u", cellId).addValue("d", day);
		this.jdbc.update("delete from meeting_day_count where unit_id = :u and held_on = :d", p);
		this.jdbc.update(
				INSERT + RECOUNT + " where m.unit_id = :u and m.held_on = :d group by m.unit_id, m.held_on, u.path", p);
	}

	/**
	 * Recounts every day of these cells: for loaders that write meetings with set-based
	 * SQL (demo data, benchmarks, test worlds). Runs in the caller's transaction, or its
	 * own.
	 */
	@Transactional
	public void refreshCells(Collection<Long> cellIds) {
		List<Long> ids = new ArrayList<>(cellIds);
		for (int i = 0; i < ids.size(); i += CHUNK) {
			MapSqlParameterSource p = new MapSqlParameterSource("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)));
			this.jdbc.update("delete from meeting_day_count where unit_id in (:ids)", p);
			this.jdbc.update(INSERT + RECOUNT + " where m.unit_id in (:ids) group by m.unit_id, m.held_on, u.path", p);
		}
	}

	/** Recounts every cell under a path prefix (a bulk load of a whole subtree). */
	@Transactional
	public void refreshSubtree(String pathPrefix) {
		MapSqlParameterSource p = new MapSqlParameterSource("prefix", pathPrefix + "%");
		this.jdbc.update("delete from meeting_day_count where unit_path like :prefix", p);
		this.jdbc.update(INSERT + RECOUNT + " where u.path like :prefix group by m.unit_id, m.held_on, u.path", p);
	}

	/**
	 * A subtree moved (a merger, a new parent): the path copies of its cells follow, in
	 * the transaction that moved it.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(UnitPathsChanged moved) {
		this.jdbc.update(moved.rewriteSql("meeting_day_count", "unit_path"), moved.parameters());
	}

}
