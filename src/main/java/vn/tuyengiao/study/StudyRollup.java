package vn.tuyengiao.study;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.text.VnFormat;

/**
 * Live results of a campaign for a unit and everything below it, as of a date: party members by person
 * (attended ÷ (total − exempt − away), with the parts kept), other audiences by head against their population,
 * classes per organising unit. A handful of grouped queries, rolled up over the tree in memory; nothing is
 * precomputed, so the numbers are always current.
 */
@Service
public class StudyRollup {

	private final StudyService study;

	private final OrgService org;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	StudyRollup(StudyService study, OrgService org, NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.study = study;
		this.org = org;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Party members' figures; the rate's formula is shown with its parts. */
	public record MemberFigures(long total, long exempt, long away, long attended) {

		public long denominator() {
			return this.total - this.exempt - this.away;
		}

		public String rate() {
			return VnFormat.percent(this.attended, denominator());
		}

		public String ratio() {
			return VnFormat.ratio(this.attended, this.total);
		}

		MemberFigures plus(MemberFigures o) {
			return new MemberFigures(this.total + o.total, this.exempt + o.exempt, this.away + o.away, this.attended + o.attended);
		}

	}

	public record Headcount(long attended, long population) {

		public String rate() {
			return VnFormat.percent(this.attended, this.population);
		}

		Headcount plus(Headcount o) {
			return new Headcount(this.attended + o.attended, this.population + o.population);
		}

	}

	public record Node(OrgUnit unit, MemberFigures members, Map<Audience, Headcount> audiences, long sessions,
			List<Node> children) {

		/** Members on the roll who have not attended yet: the follow-up list's size. */
		public long notYetAttended() {
			return Math.max(0, this.members.denominator() - this.members.attended());
		}

	}

	@Transactional(readOnly = true)
	public Node rollup(Scope scope, long campaignId, long unitId, LocalDate asOf) {
		StudyCampaign campaign = this.study.campaign(scope, campaignId);
		OrgUnit root = this.org.get(scope, unitId);
		LocalDate d = asOf == null ? LocalDate.now(this.clock) : asOf;
		String prefix = root.getPath() + "%";
		MapSqlParameterSource p = new MapSqlParameterSource("prefix", prefix).addValue("d", d).addValue("c", campaign.getId());

		Map<Long, long[]> status = new HashMap<>();
		String statusSql = d.isBefore(LocalDate.now(this.clock)) ? """
				select c.unit_id, s.status, count(*) from member_unit_period c
				join org_unit u on u.id = c.unit_id
				join member_status_period s on s.member_id = c.member_id
				where u.path like :prefix and c.valid_from <= :d and (c.valid_to is null or c.valid_to > :d)
				  and s.valid_from <= :d and (s.valid_to is null or s.valid_to > :d)
				group by c.unit_id, s.status""" : """
				select m.unit_id, m.status, count(*) from member m join org_unit u on u.id = m.unit_id
				where u.path like :prefix group by m.unit_id, m.status""";
		this.jdbc.query(statusSql, p, (ResultSet rs) -> {
			long[] c = status.computeIfAbsent(rs.getLong(1), k -> new long[3]);
			long n = rs.getLong(3);
			switch (rs.getString(2)) {
				case "ACTIVE" -> c[0] += n;
				case "EXEMPT" -> {
					c[0] += n;
					c[1] += n;
				}
				case "AWAY" -> {
					c[0] += n;
					c[2] += n;
				}
				default -> {
				}
			}
		});
		Map<Long, Long> attended = new HashMap<>();
		this.jdbc.query("""
				select m.unit_id, count(distinct a.member_id) from session_attendance a
				join study_session s on s.id = a.session_id
				join member m on m.id = a.member_id
				join org_unit u on u.id = m.unit_id
				where s.campaign_id = :c and s.held_on <= :d and u.path like :prefix
				group by m.unit_id""", p, (ResultSet rs) -> {
			attended.put(rs.getLong(1), rs.getLong(2));
		});
		Map<Long, Map<Audience, Headcount>> heads = new HashMap<>();
		this.jdbc.query("""
				select h.unit_id, h.audience, sum(h.attended) from session_headcount h
				join study_session s on s.id = h.session_id join org_unit u on u.id = h.unit_id
				where s.campaign_id = :c and s.held_on <= :d and u.path like :prefix
				group by h.unit_id, h.audience""", p, (ResultSet rs) -> {
			heads.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Audience.class))
				.merge(Audience.valueOf(rs.getString(2)), new Headcount(rs.getLong(3), 0), Headcount::plus);
		});
		this.jdbc.query("""
				select a.unit_id, a.audience, a.population from audience_population a join org_unit u on u.id = a.unit_id
				where a.campaign_id = :c and u.path like :prefix""", p, (ResultSet rs) -> {
			heads.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Audience.class))
				.merge(Audience.valueOf(rs.getString(2)), new Headcount(0, rs.getLong(3)), Headcount::plus);
		});
		Map<Long, Long> sessions = new HashMap<>();
		this.jdbc.query("""
				select s.organiser_unit_id, count(*) from study_session s join org_unit u on u.id = s.organiser_unit_id
				where s.campaign_id = :c and s.held_on <= :d and u.path like :prefix
				group by s.organiser_unit_id""", p, (ResultSet rs) -> {
			sessions.put(rs.getLong(1), rs.getLong(2));
		});

		List<OrgUnit> units = this.org.subtree(root.getPath());
		Map<Long, List<OrgUnit>> childrenOf = new HashMap<>();
		for (OrgUnit u : units) {
			if (!u.getId().equals(root.getId()) && u.isOpenOn(d)) {
				childrenOf.computeIfAbsent(u.getParentId(), k -> new ArrayList<>()).add(u);
			}
		}
		return build(root, childrenOf, status, attended, heads, sessions);
	}

	/** Who should have attended and has not yet: active members of the subtree with no attendance in the campaign. */
	public record Missing(long memberId, String fullName, String position, long cellId, String cellName) {
	}

	@Transactional(readOnly = true)
	public List<Missing> notYetAttended(Scope scope, long campaignId, long unitId, int limit) {
		StudyCampaign campaign = this.study.campaign(scope, campaignId);
		OrgUnit root = this.org.get(scope, unitId);
		MapSqlParameterSource p = new MapSqlParameterSource("prefix", root.getPath() + "%").addValue("c", campaign.getId())
			.addValue("limit", limit);
		return this.jdbc.query("""
				select m.id, m.full_name, m.position, u.id, u.name from member m join org_unit u on u.id = m.unit_id
				where u.path like :prefix and m.status = 'ACTIVE'
				  and not exists (select 1 from session_attendance a join study_session s on s.id = a.session_id
				                  where a.member_id = m.id and s.campaign_id = :c)
				order by u.path, m.search_name, m.id limit :limit""", p,
				(rs, n) -> new Missing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)));
	}

	private Node build(OrgUnit unit, Map<Long, List<OrgUnit>> childrenOf, Map<Long, long[]> status,
			Map<Long, Long> attended, Map<Long, Map<Audience, Headcount>> heads, Map<Long, Long> sessions) {
		long[] own = status.getOrDefault(unit.getId(), new long[3]);
		MemberFigures figures = new MemberFigures(own[0], own[1], own[2], attended.getOrDefault(unit.getId(), 0L));
		Map<Audience, Headcount> audiences = new EnumMap<>(Audience.class);
		heads.getOrDefault(unit.getId(), Map.of()).forEach((a, h) -> audiences.merge(a, h, Headcount::plus));
		long classes = sessions.getOrDefault(unit.getId(), 0L);
		List<Node> kids = new ArrayList<>();
		for (OrgUnit child : childrenOf.getOrDefault(unit.getId(), List.of())) {
			Node n = build(child, childrenOf, status, attended, heads, sessions);
			kids.add(n);
			figures = figures.plus(n.members());
			n.audiences().forEach((a, h) -> audiences.merge(a, h, Headcount::plus));
			classes += n.sessions();
		}
		kids.sort(Comparator.comparing(n -> n.unit().getSearchName()));
		return new Node(unit, figures, audiences, classes, List.copyOf(kids));
	}

}
