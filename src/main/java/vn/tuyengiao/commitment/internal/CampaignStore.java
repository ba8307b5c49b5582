package vn.tuyengiao.commitment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.commitment.CommitmentCampaign;
import vn.tuyengiao.commitment.CommitmentKind;
import vn.tuyengiao.commitment.CommitmentService;
import vn.tuyengiao.commitment.CommitmentTemplateChanged;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.text.VietnameseText;

/**
 * Campaigns: created by a unit that manages its subtree, one per unit, year and kind;
 * their guidance template; read by who takes part in them or follows them. Behind
 * {@link CommitmentService}, which holds the transactions.
 */
@Component
public class CampaignStore {

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgUnits org;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CampaignStore(NamedParameterJdbcTemplate jdbc, OrgUnits org, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.org = org;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public CommitmentCampaign createCampaign(Scope scope, CommitmentService.NewCampaign c) {
		OrgUnit owner = this.org.get(c.ownerUnitId());
		scope.requireManageUnits(owner.getPath());
		if (c.kind() == null) {
			throw AppException.invalid("commitment.kindRequired");
		}
		if (c.year() == null || c.year() < 2000 || c.year() > 2100) {
			throw AppException.invalid("commitment.yearInvalid");
		}
		if (c.referenceDate() == null) {
			throw AppException.invalid("commitment.referenceDateRequired");
		}
		if (c.deadline() != null && c.deadline().isBefore(c.referenceDate())) {
			throw AppException.invalid("commitment.deadlineBeforeReference");
		}
		Integer clash = this.jdbc.queryForObject(
				"select count(*) from commitment_campaign where owner_unit_id = :o "
						+ "and campaign_year = :y and kind = :k",
				new MapSqlParameterSource("o", owner.getId()).addValue("y", c.year()).addValue("k", c.kind().name()),
				Integer.class);
		if (clash != null && clash > 0) {
			throw AppException.conflict("commitment.campaignExists", owner.getName(), c.year());
		}
		String title = c.title() == null || c.title().isBlank() ? defaultTitle(c.kind(), c.year())
				: VietnameseText.normalize(c.title());
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update("""
				insert into commitment_campaign (owner_unit_id, campaign_year, kind, title, reference_date, deadline,
				  expect_exempt, expect_away, guidance_template, created_by, created_at)
				values (:o, :y, :k, :t, :r, :d, :ee, :ea, :g, :by, :at)""",
				new MapSqlParameterSource("o", owner.getId()).addValue("y", c.year())
					.addValue("k", c.kind().name())
					.addValue("t", title)
					.addValue("r", c.referenceDate())
					.addValue("d", c.deadline())
					.addValue("ee", c.expectExempt())
					.addValue("ea", c.expectAway())
					.addValue("g", CommitmentRecords.blankToNull(CommitmentText.normalize(c.guidanceTemplate())))
					.addValue("by", scope.username())
					.addValue("at", now()),
				key, new String[] { "id" });
		long id = key.getKey().longValue();
		this.audit.record("CREATE", "CommitmentCampaign", id, "Tạo đợt thu bản cam kết " + title, owner.getName());
		return campaignById(id).orElseThrow();
	}

	public static String defaultTitle(CommitmentKind kind, int year) {
		return (kind == CommitmentKind.YEARLY_COMMITMENT ? "Bản cam kết tu dưỡng, rèn luyện, phấn đấu năm "
				: "Bản đăng ký học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm ") + year;
	}

	/**
	 * The guidance outline everyone is told to follow: copy detection does not count text
	 * taken from it.
	 */
	public CommitmentCampaign setGuidanceTemplate(Scope scope, long campaignId, String template, long version) {
		CommitmentCampaign c = campaign(scope, campaignId);
		scope.requireManageUnits(this.org.get(c.ownerUnitId()).getPath());
		int n = this.jdbc.update(
				"update commitment_campaign set guidance_template = :g, version = version + 1 "
						+ "where id = :id and version = :v",
				new MapSqlParameterSource("g", CommitmentRecords.blankToNull(CommitmentText.normalize(template)))
					.addValue("id", campaignId)
					.addValue("v", version));
		if (n == 0) {
			throw AppException.staleVersion();
		}
		this.audit.record("UPDATE", "CommitmentCampaign", campaignId, "Cập nhật đề cương hướng dẫn của " + c.title(),
				null);
		this.events.publishEvent(new CommitmentTemplateChanged(campaignId));
		return campaignById(campaignId).orElseThrow();
	}

	public CommitmentCampaign campaign(Scope scope, long id) {
		CommitmentCampaign c = campaignById(id)
			.orElseThrow(() -> AppException.notFound("commitment.campaignNotFound", String.valueOf(id)));
		if (!CommitmentCampaign.visible(scope, this.org.get(c.ownerUnitId()).getPath())) {
			throw AppException.forbidden();
		}
		return c;
	}

	/**
	 * Campaigns the user takes part in (run by their unit or one above it) or follows
	 * (run below it).
	 */
	public List<CommitmentCampaign> campaigns(Scope scope) {
		List<CommitmentCampaign> all = this.jdbc.query(
				"select * from commitment_campaign order by campaign_year desc, id desc", (rs, i) -> campaignRow(rs));
		List<CommitmentCampaign> visible = new ArrayList<>();
		for (CommitmentCampaign c : all) {
			if (CommitmentCampaign.visible(scope, this.org.get(c.ownerUnitId()).getPath())) {
				visible.add(c);
			}
		}
		return visible;
	}

	public Optional<CommitmentCampaign> campaignById(long id) {
		return this.jdbc
			.query("select * from commitment_campaign where id = :id", new MapSqlParameterSource("id", id),
					(rs, i) -> campaignRow(rs))
			.stream()
			.findFirst();
	}

	static CommitmentCampaign campaignRow(ResultSet rs) throws SQLException {
		return new CommitmentCampaign(rs.getLong("id"), rs.getLong("owner_unit_id"), rs.getInt("campaign_year"),
				CommitmentKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getObject("reference_date", LocalDate.class), rs.getObject("deadline", LocalDate.class),
				rs.getBoolean("expect_exempt"), rs.getBoolean("expect_away"), rs.getString("guidance_template"),
				rs.getLong("version"));
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(this.clock));
	}

}
