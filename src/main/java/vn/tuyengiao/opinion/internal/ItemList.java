package vn.tuyengiao.opinion.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.opinion.Intensity;
import vn.tuyengiao.opinion.OpinionField;
import vn.tuyengiao.opinion.Spread;
import vn.tuyengiao.opinion.Tendency;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;

/**
 * The items of a unit's subtree over a period, newest first (the list page, the export,
 * the API), and the hot topics an officer passed on to a recommendation.
 */
@Component
public class ItemList {

	/** A period's list stops here; the export and the figures count everything. */
	static final int MAX_ROWS = 5000;

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgUnits org;

	private final AuditLog audit;

	private final Clock clock;

	ItemList(NamedParameterJdbcTemplate jdbc, OrgUnits org, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.org = org;
		this.audit = audit;
		this.clock = clock;
	}

	/** The list's filters; each optional but the unit and the period. */
	public record Filter(long unitId, LocalDate from, LocalDate to, Long topicId, Tendency tendency) {
	}

	/** One item as lists and the export show it. */
	public record ItemRow(long id, LocalDate observedOn, long unitId, String hamlet, long topicId, String topic,
			OpinionField field, Tendency tendency, Intensity intensity, Spread spread, Long collaboratorId,
			String collaborator, Long sourceUnitId, String content, String handling, long version) {
	}

	@Transactional(readOnly = true)
	public List<ItemRow> list(Scope scope, Filter f) {
		OrgUnit unit = this.org.get(scope, f.unitId());
		if (f.from() == null || f.to() == null || f.to().isBefore(f.from())) {
			throw AppException.invalid("opinion.periodInvalid");
		}
		MapSqlParameterSource p = new MapSqlParameterSource("prefix", unit.getPath() + "%").addValue("from", f.from())
			.addValue("to", f.to())
			.addValue("topic", f.topicId())
			.addValue("tendency", f.tendency() == null ? null : f.tendency().name());
		return this.jdbc.query(
				"""
						select i.id, i.observed_on, i.unit_id, i.hamlet, t.id, t.name, i.field, i.tendency, i.intensity, i.spread,
						       c.id, c.full_name, i.source_unit_id, i.content, i.handling, i.version
						from opinion_item i join opinion_topic t on t.id = i.topic_id
						left join opinion_collaborator c on c.id = i.collaborator_id
						where i.unit_path like :prefix and i.observed_on between :from and :to
						  and (cast(:topic as bigint) is null or i.topic_id = :topic)
						  and (cast(:tendency as varchar(20)) is null or i.tendency = :tendency)
						order by i.observed_on desc, i.id desc"""
						+ " limit " + MAX_ROWS,
				p,
				(rs, n) -> new ItemRow(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3), rs.getString(4),
						rs.getLong(5), rs.getString(6), OpinionField.valueOf(rs.getString(7)),
						Tendency.valueOf(rs.getString(8)), Intensity.valueOf(rs.getString(9)),
						Spread.valueOf(rs.getString(10)), rs.getObject(11, Long.class), rs.getString(12),
						rs.getObject(13, Long.class), rs.getString(14), rs.getString(15), rs.getLong(16)));
	}

	/** A hot topic passed on, with the recommendation that answers it once known. */
	public record HotLink(long id, long unitId, long topicId, String topic, LocalDate from, LocalDate to, int items,
			int units, String recommendationRef) {
	}

	/**
	 * Keeps the hot topic as the officer saw it (unit, topic, period, figures) so a
	 * recommendation can name it as its source; the same topic, unit and period is kept
	 * once.
	 */
	@Transactional
	public HotLink keep(Scope scope, long unitId, long topicId, LocalDate from, LocalDate to, int items, int units) {
		OrgUnit unit = this.org.get(scope, unitId);
		scope.requireWrite(unit.getPath());
		MapSqlParameterSource p = new MapSqlParameterSource("u", unitId).addValue("t", topicId)
			.addValue("from", from)
			.addValue("to", to);
		List<Long> existing = this.jdbc.queryForList("select id from opinion_hot_topic where unit_id = :u "
				+ "and topic_id = :t and period_from = :from and period_to = :to", p, Long.class);
		if (!existing.isEmpty()) {
			return hot(scope, existing.get(0));
		}
		var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.update("""
				insert into opinion_hot_topic (unit_id, unit_path, topic_id, period_from, period_to, items, units,
				  created_at, created_by) values (:u, :path, :t, :from, :to, :items, :units, :at, :by)""",
				p.addValue("path", unit.getPath())
					.addValue("items", items)
					.addValue("units", units)
					.addValue("at", java.sql.Timestamp.from(this.clock.instant()))
					.addValue("by", scope.username()),
				key, new String[] { "id" });
		long id = key.getKey().longValue();
		this.audit.record("CREATE", "OpinionHotTopic", id, unit.getPath(), "Vấn đề dư luận nổi lên chuyển kiến nghị",
				unit.getName());
		return hot(scope, id);
	}

	@Transactional(readOnly = true)
	public HotLink hot(Scope scope, long id) {
		List<HotLink> found = this.jdbc.query("""
				select h.id, h.unit_id, h.topic_id, t.name, h.period_from, h.period_to, h.items, h.units,
				       h.recommendation_ref, h.unit_path
				from opinion_hot_topic h join opinion_topic t on t.id = h.topic_id where h.id = :id""",
				new MapSqlParameterSource("id", id), (rs, n) -> {
					scope.requireRead(rs.getString(10));
					return new HotLink(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
							rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getInt(7),
							rs.getInt(8), rs.getString(9));
				});
		if (found.isEmpty()) {
			throw AppException.notFound("opinion.hotNotFound", id);
		}
		return found.get(0);
	}

	/** The hot topics passed on under the unit, newest first. */
	@Transactional(readOnly = true)
	public List<HotLink> hotLinks(Scope scope, long unitId) {
		OrgUnit unit = this.org.get(scope, unitId);
		return this.jdbc.query("""
				select h.id, h.unit_id, h.topic_id, t.name, h.period_from, h.period_to, h.items, h.units,
				       h.recommendation_ref
				from opinion_hot_topic h join opinion_topic t on t.id = h.topic_id
				where h.unit_path like :prefix order by h.period_to desc, h.id desc""",
				new MapSqlParameterSource("prefix", unit.getPath() + "%"),
				(rs, n) -> new HotLink(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
						rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getInt(8),
						rs.getString(9)));
	}

	/**
	 * The recommendation module (or an API client) records which recommendation answers
	 * it.
	 */
	@Transactional
	public HotLink answer(Scope scope, long id, String recommendationRef) {
		HotLink h = hot(scope, id);
		OrgUnit unit = this.org.get(h.unitId());
		scope.requireWrite(unit.getPath());
		String ref = recommendationRef == null ? null : recommendationRef.strip();
		if (ref == null || ref.isEmpty() || ref.length() > 100) {
			throw new Problems().add("recommendationRef", "opinion.required").exception();
		}
		this.jdbc.update("update opinion_hot_topic set recommendation_ref = :r, version = version + 1 where id = :id",
				new MapSqlParameterSource("r", ref).addValue("id", id));
		this.audit.record("UPDATE", "OpinionHotTopic", id, unit.getPath(), "Gắn kiến nghị " + ref, null);
		return hot(scope, id);
	}

}
