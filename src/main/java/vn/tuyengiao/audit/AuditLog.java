package vn.tuyengiao.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.internal.AuditEvent;
import vn.tuyengiao.audit.internal.AuditEventRepository;
import vn.tuyengiao.common.Listing;
import vn.tuyengiao.common.Scope;

/**
 * Records changes in the caller's transaction, so an audited change and its audit row
 * commit or roll back together; reads them back for the log's page, limited to the
 * reader's part of the tree.
 */
@Service
public class AuditLog {

	/** Counting the log stops here; the pages go on. */
	public static final int COUNT_CAP = 10_000;

	private final AuditEventRepository events;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	AuditLog(AuditEventRepository events, NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.clock = clock;
		this.events = events;
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String entityType, Long entityId, String summary, String details) {
		record(action, entityType, entityId, null, summary, details);
	}

	/**
	 * A change to a record of a unit: {@code unitPath} is that unit's path, so the change
	 * shows in the log of the unit and of those above it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String entityType, Long entityId, String unitPath, String summary,
			String details) {
		this.events.save(new AuditEvent(this.clock.instant(), currentUser(), action, entityType, entityId, unitPath,
				summary, details));
	}

	/** For events outside any business transaction, such as a failed login. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordAlone(String username, String action, String entityType, Long entityId, String summary) {
		this.events.save(new AuditEvent(this.clock.instant(), username, action, entityType, entityId, summary, null));
	}

	@Transactional(readOnly = true)
	public Page<AuditEvent> recent(String username, String entityType, int page, int size) {
		return this.events.search(blankToNull(username), blankToNull(entityType),
				PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "occurredAt", "id")));
	}

	/** One change as the log shows it. */
	public record Entry(long id, Instant occurredAt, String username, String action, String entityType, Long entityId,
			String unitPath, String summary, String details) {
	}

	/**
	 * The log's filters: a person (user name), the kinds of record of one module, a
	 * unit's subtree (its path) and a period (days, inclusive); each optional.
	 */
	public record Query(String username, Collection<String> entityTypes, String unitPath, LocalDate from,
			LocalDate to) {

		public static Query all() {
			return new Query(null, null, null, null, null);
		}

	}

	/**
	 * The newest changes first, by key (the changes before {@code after}), within the
	 * reader's part of the tree: changes to records of no unit are for administrators
	 * only.
	 */
	@Transactional(readOnly = true)
	public Listing.Slice<Entry> page(Scope scope, Query q, Long after, int page, int size) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		String where = where(scope, q, p);
		Long total = this.jdbc.queryForObject(
				"select count(*) from (select e.id from audit_event e" + where + " limit " + (COUNT_CAP + 1) + ") x", p,
				Long.class);
		long t = total == null ? 0 : total;
		String cond = where;
		if (after != null) {
			cond = (where.isEmpty() ? " where " : where + " and ") + "e.id < :after";
			p.addValue("after", after);
		}
		p.addValue("limit", size + 1);
		List<Entry> rows = this.jdbc.query(SELECT + cond + " order by e.id desc limit :limit", p, AuditLog::entry);
		return Listing.Slice.of(rows, Math.min(t, COUNT_CAP), t > COUNT_CAP, page, size, Entry::id);
	}

	/** Every change the filters select, newest first, for the export. */
	@Transactional(readOnly = true)
	public void forEach(Scope scope, Query q, Consumer<Entry> sink) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		String where = where(scope, q, p);
		this.jdbc.query(SELECT + where + " order by e.id desc", p, (ResultSet rs) -> {
			sink.accept(entry(rs, 0));
		});
	}

	/** The people who appear in the reader's part of the log, for the person filter. */
	@Transactional(readOnly = true)
	public List<String> actors(Scope scope) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		String where = where(scope, Query.all(), p);
		return this.jdbc.queryForList("select distinct e.username from audit_event e" + where + " order by 1", p,
				String.class);
	}

	private static final String SELECT = "select e.id, e.occurred_at, e.username, e.action, e.entity_type, e.entity_id,"
			+ " e.unit_path, e.summary, e.details from audit_event e";

	private String where(Scope scope, Query q, MapSqlParameterSource p) {
		List<String> c = new ArrayList<>();
		String prefix = scope.pathPrefix();
		if (q.unitPath() != null) {
			prefix = scope.narrow(q.unitPath());
		}
		if (prefix != null) {
			c.add("e.unit_path like :prefix");
			p.addValue("prefix", prefix + "%");
		}
		if (q.username() != null && !q.username().isBlank()) {
			c.add("e.username = :username");
			p.addValue("username", q.username().strip());
		}
		if (q.entityTypes() != null && !q.entityTypes().isEmpty()) {
			c.add("e.entity_type in (:types)");
			p.addValue("types", q.entityTypes());
		}
		ZoneId zone = this.clock.getZone();
		if (q.from() != null) {
			c.add("e.occurred_at >= :from");
			p.addValue("from", Timestamp.from(q.from().atStartOfDay(zone).toInstant()));
		}
		if (q.to() != null) {
			c.add("e.occurred_at < :to");
			p.addValue("to", Timestamp.from(q.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		return c.isEmpty() ? "" : " where " + String.join(" and ", c);
	}

	private static Entry entry(ResultSet rs, int n) throws SQLException {
		long entityId = rs.getLong("entity_id");
		Long entity = rs.wasNull() ? null : entityId;
		return new Entry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("username"),
				rs.getString("action"), rs.getString("entity_type"), entity, rs.getString("unit_path"),
				rs.getString("summary"), rs.getString("details"));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static String currentUser() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || auth.getName() == null ? "system" : auth.getName();
	}

}
