package vn.tuyengiao.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.tuyengiao.supervision.Answer;
import vn.tuyengiao.supervision.Finding;
import vn.tuyengiao.supervision.FindingKind;
import vn.tuyengiao.supervision.RemedyStatus;

/**
 * Findings, answers and photos: append-only rows keyed by the client's UUID (a UUID sent
 * twice is stored once); only a finding's remedy state changes, with its version.
 */
@Repository
public class FindingStore {

	private static final String FINDING_COLUMNS = "f.uuid, f.visit_id, f.kind, f.item_code, f.note, f.photo_uuid,"
			+ " f.remedy, f.responsible_unit_id, f.responsible_path, f.original_unit_id, f.found_on, f.deadline,"
			+ " f.remedy_status, f.remedy_report, f.remedy_photo_uuid, f.reported_by, f.reported_at, f.reviewed_by,"
			+ " f.reviewed_at, f.review_note, f.created_by, f.version";

	private static final String OPEN = "('OPEN', 'REPORTED', 'REJECTED')";

	private final NamedParameterJdbcTemplate jdbc;

	FindingStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	// ---- findings

	/** Stores the finding unless its UUID is already there; true if stored now. */
	public boolean insertFinding(Finding f, Instant at) {
		if (finding(f.uuid()).isPresent()) {
			return false;
		}
		try {
			this.jdbc.update("insert into supervision_finding (uuid, visit_id, kind, item_code, note, photo_uuid,"
					+ " remedy, responsible_unit_id, responsible_path, found_on, deadline, remedy_status, created_by,"
					+ " created_at, version) values (:uuid, :visit, :kind, :item, :note, :photo, :remedy, :unit,"
					+ " :path, :found, :deadline, :status, :by, :at, 0)",
					new MapSqlParameterSource().addValue("uuid", f.uuid())
						.addValue("visit", f.visitId())
						.addValue("kind", f.kind().name())
						.addValue("item", f.itemCode())
						.addValue("note", f.note())
						.addValue("photo", f.photoUuid())
						.addValue("remedy", f.remedy())
						.addValue("unit", f.responsibleUnitId())
						.addValue("path", f.responsiblePath())
						.addValue("found", f.foundOn())
						.addValue("deadline", f.deadline())
						.addValue("status", f.remedyStatus().name())
						.addValue("by", f.createdBy())
						.addValue("at", Timestamp.from(at)));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	public Optional<Finding> finding(String uuid) {
		return query("where f.uuid = :uuid", Map.of("uuid", uuid)).stream().findFirst();
	}

	public List<Finding> ofVisit(long visitId) {
		return query("where f.visit_id = :v", Map.of("v", visitId));
	}

	public List<Finding> ofVisits(List<Long> visitIds) {
		if (visitIds.isEmpty()) {
			return List.of();
		}
		return query("where f.visit_id in (:v)", Map.of("v", visitIds));
	}

	/**
	 * Findings about a part of the tree: the visited unit or the responsible unit lies
	 * under the path (null: everywhere).
	 */
	public List<Finding> underPath(String pathPrefix) {
		if (pathPrefix == null) {
			return query("", Map.of());
		}
		return query("where f.responsible_path like :p or f.visit_id in (select v.id from supervision_visit v"
				+ " where v.unit_path like :p)", Map.of("p", pathPrefix + "%"));
	}

	/** Open remedies of a unit (and its subtree) raised in other visits. */
	public List<Finding> openOfUnit(String unitPath, long exceptVisitId) {
		return query("where f.responsible_path like :p and f.visit_id <> :v and f.remedy_status in " + OPEN,
				Map.of("p", unitPath + "%", "v", exceptVisitId));
	}

	/** Every finding about a unit, the latest first (for the brief). */
	public List<Finding> ofUnit(long unitId, LocalDate before) {
		return query("where (f.responsible_unit_id = :u or f.original_unit_id = :u) and f.found_on < :d",
				Map.of("u", unitId, "d", before));
	}

	/**
	 * Open remedies past their deadline in a part of the tree; {@code below} leaves out
	 * the root unit's own (they escalate to the level above).
	 */
	public List<Finding> overdue(String pathPrefix, LocalDate today, boolean below) {
		MapSqlParameterSource p = new MapSqlParameterSource("today", today);
		String where = "where f.deadline < :today and f.remedy_status in " + OPEN;
		if (pathPrefix != null) {
			where += below ? " and f.responsible_path like :below" : " and f.responsible_path like :prefix";
			p.addValue("below", pathPrefix + "_%").addValue("prefix", pathPrefix + "%");
		}
		return this.jdbc.query(
				"select " + FINDING_COLUMNS + " from supervision_finding f " + where + " order by f.deadline, f.uuid",
				p, FindingStore::row);
	}

	public long overdueCount(String pathPrefix, LocalDate today) {
		MapSqlParameterSource p = new MapSqlParameterSource("today", today);
		String sql = "select count(*) from supervision_finding f where f.deadline < :today and f.remedy_status in "
				+ OPEN;
		if (pathPrefix != null) {
			sql += " and f.responsible_path like :below";
			p.addValue("below", pathPrefix + "_%");
		}
		Long n = this.jdbc.queryForObject(sql, p, Long.class);
		return n == null ? 0 : n;
	}

	/** The remedy's new state, if the finding is still at the version the user saw. */
	public boolean updateRemedy(String uuid, long version, RemedyStatus status, Map<String, Object> fields) {
		StringBuilder sql = new StringBuilder(
				"update supervision_finding set remedy_status = :status, version = version + 1");
		MapSqlParameterSource p = new MapSqlParameterSource().addValue("status", status.name())
			.addValue("uuid", uuid)
			.addValue("version", version);
		fields.forEach((k, v) -> {
			sql.append(", ").append(k).append(" = :").append(k);
			p.addValue(k, v instanceof Instant i ? Timestamp.from(i) : v);
		});
		sql.append(" where uuid = :uuid and version = :version");
		return this.jdbc.update(sql.toString(), p) > 0;
	}

	/** Units responsible for an open remedy (to pass those of merged units on). */
	public List<Long> openResponsibleUnits() {
		return this.jdbc.queryForList(
				"select distinct responsible_unit_id from supervision_finding where remedy_status in " + OPEN, Map.of(),
				Long.class);
	}

	/** Passes a merged unit's open findings to its successor; the old unit is kept. */
	public int transfer(long fromUnit, long toUnit, String toPath) {
		return this.jdbc.update("update supervision_finding set original_unit_id = coalesce(original_unit_id,"
				+ " responsible_unit_id), responsible_unit_id = :to, responsible_path = :path, version = version + 1"
				+ " where responsible_unit_id = :from and remedy_status in " + OPEN,
				Map.of("to", toUnit, "path", toPath, "from", fromUnit));
	}

	public void rewritePaths(String sql, Map<String, Object> params) {
		this.jdbc.update(sql, params);
	}

	private List<Finding> query(String where, Map<String, Object> params) {
		return this.jdbc.query("select " + FINDING_COLUMNS + " from supervision_finding f " + where
				+ " order by f.found_on, f.created_at, f.uuid", params, FindingStore::row);
	}

	private static Finding row(ResultSet rs, int i) throws SQLException {
		long original = rs.getLong(10);
		Long originalUnit = rs.wasNull() ? null : original;
		return new Finding(rs.getString(1), rs.getLong(2), FindingKind.valueOf(rs.getString(3)), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getString(9), originalUnit,
				rs.getObject(11, LocalDate.class), rs.getObject(12, LocalDate.class),
				RemedyStatus.valueOf(rs.getString(13)), rs.getString(14), rs.getString(15), rs.getString(16),
				instant(rs.getTimestamp(17)), rs.getString(18), instant(rs.getTimestamp(19)), rs.getString(20),
				rs.getString(21), rs.getLong(22));
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	// ---- answers

	public boolean answerExists(String uuid) {
		Long n = this.jdbc.queryForObject("select count(*) from supervision_answer where uuid = :u", Map.of("u", uuid),
				Long.class);
		return n != null && n > 0;
	}

	/** Which of these answer UUIDs are stored already (one query for a whole batch). */
	public Set<String> existingAnswers(Collection<String> uuids) {
		if (uuids.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.queryForList("select uuid from supervision_answer where uuid in (:u)",
				Map.of("u", uuids), String.class));
	}

	public void insertAnswer(Answer a, Instant receivedAt) {
		insertAnswers(List.of(a), receivedAt);
	}

	/**
	 * A batch's answers in one JDBC batch (one round trip with reWriteBatchedInserts).
	 */
	public void insertAnswers(List<Answer> answers, Instant receivedAt) {
		if (answers.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate("insert into supervision_answer (uuid, visit_id, item_code, answer_value, photo_uuid,"
				+ " status, answered_by, answered_at, received_at) values (:uuid, :visit, :item, :value, :photo,"
				+ " :status, :by, :at, :received)",
				answers.stream()
					.map(a -> new MapSqlParameterSource().addValue("uuid", a.uuid())
						.addValue("visit", a.visitId())
						.addValue("item", a.itemCode())
						.addValue("value", a.value())
						.addValue("photo", a.photoUuid())
						.addValue("status", a.status())
						.addValue("by", a.answeredBy())
						.addValue("at", Timestamp.from(a.answeredAt()))
						.addValue("received", Timestamp.from(receivedAt)))
					.toArray(MapSqlParameterSource[]::new));
	}

	public void supersede(long visitId, String itemCode) {
		this.jdbc.update("update supervision_answer set status = 'SUPERSEDED' where visit_id = :v and item_code = :i"
				+ " and status = 'CURRENT'", Map.of("v", visitId, "i", itemCode));
	}

	public List<Answer> answers(long visitId) {
		return this.jdbc.query(
				"select uuid, visit_id, item_code, answer_value, photo_uuid, status, answered_by,"
						+ " answered_at from supervision_answer where visit_id = :v order by received_at, uuid",
				Map.of("v", visitId),
				(rs, i) -> new Answer(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6), rs.getString(7), instant(rs.getTimestamp(8))));
	}

	public List<Answer> answersOf(List<Long> visitIds) {
		if (visitIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query(
				"select uuid, visit_id, item_code, answer_value, photo_uuid, status, answered_by,"
						+ " answered_at from supervision_answer where visit_id in (:v) and status = 'CURRENT'",
				Map.of("v", visitIds),
				(rs, i) -> new Answer(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6), rs.getString(7), instant(rs.getTimestamp(8))));
	}

	// ---- photos

	public boolean photoExists(String uuid) {
		Long n = this.jdbc.queryForObject("select count(*) from supervision_photo where uuid = :u", Map.of("u", uuid),
				Long.class);
		return n != null && n > 0;
	}

	public void insertPhoto(String uuid, long visitId, String mediaType, byte[] content, String by, Instant at) {
		this.jdbc.update(
				"insert into supervision_photo (uuid, visit_id, media_type, size_bytes, content, uploaded_by,"
						+ " uploaded_at) values (:u, :v, :t, :s, :c, :by, :at)",
				new MapSqlParameterSource().addValue("u", uuid)
					.addValue("v", visitId)
					.addValue("t", mediaType)
					.addValue("s", content.length)
					.addValue("c", content)
					.addValue("by", by)
					.addValue("at", Timestamp.from(at)));
	}

	public record StoredPhoto(String uuid, long visitId, String mediaType, byte[] content) {
	}

	public Optional<StoredPhoto> photo(String uuid) {
		return this.jdbc
			.query("select uuid, visit_id, media_type, content from supervision_photo where uuid = :u",
					Map.of("u", uuid),
					(rs, i) -> new StoredPhoto(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getBytes(4)))
			.stream()
			.findFirst();
	}

}
