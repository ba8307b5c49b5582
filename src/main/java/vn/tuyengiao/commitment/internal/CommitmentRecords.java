package vn.tuyengiao.commitment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.tuyengiao.commitment.AppraisalResult;
import vn.tuyengiao.commitment.Author;
import vn.tuyengiao.commitment.BoilerplateEstimate;
import vn.tuyengiao.commitment.Commitment;
import vn.tuyengiao.commitment.CommitmentSection;
import vn.tuyengiao.commitment.CommitmentService;
import vn.tuyengiao.commitment.CommitmentStatus;
import vn.tuyengiao.commitment.CommitmentStep;
import vn.tuyengiao.commitment.ContentChecks;
import vn.tuyengiao.commitment.EntryMode;
import vn.tuyengiao.commitment.FollowThrough;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;

/**
 * Reading commitments (scope-checked), their authors, history, original file and content
 * checks; the rows' mapping, and the history step every change writes, with the time from
 * the application's {@link Clock}. Behind {@link CommitmentService}, which holds the
 * transactions.
 */
@Component
public class CommitmentRecords {

	private final NamedParameterJdbcTemplate jdbc;

	private final CampaignStore campaigns;

	private final ObjectProvider<BoilerplateEstimate> boilerplate;

	private final Clock clock;

	CommitmentRecords(NamedParameterJdbcTemplate jdbc, CampaignStore campaigns,
			ObjectProvider<BoilerplateEstimate> boilerplate, Clock clock) {
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.boilerplate = boilerplate;
		this.clock = clock;
	}

	public Commitment get(Scope scope, long id) {
		Commitment c = this.jdbc
			.query("select c.*, exists (select 1 from commitment_file f where f.commitment_id = c.id) "
					+ "as has_file from commitment c where c.id = :id", new MapSqlParameterSource("id", id),
					(rs, i) -> commitmentRow(rs))
			.stream()
			.findFirst()
			.orElseThrow(() -> AppException.notFound("commitment.notFound", String.valueOf(id)));
		this.campaigns.campaign(scope, c.campaignId());
		scope.requireRead(author(c.memberId()).cellPath());
		return c;
	}

	public Optional<Commitment> forMember(Scope scope, long campaignId, long memberId) {
		this.campaigns.campaign(scope, campaignId);
		scope.requireRead(author(memberId).cellPath());
		return find(campaignId, memberId);
	}

	public Author author(Scope scope, long memberId) {
		Author a = author(memberId);
		scope.requireRead(a.cellPath());
		return a;
	}

	public List<CommitmentStep> history(Scope scope, long id) {
		get(scope, id);
		return this.jdbc.query("select * from commitment_step where commitment_id = :id order by acted_at, id",
				new MapSqlParameterSource("id", id),
				(rs, i) -> new CommitmentStep(rs.getString("step"),
						CommitmentStatus.valueOf(rs.getString("status_after")), rs.getString("actor"),
						rs.getTimestamp("acted_at").toInstant(), rs.getString("note")));
	}

	public Optional<CommitmentService.StoredFile> file(Scope scope, long id) {
		get(scope, id);
		return this.jdbc
			.query("select file_name, media_type, content_base64 from commitment_file where commitment_id = :id",
					new MapSqlParameterSource("id", id),
					(rs, i) -> new CommitmentService.StoredFile(rs.getString(1), rs.getString(2),
							Base64.getDecoder().decode(rs.getString(3))))
			.stream()
			.findFirst();
	}

	/**
	 * The advisory content checks for the signer, with the boilerplate share when copy
	 * detection supplies it.
	 */
	public List<ContentChecks.Finding> checks(Scope scope, long id) {
		Commitment c = get(scope, id);
		Author a = author(c.memberId());
		BoilerplateEstimate estimate = this.boilerplate.getIfAvailable();
		OptionalDouble share = estimate == null ? OptionalDouble.empty()
				: estimate.boilerplateShare(c.campaignId(), c.id(), c.body());
		int year = this.campaigns.campaign(scope, c.campaignId()).year();
		return ContentChecks.check(c.entryMode(), c.sections(), c.body(),
				new ContentChecks.Subject(a.position(), a.duties(), year, places(a.cellPath())), share);
	}

	/**
	 * The names of the unit at this path and of the units above it, the nearest first.
	 */
	private List<String> places(String path) {
		return this.jdbc.queryForList(
				"select name from org_unit where :path like concat(path, '%') order by depth desc",
				new MapSqlParameterSource("path", path), String.class);
	}

	public Optional<Commitment> find(long campaignId, long memberId) {
		return this.jdbc
			.query("select c.*, exists (select 1 from commitment_file f where f.commitment_id = c.id) as has_file "
					+ "from commitment c where c.campaign_id = :c and c.member_id = :m",
					new MapSqlParameterSource("c", campaignId).addValue("m", memberId), (rs, i) -> commitmentRow(rs))
			.stream()
			.findFirst();
	}

	public Commitment byId(long id) {
		return this.jdbc
			.query("select c.*, exists (select 1 from commitment_file f where f.commitment_id = c.id) as has_file "
					+ "from commitment c where c.id = :id", new MapSqlParameterSource("id", id),
					(rs, i) -> commitmentRow(rs))
			.get(0);
	}

	private static Commitment commitmentRow(ResultSet rs) throws SQLException {
		Map<CommitmentSection, String> sections = new EnumMap<>(CommitmentSection.class);
		for (CommitmentSection s : CommitmentSection.values()) {
			String t = rs.getString(column(s));
			if (t != null) {
				sections.put(s, t);
			}
		}
		String appraisal = rs.getString("appraisal_result");
		String follow = rs.getString("follow_through");
		Long appraiser = rs.getObject("appraising_unit_id") == null ? null : rs.getLong("appraising_unit_id");
		return new Commitment(rs.getLong("id"), rs.getLong("campaign_id"), rs.getLong("member_id"),
				CommitmentStatus.valueOf(rs.getString("status")), EntryMode.valueOf(rs.getString("entry_mode")),
				sections, rs.getString("body"), rs.getInt("word_count"), rs.getString("source_encoding"),
				rs.getString("entered_by"), rs.getBoolean("on_behalf"), instant(rs, "submitted_at"),
				rs.getBoolean("edited_after_signoff"), rs.getString("signed_by"), instant(rs, "signed_at"),
				rs.getString("signoff_comment"), appraisal == null ? null : AppraisalResult.valueOf(appraisal),
				rs.getString("appraisal_reasons"), appraiser, rs.getString("appraised_by"), instant(rs, "appraised_at"),
				follow == null ? null : FollowThrough.valueOf(follow), rs.getString("follow_through_note"),
				rs.getString("follow_through_by"), instant(rs, "follow_through_at"), rs.getLong("version"),
				rs.getBoolean("has_file"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	public Author author(long memberId) {
		return this.jdbc
			.query("""
					select m.id, m.full_name, u.id, u.name, u.path, m.position, m.duties, m.status, m.retired_cadre
					from member m join org_unit u on u.id = m.unit_id where m.id = :m""",
					new MapSqlParameterSource("m", memberId),
					(rs, i) -> new Author(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
							rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9)))
			.stream()
			.findFirst()
			.orElseThrow(() -> AppException.notFound("member.notFound", memberId));
	}

	public void step(long id, String step, CommitmentStatus after, String actor, String note) {
		this.jdbc.update(
				"insert into commitment_step (commitment_id, step, status_after, actor, acted_at, note) "
						+ "values (:id, :s, :a, :by, :at, :note)",
				new MapSqlParameterSource("id", id).addValue("s", step)
					.addValue("a", after.name())
					.addValue("by", actor)
					.addValue("at", now())
					.addValue("note", note));
	}

	public Timestamp now() {
		return Timestamp.from(Instant.now(this.clock));
	}

	static String column(CommitmentSection s) {
		return switch (s) {
			case IDEOLOGY -> "section_ideology";
			case ETHICS -> "section_ethics";
			case DUTIES -> "section_duties";
			case DISCIPLINE -> "section_discipline";
			case SHORTCOMINGS -> "section_shortcomings";
		};
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
