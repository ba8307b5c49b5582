package vn.tuyengiao.study;

import java.time.Clock;
import java.time.LocalDate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.text.VietnameseText;

/**
 * Learning essays (bài thu hoạch), when a campaign asks for them: who submitted, and the
 * appraisal (grade and comment) by a unit above the member's cell.
 */
@Service
public class LearningEssays {

	private final StudyService study;

	private final OrgUnits org;

	private final NamedParameterJdbcTemplate jdbc;

	private final AuditLog audit;

	private final Clock clock;

	LearningEssays(StudyService study, OrgUnits org, NamedParameterJdbcTemplate jdbc, AuditLog audit, Clock clock) {
		this.clock = clock;
		this.study = study;
		this.org = org;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public record Essay(long memberId, String fullName, LocalDate submittedOn, EssayGrade grade, String comment,
			String appraisedBy) {
	}

	@Transactional
	public void submit(Scope scope, long campaignId, long memberId, LocalDate submittedOn) {
		StudyCampaign campaign = this.study.campaign(scope, campaignId);
		if (!campaign.isEssayRequired()) {
			throw AppException.invalid("study.essayNotRequired");
		}
		String path = memberPath(memberId);
		scope.requireWrite(path);
		if (!path.startsWith(this.org.get(campaign.getOwnerUnitId()).getPath())) {
			throw AppException.invalid("study.essayOutsideCampaign");
		}
		MapSqlParameterSource p = new MapSqlParameterSource("c", campaignId).addValue("m", memberId)
			.addValue("d", submittedOn == null ? LocalDate.now(this.clock) : submittedOn);
		if (this.jdbc.update("update learning_essay set submitted_on = :d where campaign_id = :c and member_id = :m",
				p) == 0) {
			this.jdbc.update("insert into learning_essay (campaign_id, member_id, submitted_on) values (:c, :m, :d)",
					p);
		}
		this.audit.record("ESSAY", "StudyCampaign", campaignId, path, "Nộp bài thu hoạch của đảng viên số " + memberId,
				null);
	}

	/**
	 * The appraising unit must be above the member's cell (a commune's appraisal team,
	 * for instance).
	 */
	@Transactional
	public void appraise(Scope scope, long campaignId, long memberId, long appraisingUnitId, EssayGrade grade,
			String comment) {
		this.study.campaign(scope, campaignId);
		OrgUnit appraiser = this.org.get(appraisingUnitId);
		scope.requireWrite(appraiser.getPath());
		String path = memberPath(memberId);
		if (!path.startsWith(appraiser.getPath()) || path.equals(appraiser.getPath())) {
			throw AppException.invalid("study.appraiserNotAbove", appraiser.getName());
		}
		if (grade == null) {
			throw AppException.invalid("study.gradeRequired");
		}
		if (grade == EssayGrade.NEEDS_REVISION && (comment == null || comment.isBlank())) {
			throw AppException.invalid("study.revisionNeedsReason");
		}
		int n = this.jdbc.update(
				"update learning_essay set grade = :g, appraisal_comment = :t, appraised_by_unit_id = :u, "
						+ "appraised_on = :d where campaign_id = :c and member_id = :m",
				new MapSqlParameterSource("g", grade.name()).addValue("t", comment)
					.addValue("u", appraisingUnitId)
					.addValue("d", LocalDate.now(this.clock))
					.addValue("c", campaignId)
					.addValue("m", memberId));
		if (n == 0) {
			throw AppException.invalid("study.essayNotSubmitted");
		}
		this.audit.record("APPRAISE", "StudyCampaign", campaignId, path,
				"Thẩm định bài thu hoạch của đảng viên số " + memberId + ": " + grade, comment);
	}

	@Transactional(readOnly = true)
	public List<Essay> essays(Scope scope, long campaignId, long unitId) {
		this.study.campaign(scope, campaignId);
		OrgUnit unit = this.org.get(scope, unitId);
		return this.jdbc.query("""
				select m.id, m.full_name, e.submitted_on, e.grade, e.appraisal_comment, a.name
				from learning_essay e join member m on m.id = e.member_id join org_unit u on u.id = m.unit_id
				left join org_unit a on a.id = e.appraised_by_unit_id
				where e.campaign_id = :c and u.path like :prefix order by m.search_name""",
				new MapSqlParameterSource("c", campaignId).addValue("prefix", unit.getPath() + "%"),
				(rs, i) -> new Essay(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
						rs.getString(4) == null ? null : EssayGrade.valueOf(rs.getString(4)), rs.getString(5),
						rs.getString(6)));
	}

	/**
	 * One essay as the essays page shows it: the member, their cell (named unambiguously,
	 * {@code OrgUnits.labels}), the appraisal.
	 */
	public record EssayRow(long memberId, String fullName, long cellId, String cellName, LocalDate submittedOn,
			EssayGrade grade, String comment, String appraisedBy, LocalDate appraisedOn) {

		EssayRow labelled(Map<Long, String> labels) {
			return new EssayRow(this.memberId, this.fullName, this.cellId,
					labels.getOrDefault(this.cellId, this.cellName), this.submittedOn, this.grade, this.comment,
					this.appraisedBy, this.appraisedOn);
		}

	}

	private List<EssayRow> labelled(List<EssayRow> rows) {
		Map<Long, String> labels = this.org.labelsOf(rows.stream().map(EssayRow::cellId).distinct().toList());
		return rows.stream().map(r -> r.labelled(labels)).toList();
	}

	/**
	 * Which essays: {@code grade} null for all, a grade, or {@link #UNGRADED};
	 * {@code name} a part of the member's name (diacritics ignored).
	 */
	public record Filter(String grade, String name) {
	}

	/** The filter value for essays not appraised yet. */
	public static final String UNGRADED = "UNGRADED";

	/**
	 * A page of essays and, for the whole unit, how many have each grade (key: a grade's
	 * name, {@link #UNGRADED}, and "ALL").
	 */
	public record EssayPage(List<EssayRow> rows, long matching, Map<String, Long> counts, int page, int pages) {
	}

	public static final int PAGE_SIZE = 50;

	/**
	 * The essays of a campaign handed in under a unit, filtered, a page at a time (by
	 * name, then member id).
	 */
	@Transactional(readOnly = true)
	public EssayPage page(Scope scope, long campaignId, long unitId, Filter filter, int page) {
		this.study.campaign(scope, campaignId);
		OrgUnit unit = this.org.get(scope, unitId);
		MapSqlParameterSource p = new MapSqlParameterSource("c", campaignId).addValue("prefix", unit.getPath() + "%");
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc.query("""
				select coalesce(e.grade, 'UNGRADED'), count(*) from learning_essay e join member m on m.id = e.member_id
				join org_unit u on u.id = m.unit_id where e.campaign_id = :c and u.path like :prefix group by 1""", p,
				(ResultSet rs) -> {
					counts.put(rs.getString(1), rs.getLong(2));
				});
		counts.put("ALL", counts.values().stream().mapToLong(Long::longValue).sum());
		StringBuilder where = new StringBuilder("e.campaign_id = :c and u.path like :prefix");
		if (UNGRADED.equals(filter.grade())) {
			where.append(" and e.grade is null");
		}
		else {
			for (EssayGrade g : EssayGrade.values()) {
				if (g.name().equals(filter.grade())) {
					p.addValue("g", g.name());
					where.append(" and e.grade = :g");
				}
			}
		}
		if (filter.name() != null && !filter.name().isBlank()) {
			p.addValue("q", "%" + VietnameseText.fold(filter.name()) + "%");
			where.append(" and m.search_name like :q");
		}
		String from = " from learning_essay e join member m on m.id = e.member_id join org_unit u on u.id = m.unit_id "
				+ "left join org_unit a on a.id = e.appraised_by_unit_id where " + where;
		Long matching = this.jdbc.queryForObject("select count(*)" + from, p, Long.class);
		long n = matching == null ? 0 : matching;
		int pages = (int) Math.max(1, (n + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(1, page), pages);
		p.addValue("limit", PAGE_SIZE).addValue("offset", (current - 1) * PAGE_SIZE);
		List<EssayRow> rows = this.jdbc.query(
				"select " + ROW_COLUMNS + from + " order by m.search_name, m.id limit :limit offset :offset", p,
				(rs, i) -> row(rs));
		return new EssayPage(labelled(rows), n, counts, current, pages);
	}

	/** One member's essay for a campaign. */
	@Transactional(readOnly = true)
	public EssayRow essay(Scope scope, long campaignId, long memberId) {
		this.study.campaign(scope, campaignId);
		scope.requireRead(memberPath(memberId));
		List<EssayRow> rows = this.jdbc.query("select " + ROW_COLUMNS + """
				 from learning_essay e join member m on m.id = e.member_id join org_unit u on u.id = m.unit_id
				left join org_unit a on a.id = e.appraised_by_unit_id where e.campaign_id = :c and e.member_id = :m""",
				new MapSqlParameterSource("c", campaignId).addValue("m", memberId), (rs, i) -> row(rs));
		if (rows.isEmpty()) {
			throw AppException.notFound("study.essayNotSubmitted");
		}
		return labelled(rows).get(0);
	}

	private static final String ROW_COLUMNS = "m.id, m.full_name, u.id, u.name, e.submitted_on, e.grade, "
			+ "e.appraisal_comment, a.name, e.appraised_on";

	private static EssayRow row(ResultSet rs) throws SQLException {
		return new EssayRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
				rs.getObject(5, LocalDate.class), rs.getString(6) == null ? null : EssayGrade.valueOf(rs.getString(6)),
				rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class));
	}

	private String memberPath(long memberId) {
		return this.jdbc.query("select u.path from member m join org_unit u on u.id = m.unit_id where m.id = :m",
				new MapSqlParameterSource("m", memberId), rs -> {
					if (!rs.next()) {
						throw AppException.notFound("member.notFound", memberId);
					}
					return rs.getString(1);
				});
	}

}
