package vn.tuyengiao.study;

import java.sql.Timestamp;
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

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.MemberStanding;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.UnitPaths;
import vn.tuyengiao.org.UnitPathsChanged;
import vn.tuyengiao.text.VietnameseText;

/**
 * Campaigns, their classes, and attendance: each change checked against the campaign and
 * the user's scope.
 */
@Service
public class StudyService {

	private final StudyCampaignRepository campaigns;

	private final StudySessionRepository sessions;

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgUnits org;

	private final AuditLog audit;

	StudyService(StudyCampaignRepository campaigns, StudySessionRepository sessions, NamedParameterJdbcTemplate jdbc,
			OrgUnits org, AuditLog audit) {
		this.campaigns = campaigns;
		this.sessions = sessions;
		this.jdbc = jdbc;
		this.org = org;
		this.audit = audit;
	}

	public record NewCampaign(long ownerUnitId, String title, DocumentKind kind, String basisPlan, LocalDate from,
			LocalDate to, LocalDate deadline, Set<Audience> audiences, boolean essayRequired) {
	}

	public record NewSession(long campaignId, long organiserUnitId, String title, SessionFormat format,
			Long hostSessionId, LocalDate heldOn, String place, String presenters, Set<Audience> audiences,
			boolean makeUp) {
	}

	// ---- campaigns

	@Transactional
	public StudyCampaign createCampaign(Scope scope, NewCampaign c) {
		OrgUnit owner = this.org.get(c.ownerUnitId());
		scope.requireManageUnits(owner.getPath());
		if (c.title() == null || c.title().isBlank()) {
			throw AppException.invalid("study.titleRequired");
		}
		if (c.from() == null || c.to() == null || c.to().isBefore(c.from())) {
			throw AppException.invalid("study.periodInvalid");
		}
		if (c.deadline() != null && (c.deadline().isBefore(c.from()) || c.deadline().isAfter(c.to()))) {
			throw AppException.invalid("study.deadlineOutsidePeriod");
		}
		if (c.audiences() == null || c.audiences().isEmpty()) {
			throw AppException.invalid("study.audiencesRequired");
		}
		StudyCampaign campaign = this.campaigns
			.save(new StudyCampaign(owner.getId(), VietnameseText.normalize(c.title()),
					c.kind() == null ? DocumentKind.OTHER : c.kind(), VietnameseText.normalize(c.basisPlan()), c.from(),
					c.to(), c.deadline(), c.audiences(), c.essayRequired()));
		this.audit.record("CREATE", "StudyCampaign", campaign.getId(), "Tạo đợt học tập " + campaign.getTitle(),
				owner.getName());
		return campaign;
	}

	@Transactional(readOnly = true)
	public StudyCampaign campaign(Scope scope, long id) {
		StudyCampaign c = this.campaigns.findById(id)
			.orElseThrow(() -> AppException.notFound("study.campaignNotFound", id));
		if (!visible(scope, this.org.get(c.getOwnerUnitId()).getPath())) {
			throw AppException.forbidden();
		}
		return c;
	}

	/**
	 * Campaigns the user takes part in: run by their unit, by a unit above it, or by a
	 * unit below it.
	 */
	@Transactional(readOnly = true)
	public List<StudyCampaign> campaigns(Scope scope) {
		List<StudyCampaign> visible = new ArrayList<>();
		for (StudyCampaign c : this.campaigns.findAllByOrderByPeriodFromDesc()) {
			if (visible(scope, this.org.get(c.getOwnerUnitId()).getPath())) {
				visible.add(c);
			}
		}
		return visible;
	}

	/**
	 * Units below the owner carry a campaign out and units above it follow it: both see
	 * it.
	 */
	private static boolean visible(Scope scope, String ownerPath) {
		return scope.contains(ownerPath) || scope.pathPrefix().startsWith(ownerPath);
	}

	// ---- classes

	@Transactional
	public StudySession createSession(Scope scope, NewSession s) {
		StudyCampaign campaign = campaign(scope, s.campaignId());
		OrgUnit organiser = this.org.get(s.organiserUnitId());
		scope.requireWrite(organiser.getPath());
		OrgUnit owner = this.org.get(campaign.getOwnerUnitId());
		if (!organiser.getPath().startsWith(owner.getPath())) {
			throw AppException.invalid("study.organiserOutsideCampaign", organiser.getName(), owner.getName());
		}
		if (s.heldOn() == null || !campaign.covers(s.heldOn())) {
			throw AppException.invalid("study.sessionOutsidePeriod", s.heldOn(), campaign.getPeriodFrom(),
					campaign.getPeriodTo());
		}
		if (s.audiences() == null || s.audiences().isEmpty()) {
			throw AppException.invalid("study.audiencesRequired");
		}
		if (!campaign.getAudiences().containsAll(s.audiences())) {
			throw AppException.invalid("study.audienceNotInCampaign");
		}
		SessionFormat format = s.format() == null ? SessionFormat.IN_PERSON : s.format();
		if (s.hostSessionId() != null) {
			StudySession host = session(scope, s.hostSessionId());
			if (!host.getCampaignId().equals(campaign.getId())) {
				throw AppException.invalid("study.hostOtherCampaign");
			}
		}
		String title = s.title() == null || s.title().isBlank() ? campaign.getTitle() : s.title();
		StudySession session = this.sessions
			.save(new StudySession(campaign.getId(), organiser.getId(), VietnameseText.normalize(title), format,
					s.hostSessionId(), s.heldOn(), VietnameseText.normalize(s.place()),
					VietnameseText.normalize(s.presenters()), s.audiences(), s.makeUp()));
		this.audit.record("CREATE", "StudySession", session.getId(),
				"Thêm lớp " + session.getTitle() + " ngày " + s.heldOn(), organiser.getName());
		return session;
	}

	@Transactional(readOnly = true)
	public StudySession session(Scope scope, long id) {
		StudySession s = this.sessions.findById(id)
			.orElseThrow(() -> AppException.notFound("study.sessionNotFound", id));
		campaign(scope, s.getCampaignId());
		return s;
	}

	@Transactional(readOnly = true)
	public List<StudySession> sessions(Scope scope, long campaignId) {
		campaign(scope, campaignId);
		return this.sessions.findByCampaignIdOrderByHeldOnAscIdAsc(campaignId);
	}

	// ---- attendance by person

	/**
	 * Adds attendance rows (API bulk): every member must be in the organiser's subtree
	 * and the user's scope, on the roll on the class date, and not yet recorded for this
	 * class. One bad row refuses the whole request.
	 */
	@Transactional
	public int addAttendance(Scope scope, long sessionId, List<Long> memberIds) {
		StudySession session = session(scope, sessionId);
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
		refreshAttendees(session.getCampaignId(), memberIds);
		this.audit.record("ATTENDANCE", "StudySession", sessionId,
				"Ghi nhận " + memberIds.size() + " đảng viên tham dự lớp " + session.getTitle(), null);
		return memberIds.size();
	}

	/**
	 * The cell secretary's checklist: the members of one cell who attended this class,
	 * replacing what was ticked before for that cell.
	 */
	@Transactional
	public int setCellAttendance(Scope scope, long sessionId, long cellId, Collection<Long> presentIds) {
		StudySession session = session(scope, sessionId);
		requirePartyMembers(session);
		OrgUnit cell = this.org.get(cellId);
		scope.requireWrite(cell.getPath());
		OrgUnit organiser = this.org.get(session.getOrganiserUnitId());
		if (!cell.getPath().startsWith(organiser.getPath())) {
			throw AppException.invalid("study.cellOutsideSession", cell.getName(), organiser.getName());
		}
		List<Long> ids = new ArrayList<>(new LinkedHashSet<>(presentIds));
		Map<Long, MemberFacts> facts = facts(ids, session.getHeldOn());
		for (Long id : ids) {
			MemberFacts f = facts.get(id);
			checkEligible(scope, session, organiser, id, f);
			if (f != null && f.unitId() != cellId) {
				throw AppException.invalid("study.memberNotInCell", f.name(), cell.getName());
			}
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
		refreshAttendees(session.getCampaignId(), new ArrayList<>(touched));
		this.audit.record("ATTENDANCE", "StudySession", sessionId,
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
		StudySession session = session(scope, sessionId);
		OrgUnit cell = this.org.get(cellId);
		scope.requireRead(cell.getPath());
		MapSqlParameterSource p = new MapSqlParameterSource("cell", cellId).addValue("d", session.getHeldOn())
			.addValue("s", sessionId)
			.addValue("c", session.getCampaignId());
		return this.jdbc.query(
				"""
						select m.id, m.full_name, m.position,
						       %s as status_then,
						       exists (select 1 from session_attendance a where a.session_id = :s and a.member_id = m.id) as here,
						       exists (select 1 from session_attendance a join study_session x on x.id = a.session_id
						               where x.campaign_id = :c and a.session_id <> :s and a.member_id = m.id) as elsewhere
						from member m where m.unit_id = :cell and %s
						order by m.search_name, m.id"""
					.formatted(MemberStanding.statusOnSql("m.id", ":d"), MemberStanding.onRollSql("m")),
				p, (rs, n) -> new ChecklistRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getBoolean(5), rs.getBoolean(6)));
	}

	public record ChecklistRow(long memberId, String fullName, String position, String statusThen, boolean present,
			boolean attendedElsewhere) {

		public boolean excused() {
			return "EXEMPT".equals(this.statusThen) || "AWAY".equals(this.statusThen);
		}

	}

	// ---- headcounts and populations

	@Transactional
	public void setPopulation(Scope scope, long campaignId, long unitId, Audience audience, int population) {
		campaign(scope, campaignId);
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
		this.audit.record("POPULATION", "StudyCampaign", campaignId,
				"Số đối tượng " + audience + " của " + unit.getName() + ": " + population, null);
	}

	/**
	 * Headcount of a non-member audience at a class, for one unit: never above that
	 * unit's population.
	 */
	@Transactional
	public void setHeadcount(Scope scope, long sessionId, long unitId, Audience audience, int attended) {
		StudySession session = session(scope, sessionId);
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
		this.audit.record("HEADCOUNT", "StudySession", sessionId, unit.getName() + ": " + attended + " " + audience,
				null);
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
			Set<Long> sessions, long cellThen) {

		boolean alreadyRecorded(long sessionId) {
			return this.sessions.contains(sessionId);
		}

	}

	private Map<Long, MemberFacts> facts(List<Long> ids, LocalDate date) {
		Map<Long, MemberFacts> facts = new HashMap<>();
		for (int from = 0; from < ids.size(); from += 1000) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
			MapSqlParameterSource p = new MapSqlParameterSource("ids", chunk).addValue("d", date);
			this.jdbc.query(
					"""
							select m.id, m.full_name, m.unit_id, u.path,
							       %s,
							       %s
							from member m join org_unit u on u.id = m.unit_id where m.id in (:ids)"""
						.formatted(MemberStanding.statusOnSql("m.id", ":d"), MemberStanding.cellOnSql("m.id", ":d")),
					p, rs -> {
						long cellThen = rs.getLong(6);
						facts.put(rs.getLong(1),
								new MemberFacts(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
										rs.getString(5), new HashSet<>(), rs.wasNull() ? rs.getLong(3) : cellThen));
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

	private static void checkEligible(Scope scope, StudySession session, OrgUnit organiser, Long id, MemberFacts f) {
		if (f == null) {
			throw AppException.invalid("study.memberUnknown", id);
		}
		if (!f.unitPath().startsWith(organiser.getPath())) {
			throw AppException.invalid("study.memberOutsideSession", f.name(), organiser.getName());
		}
		scope.requireWrite(f.unitPath());
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
		Timestamp now = Timestamp.from(Instant.now());
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

	private record Attendee(long unitId, LocalDate firstOn) {
	}

	/**
	 * Brings the kept counts in step for these members after their attendance changed:
	 * each member who attended any class of the campaign is counted once, in the cell
	 * they belonged to on the first class they attended, on that date
	 * ({@code campaign_attendee} and its per-cell, per-day sum {@code campaign_tally},
	 * which the roll-up reads). Runs in the transaction that changed the attendance, so
	 * the roll-up is never behind.
	 */
	private void refreshAttendees(long campaignId, List<Long> memberIds) {
		for (int from = 0; from < memberIds.size(); from += 1000) {
			List<Long> chunk = memberIds.subList(from, Math.min(memberIds.size(), from + 1000));
			MapSqlParameterSource p = new MapSqlParameterSource("c", campaignId).addValue("ids", chunk);
			Map<Long, Attendee> kept = new HashMap<>();
			this.jdbc.query(
					"select member_id, unit_id, first_on from campaign_attendee where campaign_id = :c and member_id in (:ids)",
					p, rs -> {
						kept.put(rs.getLong(1), new Attendee(rs.getLong(2), rs.getDate(3).toLocalDate()));
					});
			Map<Long, Attendee> actual = new HashMap<>();
			this.jdbc.query(
					"""
							select a.member_id, a.unit_id, s.held_on from session_attendance a join study_session s on s.id = a.session_id
							where s.campaign_id = :c and a.member_id in (:ids) order by s.held_on, s.id""",
					p, rs -> {
						actual.putIfAbsent(rs.getLong(1), new Attendee(rs.getLong(2), rs.getDate(3).toLocalDate()));
					});
			for (Long id : chunk) {
				Attendee was = kept.get(id);
				Attendee now = actual.get(id);
				if (java.util.Objects.equals(was, now)) {
					continue;
				}
				MapSqlParameterSource q = new MapSqlParameterSource("c", campaignId).addValue("m", id);
				if (was != null) {
					this.jdbc.update("delete from campaign_attendee where campaign_id = :c and member_id = :m", q);
					tally(campaignId, was, -1);
				}
				if (now != null) {
					this.jdbc.update(
							"insert into campaign_attendee (campaign_id, member_id, unit_id, first_on) values (:c, :m, :u, :d)",
							q.addValue("u", now.unitId()).addValue("d", now.firstOn()));
					tally(campaignId, now, 1);
				}
			}
		}
	}

	private void tally(long campaignId, Attendee a, int delta) {
		MapSqlParameterSource p = new MapSqlParameterSource("c", campaignId).addValue("u", a.unitId())
			.addValue("d", a.firstOn())
			.addValue("n", delta);
		String update = "update campaign_tally set attended = attended + :n where campaign_id = :c and unit_id = :u and first_on = :d";
		if (this.jdbc.update(update, p) == 0) {
			// The cell's path copied with its row locked, so a concurrent move cannot
			// leave this row behind.
			p.addValue("path", UnitPaths.locked(this.jdbc, a.unitId()));
			this.jdbc.update("insert into campaign_tally (campaign_id, unit_id, first_on, attended, unit_path)"
					+ " values (:c, :u, :d, 0, :path) on conflict do nothing", p);
			this.jdbc.update(update, p);
		}
	}

	/**
	 * A subtree moved: the path copies on the kept tallies of its cells follow, in the
	 * transaction that moved it.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(UnitPathsChanged moved) {
		this.jdbc.update(moved.rewriteSql("campaign_tally", "unit_path"), moved.parameters());
	}

	/**
	 * Fills a campaign's kept counts from its attendance rows, with the statements the V4
	 * migration used on existing data. Only for attendance written in bulk outside this
	 * service (the benchmark's loader); the application itself keeps the counts in step
	 * on every change and never needs this.
	 */
	public static void fillKeptCountsAfterBulkLoad(org.springframework.jdbc.core.JdbcTemplate jdbc, long campaignId) {
		jdbc.update("delete from campaign_tally where campaign_id = ?", campaignId);
		jdbc.update("delete from campaign_attendee where campaign_id = ?", campaignId);
		jdbc.update("""
				insert into campaign_attendee (campaign_id, member_id, unit_id, first_on)
				select campaign_id, member_id, unit_id, held_on from (
				    select s.campaign_id, a.member_id, a.unit_id, s.held_on,
				           row_number() over (partition by s.campaign_id, a.member_id order by s.held_on, s.id) as n
				    from session_attendance a join study_session s on s.id = a.session_id where s.campaign_id = ?) x
				where n = 1""", campaignId);
		jdbc.update(
				"""
						insert into campaign_tally (campaign_id, unit_id, first_on, attended, unit_path)
						select a.campaign_id, a.unit_id, a.first_on, count(*), u.path from campaign_attendee a join org_unit u on u.id = a.unit_id
						where a.campaign_id = ? group by a.campaign_id, a.unit_id, a.first_on, u.path""",
				campaignId);
	}

}
