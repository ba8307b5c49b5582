package vn.tuyengiao.opinion.internal;

import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.opinion.OpinionField;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.text.VietnameseText;

/**
 * The topic catalogue an officer keeps: the common topics (land clearance, prices, the
 * two-tier local government …) and those a unit adds for its own subtree. A user sees the
 * common topics, those of the units above them and those of their subtree.
 */
@Service
public class TopicCatalogue {

	private final OpinionTopicRepository topics;

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgUnits org;

	private final AuditLog audit;

	TopicCatalogue(OpinionTopicRepository topics, NamedParameterJdbcTemplate jdbc, OrgUnits org, AuditLog audit) {
		this.topics = topics;
		this.jdbc = jdbc;
		this.org = org;
		this.audit = audit;
	}

	/** A topic as lists show it. */
	public record TopicRow(long id, String name, OpinionField field, Long unitId, boolean active, long version) {
	}

	/** The topics the user sees, active first, in catalogue order. */
	@Transactional(readOnly = true)
	public List<TopicRow> visible(Scope scope) {
		MapSqlParameterSource p = new MapSqlParameterSource("prefix",
				scope.pathPrefix() == null ? "/" : scope.pathPrefix())
			.addValue("all", scope.pathPrefix() == null);
		return this.jdbc.query(
				"select id, name, field, unit_id, active, version from opinion_topic t where " + visibleTo()
						+ " order by active desc, sort_order, name, id",
				p, (rs, i) -> new TopicRow(rs.getLong(1), rs.getString(2), OpinionField.valueOf(rs.getString(3)),
						rs.getObject(4, Long.class), rs.getBoolean(5), rs.getLong(6)));
	}

	/** The active topics the user may file an item under. */
	@Transactional(readOnly = true)
	public List<TopicRow> usable(Scope scope) {
		return visible(scope).stream().filter(TopicRow::active).toList();
	}

	/** The topic, if the user may file an item under it; null otherwise. */
	@Transactional(readOnly = true)
	public TopicRow usable(Scope scope, Long id) {
		return id == null ? null : usable(scope).stream().filter(t -> t.id() == id).findFirst().orElse(null);
	}

	/** The condition on {@code t} a scope's reader sees (binds :prefix and :all). */
	static String visibleTo() {
		return "(:all = true or t.unit_path is null or t.unit_path like :prefix || '%' or :prefix like t.unit_path || '%')";
	}

	/**
	 * A new topic: of a unit (its officer), or of the common catalogue (an administrator;
	 * {@code unitId} null).
	 */
	@Transactional
	public OpinionTopic create(Scope scope, Long unitId, String name, OpinionField field) {
		Problems problems = new Problems();
		String clean = name == null ? "" : VietnameseText.normalize(name).strip();
		if (clean.isEmpty()) {
			problems.add("topic", "opinion.required");
		}
		else if (clean.length() > 300) {
			problems.add("topic", "opinion.tooLong", 300);
		}
		if (field == null) {
			problems.add("field", "opinion.required");
		}
		OrgUnit unit = null;
		if (unitId != null) {
			unit = this.org.get(unitId);
			scope.requireManageUnits(unit.getPath());
		}
		else if (!scope.admin()) {
			problems.add("unit", "opinion.required");
		}
		problems.throwIfAny();
		if (visible(scope).stream().anyMatch(t -> VietnameseText.fold(t.name()).equals(VietnameseText.fold(clean)))) {
			throw AppException.conflict("opinion.topicExists", clean);
		}
		OpinionTopic t = this.topics.saveAndFlush(new OpinionTopic(unit == null ? null : unit.getId(),
				unit == null ? null : unit.getPath(), clean, field, 1000));
		this.audit.record("CREATE", "OpinionTopic", t.getId(), unit == null ? null : unit.getPath(),
				"Chủ đề dư luận «" + clean + "»", unit == null ? null : unit.getName());
		return t;
	}

	/** Renames, moves to another field, retires or restores a topic. */
	@Transactional
	public OpinionTopic update(Scope scope, long id, Long version, String name, OpinionField field, boolean active) {
		OpinionTopic t = this.topics.findById(id).orElseThrow(() -> AppException.notFound("opinion.topicNotFound", id));
		if (t.getUnitPath() == null) {
			if (!scope.admin()) {
				throw AppException.forbidden();
			}
		}
		else {
			scope.requireManageUnits(t.getUnitPath());
		}
		if (version == null || version != t.getVersion()) {
			throw AppException.staleVersion();
		}
		Problems problems = new Problems();
		String clean = name == null ? "" : VietnameseText.normalize(name).strip();
		if (clean.isEmpty()) {
			problems.add("topic", "opinion.required");
		}
		if (field == null) {
			problems.add("field", "opinion.required");
		}
		problems.throwIfAny();
		t.change(clean, field, active);
		this.topics.saveAndFlush(t);
		this.audit.record("UPDATE", "OpinionTopic", t.getId(), t.getUnitPath(),
				"Sửa chủ đề dư luận «" + clean + "»" + (active ? "" : " (ngừng dùng)"), null);
		return t;
	}

}
