package vn.tuyengiao.demo;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.meeting.MeetingDayCounts;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.OrgUnits;

/**
 * Evaluation mode: a year of cell meetings for the cells of four communes of the demo
 * province (the commune of canbo.xa and bithu, the viewer's, and two more): a regular
 * meeting on the 3rd of each month, most with a story about Uncle Ho and its lesson, a
 * few stories without the lesson left as drafts, a thematic meeting each quarter except
 * in one commune that lags, attendance by person from the cells' rolls, self-reviews in
 * rotation, grades by the commune. Bithu's cell has no meeting yet this month, so the
 * secretary can record it. Inserted by JDBC batches; runs only when no meeting exists.
 */
@Component
@Order(7)
class DemoMeetingLoader implements ApplicationRunner {

	private final OrgUnits org;

	private final TransactionTemplate tx;

	private final JdbcTemplate jdbc;

	private final DemoDataDone done;

	private final Clock clock;

	private final MeetingDayCounts dayCounts;

	DemoMeetingLoader(OrgUnits org, TransactionTemplate tx, JdbcTemplate jdbc, DemoDataDone done, Clock clock,
			MeetingDayCounts dayCounts) {
		this.org = org;
		this.tx = tx;
		this.jdbc = jdbc;
		this.done = done;
		this.clock = clock;
		this.dayCounts = dayCounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.done.wanted()) {
			return;
		}
		Integer existing = this.jdbc.queryForObject("select count(*) from cell_meeting", Integer.class);
		List<OrgUnit> roots = this.org.roots(Scope.system());
		if (existing == null || existing > 0 || roots.isEmpty()) {
			return;
		}
		this.done.load("cell meetings", () -> this.tx.executeWithoutResult(status -> load(roots.get(0))));
	}

	void load(OrgUnit province) {
		List<OrgUnit> communes = this.org.children(province)
			.stream()
			.filter(u -> u.getKind() == OrgUnitKind.COMMUNE_COMMITTEE && !u.isClosed())
			.toList();
		if (communes.isEmpty()) {
			return;
		}
		List<OrgUnit> chosen = new ArrayList<>();
		for (int i = 0; i < Math.min(3, communes.size()); i++) {
			chosen.add(communes.get(i));
		}
		if (!chosen.contains(communes.get(communes.size() - 1))) {
			chosen.add(communes.get(communes.size() - 1));
		}
		Long bithuCell = this.jdbc.query("select unit_id from app_user where username = 'bithu'",
				rs -> rs.next() ? rs.getLong(1) : null);
		LocalDate today = LocalDate.now(this.clock);
		DemoMeetingPlan plan = new DemoMeetingPlan(new Random(14), today, bithuCell == null ? -1 : bithuCell);
		for (int c = 0; c < chosen.size(); c++) {
			OrgUnit commune = chosen.get(c);
			// The third commune lags on thematic meetings.
			plan.commune(rolls(commune.getPath()), c == 2);
		}
		write(plan);
		this.dayCounts.refreshCells(plan.meetings().stream().map(DemoMeetingPlan.Meeting::cellId).distinct().toList());
	}

	/** Every cell's periods under the path: member, cell, status and their dates. */
	private Map<Long, List<DemoMeetingPlan.Period>> rolls(String path) {
		Map<Long, List<DemoMeetingPlan.Period>> cells = new HashMap<>();
		this.jdbc.query("""
				select c.unit_id, c.member_id, c.valid_from, c.valid_to, s.status, s.valid_from, s.valid_to, m.position
				from member_unit_period c
				join org_unit u on u.id = c.unit_id
				join member_status_period s on s.member_id = c.member_id
				join member m on m.id = c.member_id
				where u.path like ? and u.valid_to is null
				order by c.unit_id, m.search_name, m.id""", (ResultSet rs) -> {
			cells.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new DemoMeetingPlan.Period(rs.getLong(2), date(rs, 3), date(rs, 4), rs.getString(5), date(rs, 6),
						date(rs, 7), rs.getString(8)));
		}, path + "%");
		return cells;
	}

	private static LocalDate date(ResultSet rs, int column) throws java.sql.SQLException {
		Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}

	private void write(DemoMeetingPlan plan) {
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		this.jdbc.execute((ConnectionCallback<Void>) con -> {
			try (PreparedStatement meeting = con.prepareStatement("""
					insert into cell_meeting (unit_id, held_on, kind, topic, chair_id, secretary_id, follow_up, content,
					    discussion, resolution, story_title, lesson, documents_sent, minutes_signed, status,
					    expected_count, present_count, grade, graded_by, graded_at, source, created_at, created_by,
					    updated_at, version)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'FORM', ?, 'bithu', ?, 0)""",
					new String[] { "id" });
					PreparedStatement attendance = con.prepareStatement(
							"insert into meeting_attendance (meeting_id, member_id, present, excused, absence_reason) "
									+ "values (?, ?, ?, ?, ?)");
					PreparedStatement review = con
						.prepareStatement("insert into meeting_self_review (meeting_id, member_id) values (?, ?)")) {
				List<DemoMeetingPlan.Meeting> all = plan.meetings();
				for (int start = 0; start < all.size(); start += 500) {
					List<DemoMeetingPlan.Meeting> chunk = all.subList(start, Math.min(all.size(), start + 500));
					for (DemoMeetingPlan.Meeting m : chunk) {
						int i = 1;
						meeting.setLong(i++, m.cellId());
						meeting.setObject(i++, Date.valueOf(m.heldOn()), Types.DATE);
						meeting.setString(i++, m.kind());
						meeting.setString(i++, m.topic());
						meeting.setObject(i++, m.chairId(), Types.BIGINT);
						meeting.setObject(i++, m.secretaryId(), Types.BIGINT);
						meeting.setString(i++, m.followUp());
						meeting.setString(i++, m.content());
						meeting.setString(i++, m.discussion());
						meeting.setString(i++, m.resolution());
						meeting.setString(i++, m.story());
						meeting.setString(i++, m.lesson());
						meeting.setBoolean(i++, m.documentsSent());
						meeting.setBoolean(i++, m.completed());
						meeting.setString(i++, m.completed() ? "COMPLETED" : "DRAFT");
						meeting.setInt(i++, m.expected());
						meeting.setInt(i++, m.present());
						meeting.setString(i++, m.grade());
						meeting.setString(i++, m.grade() == null ? null : "canbo.xa");
						meeting.setTimestamp(i++, m.grade() == null ? null : now);
						meeting.setTimestamp(i++, now);
						meeting.setTimestamp(i++, now);
						meeting.addBatch();
					}
					meeting.executeBatch();
					List<Long> ids = new ArrayList<>(chunk.size());
					try (ResultSet keys = meeting.getGeneratedKeys()) {
						while (keys.next()) {
							ids.add(keys.getLong(1));
						}
					}
					for (int k = 0; k < chunk.size(); k++) {
						DemoMeetingPlan.Meeting m = chunk.get(k);
						for (DemoMeetingPlan.Seat s : m.seats()) {
							attendance.setLong(1, ids.get(k));
							attendance.setLong(2, s.memberId());
							attendance.setBoolean(3, s.present());
							attendance.setBoolean(4, s.excused());
							attendance.setString(5, s.reason());
							attendance.addBatch();
						}
						for (Long r : m.reviews()) {
							review.setLong(1, ids.get(k));
							review.setLong(2, r);
							review.addBatch();
						}
					}
					attendance.executeBatch();
					review.executeBatch();
				}
			}
			return null;
		});
	}

}
