package vn.tuyengiao.study;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.MemberStanding;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.study.internal.KeptTallies;

/**
 * Attendance at a campaign's classes: party members person by person (the API's bulk
 * rows, the cell secretary's checklist), other audiences by headcount against their
 * population. Each change is checked against the class, the campaign and the user's
 * scope, and brings the roll-up's kept counts in step in the same transaction.
 */
@Service
public class StudyAttendance {

	private final StudyService study;

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgUnits org;

	private final KeptTallies tallies;

	private final AuditLog audit;

	private final Clock clock;

	private final Messages messages;

	StudyAttendance(StudyService study, NamedParameterJdbcTemplate jdbc, OrgUnits org, KeptTallies tallies,
			AuditLog audit, Clock clock, Messages messages) {
		this.messages = messages;
		this.study = study;
		this.jdbc = jdbc;
		this.org = org;
		this.tallies = tallies;
		this.audit = audit;
		this.clock = clock;
	}

	// ---- attendance by person

	/**
	 * Adds attendance rows (API bulk): every member must be in the organiser's subtree
	 * and the user's scope, on the roll on the class date, and not yet recorded for this
	 * class. One bad row refuses the whole request.
	 */
	@Transactional
	public int addAttendance(Scope scope, long sessionId, List<Long> memberIds) {
		StudySession session = this.study.session(scope, sessionId);
		requirePartyMembers(session);
		Set<Long> seen = new HashSet<>();
		for (Long id : memberIds) {
			if (!seen.add(id)) {
				throw AppException.invalid("study.attendanceDuplicate", id);
			}
		}
		Map<Long, MemberFacts> facts = facts(memberIds, session.getHeldOn());
		OrgUnit organiser = this.org.get(session.getOrganiserUnitId());
		for (Long id : memberIds) {
			MemberFacts f = facts.get(id);
			checkEligible(scope, session, organiser, id, f);
			if (f.alreadyRecorded(sessionId)) {
				throw AppException.conflict("study.attendanceExists", f.name());
			}
		}
		insertAttendance(scope, session, memberIds, facts);
		this.tallies.refreshAttendees(session.getCampaignId(), memberIds);
		this.audit.record("ATTENDANCE", "StudySession", sessionId, organiser.getPath(),
				"Ghi nhận " + memberIds.size() + " đảng viên tham dự lớp " + session.getTitle(), null);
		return memberIds.size();
	}

	/**
	 * The cell secretary's checklist: the members of one cell who attended this class,
	 * replacing what was ticked before for that cell.
	 */
	@Transactional
	public int setCellAttendance(Scope scope, long sessionId, long cellId, Collection<Long> presentIds) {
		StudySession session = this.study.session(scope, sessionId);
		requirePartyMembers(session);
		OrgUnit cell = this.org.get(cellId);
		scope.requireWrite(cell.getPath());
		OrgUnit organiser = this.org.get(session.getOrganiserUnitId());
		if (!cell.getPath().startsWith(organiser.getPath())) {
			throw AppException.invalid("study.cellOutsideSession", cell.getName(), organiser.getName());
		}
		List<Long> ids = new ArrayList<>(new LinkedHashSet<>(presentIds));
		Map<Long, MemberFacts> facts = facts(ids, session.getHeldOn());
		List<String> notOnRoll = new ArrayList<>();
		for (Long id : ids) {
			MemberFacts f = facts.get(id);
			checkPlace(scope, organiser, id, f);
			if (f.unitId() != cellId) {
				throw AppException.invalid("study.memberNotInCell", f.name(), cell.getName());
			}
			RollStanding standing = RollStanding.of(f.statusThen(), f.joinDate(), f.nextStatusFrom(),
					session.getHeldOn());
			if (!standing.onRoll()) {
				notOnRoll.add(f.name() + " (" + this.messages.get(standing.reasonKey(), standing.reasonDate()) + ")");
			}
		}
		if (!notOnRoll.isEmpty()) {
			// Every refused row named at once, so the secretary can untick them all.
			throw AppException.invalid("study.checklistRefused", String.join(", ", notOnRoll), session.getHeldOn());
		}
		MapSqlParameterSource cellParams = new MapSqlParameterSource("s", sessionId).addValue("cell", cellId);
		List<Long> before = this.jdbc
			.queryForList("select member_id from session_attendance where session_id = :s and member_id in "
					+ "(select id from member where unit_id = :cell)", cellParams, Long.class);
		this.jdbc.update("delete from session_attendance where session_id = :s and member_id in "
				+ "(select id from member where unit_id = :cell)", cellParams);
		insertAttendance(scope, session, ids, facts);
		Set<Long> touched = new LinkedHashSet<>(before);
		touched.addAll(ids);
		this.tallies.refreshAttendees(session.getCampaignId(), new ArrayList<>(touched));
		this.audit.record("ATTENDANCE", "StudySession", sessionId, cell.getPath(),
				"Điểm danh " + cell.getName() + ": " + ids.size() + " đảng viên tham dự lớp " + session.getTitle(),
				null);
		return ids.size();
	}

	/**
	 * Members of a cell with their standing on the class date and whether they are ticked
	 * for it.
	 */
	@Transactional(readOnly = true)
	public List<ChecklistRow> checklist(Scope scope, long sessionId, long cellId) {
		StudySession session = this.study.session(scope, sessionId);
		OrgUnit cell = this.org.get(cellId);
		scope.requireRead(cell.getPath());
		MapSqlParameterSource p = new MapSqlParameterSource("cell", cellId).addValue("d", session.getHeldOn())
			.addValue("s", sessionId)
			.addValue("c", session.getCampaignId());
		return this.jdbc
			.query("""
					select m.id, m.full_name, m.position,
					       %s as status_then,
					       exists (select 1 from session_attendance a where a.session_id = :s and a.member_id = m.id) as here,
					       exists (select 1 from session_attendance a join study_session x on x.id = a.session_id
					               where x.campaign_id = :c and a.session_id <> :s and a.member_id = m.id) as elsewhere,
					       m.join_date, %s as next_from
					from member m where m.unit_id = :cell and %s
					order by m.search_name, m.id"""
				.formatted(MemberStanding.statusOnSql("m.id", ":d"), NEXT_STATUS_FROM, MemberStanding.onRollSql("m")),
					p,
					(rs, n) -> new ChecklistRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getBoolean(5), rs.getBoolean(6),
							RollStanding.of(rs.getString(4), date(rs, 7), date(rs, 8), session.getHeldOn())));
	}

	/**
	 * A member of the cell on the checklist: {@code standing} says whether they were on
	 * the roll on the class date, and if not why (greyed, cannot be ticked).
	 */
	public record ChecklistRow(long memberId, String fullName, String position, String statusThen, boolean present,
			boolean attendedElsewhere, RollStanding standing) {

		public boolean excused() {
			return "EXEMPT".equals(this.statusThen) || "AWAY".equals(this.statusThen);
		}

		/** May be ticked: on the roll on the class date. */
		public boolean tickable() {
			return this.standing.onRoll();
		}

		/**
		 * The same row with the ticks the user sent (a refused save shows them again).
		 */
		public ChecklistRow ticked(Collection<Long> ticked) {
			// A member not on the roll then stays unticked.
			return new ChecklistRow(this.memberId, this.fullName, this.position, this.statusThen,
					tickable() && ticked.contains(this.memberId), this.attendedElsewhere, this.standing);
		}

	}

	// ---- headcounts and populations

	@Transactional
	public void setPopulation(Scope scope, long campaignId, long unitId, Audience audience, int population) {
		this.study.campaign(scope, campaignId);
		OrgUnit unit = this.org.get(unitId);
		scope.requireWrite(unit.getPath());
		if (audience.byPerson()) {
			throw AppException.invalid("study.populationForMembers");
		}
		if (population < 0) {
			throw AppException.invalid("study.negative");
		}
		long counted = headcountTotal(campaignId, unitId, audience, null);
		if (counted > population) {
			throw AppException.invalid("study.populationBelowHeadcount", population, counted);
		}
		MapSqlParameterSource p = new MapSqlParameterSource("c", campaignId).addValue("u", unitId)
			.addValue("a", audience.name())
			.addValue("n", population);
		if (this.jdbc.update(
				"update audience_population set population = :n where campaign_id = :c and unit_id = :u and audience = :a",
				p) == 0) {
			this.jdbc.update(
					"insert into audience_population (campaign_id, unit_id, audience, population) values (:c, :u, :a, :n)",
					p);
		}
		this.audit.record("POPULATION", "StudyCampaign", campaignId, unit.getPath(),
				"Số đối tượng " + audience + " của " + unit.getName() + ": " + population, null);
	}

	/**
	 * Headcount of a non-member audience at a class, for one unit: never above that
	 * unit's population.
	 */
	@Transactional
	public void setHeadcount(Scope scope, long sessionId, long unitId, Audience audience, int attended) {
		StudySession session = this.study.session(scope, sessionId);
		OrgUnit unit = this.org.get(unitId);
		scope.requireWrite(unit.getPath());
		if (audience.byPerson()) {
			throw AppException.invalid("study.headcountForMembers");
		}
		if (!session.getAudiences().contains(audience)) {
			throw AppException.invalid("study.audienceNotInSession");
		}
		if (attended < 0) {
			throw AppException.invalid("study.negative");
		}
		Long population = this.jdbc.query(
				"select population from audience_population where campaign_id = :c and unit_id = :u and audience = :a",
				new MapSqlParameterSource("c", session.getCampaignId()).addValue("u", unitId)
					.addValue("a", audience.name()),
				rs -> rs.next() ? rs.getLong(1) : null);
		if (population == null) {
			throw AppException.invalid("study.populationMissing", unit.getName());
		}
		long others = headcountTotal(session.getCampaignId(), unitId, audience, sessionId);
		if (others + attended > population) {
			throw AppException.invalid("study.headcountAbovePopulation", attended, population - others, unit.getName());
		}
		MapSqlParameterSource p = new MapSqlParameterSource("s", sessionId).addValue("u", unitId)
			.addValue("a", audience.name())
			.addValue("n", attended);
		if (this.jdbc.update(
				"update session_headcount set attended = :n where session_id = :s and unit_id = :u and audience = :a",
				p) == 0) {
			this.jdbc.update(
					"insert into session_headcount (session_id, unit_id, audience, attended) values (:s, :u, :a, :n)",
					p);
		}
		this.audit.record("HEADCOUNT", "StudySession", sessionId, unit.getPath(),
				unit.getName() + ": " + attended + " " + audience, null);
	}

	private long headcountTotal(long campaignId, long unitId, Audience audience, Long exceptSession) {
		MapSqlParameterSource p = new MapSqlParameterSource("c", campaignId).addValue("u", unitId)
			.addValue("a", audience.name())
			.addValue("x", exceptSession == null ? -1L : exceptSession);
		Long n = this.jdbc.queryForObject(
				"select coalesce(sum(h.attended), 0) from session_headcount h join study_session s on s.id = h.session_id "
						+ "where s.campaign_id = :c and h.unit_id = :u and h.audience = :a and h.session_id <> :x",
				p, Long.class);
		return n == null ? 0 : n;
	}

	// ---- helpers

	private record MemberFacts(long id, String name, long unitId, String unitPath, String statusThen,
			Set<Long> sessions, long cellThen, LocalDate joinDate, LocalDate nextStatusFrom) {

		boolean alreadyRecorded(long sessionId) {
			return this.sessions.contains(sessionId);
		}

	}

	private Map<Long, MemberFacts> facts(List<Long> ids, LocalDate date) {
		Map<Long, MemberFacts> facts = new HashMap<>();
		for (int from = 0; from < ids.size(); from += 1000) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
			MapSqlParameterSource p = new MapSqlParameterSource("ids", chunk).addValue("d", date);
			this.jdbc.query("""
					select m.id, m.full_name, m.unit_id, u.path,
					       %s,
					       %s,
					       m.join_date, %s
					from member m join org_unit u on u.id = m.unit_id where m.id in (:ids)""".formatted(
					MemberStanding.statusOnSql("m.id", ":d"), MemberStanding.cellOnSql("m.id", ":d"), NEXT_STATUS_FROM),
					p, rs -> {
						long cellThen = rs.getLong(6);
						boolean noCellThen = rs.wasNull();
						facts.put(rs.getLong(1),
								new MemberFacts(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
										rs.getString(5), new HashSet<>(), noCellThen ? rs.getLong(3) : cellThen,
										date(rs, 7), date(rs, 8)));
					});
			this.jdbc.query("select member_id, session_id from session_attendance where member_id in (:ids)", p, rs -> {
				MemberFacts f = facts.get(rs.getLong(1));
				if (f != null) {
					f.sessions().add(rs.getLong(2));
				}
			});
		}
		return facts;
	}

	/**
	 * The first status period starting after the class date ({@code :d}): when a member
	 * not yet on the roll then came onto it.
	 */
	private static final String NEXT_STATUS_FROM = MemberStanding.nextStatusFromSql("m.id", ":d");

	private static LocalDate date(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
		java.sql.Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}

	private static void checkPlace(Scope scope, OrgUnit organiser, Long id, MemberFacts f) {
		if (f == null) {
			throw AppException.invalid("study.memberUnknown", id);
		}
		if (!f.unitPath().startsWith(organiser.getPath())) {
			throw AppException.invalid("study.memberOutsideSession", f.name(), organiser.getName());
		}
		scope.requireWrite(f.unitPath());
	}

	private static void checkEligible(Scope scope, StudySession session, OrgUnit organiser, Long id, MemberFacts f) {
		checkPlace(scope, organiser, id, f);
		if (f.statusThen() == null || "TRANSFERRED_OUT".equals(f.statusThen()) || "DECEASED".equals(f.statusThen())) {
			throw AppException.invalid("study.memberNotOnRoll", f.name(), session.getHeldOn());
		}
	}

	private static void requirePartyMembers(StudySession session) {
		if (!session.getAudiences().contains(Audience.PARTY_MEMBERS)) {
			throw AppException.invalid("study.sessionWithoutMembers");
		}
	}

	private void insertAttendance(Scope scope, StudySession session, List<Long> ids, Map<Long, MemberFacts> facts) {
		if (ids.isEmpty()) {
			return;
		}
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		MapSqlParameterSource[] batch = ids.stream()
			.map(id -> new MapSqlParameterSource("s", session.getId()).addValue("m", id)
				.addValue("u", facts.get(id).cellThen())
				.addValue("by", scope.username())
				.addValue("at", now))
			.toArray(MapSqlParameterSource[]::new);
		this.jdbc
			.batchUpdate("insert into session_attendance (session_id, member_id, unit_id, recorded_by, recorded_at)"
					+ " values (:s, :m, :u, :by, :at)", batch);
	}

}
