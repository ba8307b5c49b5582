package vn.tuyengiao.reporting.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.reporting.Frequency;
import vn.tuyengiao.reporting.Incoming;
import vn.tuyengiao.reporting.Obligation;
import vn.tuyengiao.reporting.ObligationEvent;
import vn.tuyengiao.reporting.ObligationStatus;
import vn.tuyengiao.reporting.ReportRequest;
import vn.tuyengiao.reporting.ReportRule;
import vn.tuyengiao.reporting.ReportType;

/** Plain SQL on the module's own tables; the services check scope before calling. */
@Repository
public class ReportingStore {

	private static final String INCOMING = "select id, unit_id, number, issued_on, received_on, issuer_unit_id, "
			+ "issuer_name, subject, file_name, size_bytes, created_by from incoming_document ";

	private static final String REQUEST = "select id, incoming_id, rule_id, receiving_unit_id, responding_root_id, "
			+ "unit_kinds, report_type, title, period_from, period_to, deadline, campaign_id, created_by "
			+ "from report_request ";

	private static final String OBLIGATION = "select o.id, o.request_id, o.unit_id, o.unit_path, "
			+ "o.receiving_unit_id, o.deadline, o.status, o.draft_id, o.submitted_draft_id, o.reference, "
			+ "o.first_submitted_on, o.submitted_on, o.submitted_by, o.decided_on, o.decided_by, o.reminders, "
			+ "o.version, r.title, r.report_type, r.period_from, r.period_to, r.campaign_id "
			+ "from report_obligation o join report_request r on r.id = o.request_id ";

	private final JdbcTemplate jdbc;

	ReportingStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public record NewIncoming(long unitId, String unitPath, String number, LocalDate issuedOn, LocalDate receivedOn,
			Long issuerUnitId, String issuerName, String subject, String fileName, String contentType, byte[] content) {
	}

	public long insertIncoming(NewIncoming n, String by, Instant at) {
		return insert("insert into incoming_document (unit_id, unit_path, number, issued_on, received_on, "
				+ "issuer_unit_id, issuer_name, subject, file_name, content_type, size_bytes, content, created_by, "
				+ "created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", n.unitId(), n.unitPath(), n.number(),
				Date.valueOf(n.issuedOn()), Date.valueOf(n.receivedOn()), n.issuerUnitId(), n.issuerName(), n.subject(),
				n.fileName(), n.contentType(), n.content() == null ? null : (long) n.content().length, n.content(), by,
				Timestamp.from(at));
	}

	public Optional<Incoming> incoming(long id) {
		return this.jdbc.query(INCOMING + "where id = ?", ReportingStore::incoming, id).stream().findFirst();
	}

	public String incomingPath(long id) {
		return this.jdbc.queryForList("select unit_path from incoming_document where id = ?", String.class, id)
			.stream()
			.findFirst()
			.orElse(null);
	}

	public List<Incoming> incomingUnder(String pathPrefix, int limit) {
		return this.jdbc.query(INCOMING + "where unit_path like ? order by received_on desc, id desc limit " + limit,
				ReportingStore::incoming, (pathPrefix == null ? "" : pathPrefix) + "%");
	}

	public record StoredFile(String fileName, String contentType, byte[] content) {
	}

	public Optional<StoredFile> incomingFile(long id) {
		return this.jdbc.query(
				"select file_name, content_type, content from incoming_document where id = ? and content is not null",
				(rs, i) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)), id)
			.stream()
			.findFirst();
	}

	public long insertRequest(Long incomingId, Long ruleId, long receivingUnitId, String receivingPath,
			long respondingRootId, List<OrgUnitKind> kinds, ReportType type, String title, LocalDate from, LocalDate to,
			LocalDate deadline, Long campaignId, String by, Instant at) {
		return insert("insert into report_request (incoming_id, rule_id, receiving_unit_id, receiving_path, "
				+ "responding_root_id, unit_kinds, report_type, title, period_from, period_to, deadline, campaign_id, "
				+ "created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", incomingId, ruleId,
				receivingUnitId, receivingPath, respondingRootId, kinds(kinds), type.name(), title, Date.valueOf(from),
				Date.valueOf(to), Date.valueOf(deadline), campaignId, by, Timestamp.from(at));
	}

	public Optional<ReportRequest> request(long id) {
		return this.jdbc.query(REQUEST + "where id = ?", ReportingStore::request, id).stream().findFirst();
	}

	public String requestReceivingPath(long id) {
		return this.jdbc.queryForList("select receiving_path from report_request where id = ?", String.class, id)
			.stream()
			.findFirst()
			.orElse(null);
	}

	public List<ReportRequest> requestsReceivedBy(long unitId) {
		return this.jdbc.query(REQUEST + "where receiving_unit_id = ? order by deadline desc, id desc",
				ReportingStore::request, unitId);
	}

	public List<ReportRequest> requestsOfIncoming(long incomingId) {
		return this.jdbc.query(REQUEST + "where incoming_id = ? order by id", ReportingStore::request, incomingId);
	}

	public boolean requestExists(long ruleId, LocalDate from) {
		Integer n = this.jdbc.queryForObject(
				"select count(*) from report_request where rule_id = ? and period_from = ?", Integer.class, ruleId,
				Date.valueOf(from));
		return n != null && n > 0;
	}

	public record NewObligation(long unitId, String unitPath) {
	}

	public void insertObligations(long requestId, long receivingUnitId, String receivingPath, LocalDate deadline,
			List<NewObligation> units) {
		this.jdbc.batchUpdate(
				"insert into report_obligation (request_id, unit_id, unit_path, receiving_unit_id, receiving_path, "
						+ "deadline, status) values (?, ?, ?, ?, ?, ?, 'DUE')",
				units.stream()
					.map(u -> new Object[] { requestId, u.unitId(), u.unitPath(), receivingUnitId, receivingPath,
							Date.valueOf(deadline) })
					.toList());
	}

	public Optional<Obligation> obligation(long id) {
		return this.jdbc.query(OBLIGATION + "where o.id = ?", ReportingStore::obligation, id).stream().findFirst();
	}

	public List<Obligation> obligationsOfUnit(long unitId) {
		return this.jdbc.query(OBLIGATION + "where o.unit_id = ? order by o.deadline desc, o.id desc",
				ReportingStore::obligation, unitId);
	}

	public List<Obligation> obligationsOfRequest(long requestId) {
		return this.jdbc.query(OBLIGATION + "where o.request_id = ? order by o.unit_path", ReportingStore::obligation,
				requestId);
	}

	public List<Obligation> obligationsReceivedBy(long unitId) {
		return this.jdbc.query(OBLIGATION + "where o.receiving_unit_id = ? order by o.request_id, o.unit_path",
				ReportingStore::obligation, unitId);
	}

	/** Obligations of the unit still owed to this receiving unit (due or returned). */
	public List<Obligation> owedTo(long unitId, long receivingUnitId) {
		return this.jdbc
			.query(OBLIGATION + "where o.unit_id = ? and o.receiving_unit_id = ? and o.status in ('DUE', 'RETURNED') "
					+ "order by o.deadline", ReportingStore::obligation, unitId, receivingUnitId);
	}

	/** Obligations the unit still owes (due or returned), whatever their deadline. */
	public List<Obligation> openObligationsOfUnit(long unitId) {
		return this.jdbc.query(OBLIGATION + "where o.unit_id = ? and o.status in ('DUE', 'RETURNED') order by o.id",
				ReportingStore::obligation, unitId);
	}

	public Optional<Obligation> obligationOf(long requestId, long unitId) {
		return this.jdbc
			.query(OBLIGATION + "where o.request_id = ? and o.unit_id = ?", ReportingStore::obligation, requestId,
					unitId)
			.stream()
			.findFirst();
	}

	/**
	 * Hands an open obligation to another unit (a merger's successor): its working draft
	 * was the old unit's, so the new owner starts its own.
	 */
	public void passTo(long obligationId, long unitId, String unitPath) {
		this.jdbc.update("update report_obligation set unit_id = ?, unit_path = ?, draft_id = null, "
				+ "version = version + 1 where id = ?", unitId, unitPath, obligationId);
	}

	/**
	 * Folds an obligation into another of the same request (the successor already owes
	 * it): its history moves there, the row goes.
	 */
	public void foldInto(long obligationId, long intoId) {
		this.jdbc.update("update report_event set obligation_id = ? where obligation_id = ?", intoId, obligationId);
		this.jdbc.update("delete from report_obligation where id = ?", obligationId);
	}

	/** Rewrites the unit path copies of the module's tables after a subtree moved. */
	public void rewritePaths(vn.tuyengiao.org.UnitPathsChanged moved) {
		var named = new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(this.jdbc);
		for (String[] copy : new String[][] { { "incoming_document", "unit_path" }, { "report_rule", "receiving_path" },
				{ "report_request", "receiving_path" }, { "report_obligation", "unit_path" },
				{ "report_obligation", "receiving_path" } }) {
			named.update(moved.rewriteSql(copy[0], copy[1]), moved.parameters());
		}
	}

	public Optional<Long> obligationOfSubmittedDraft(long draftId) {
		return this.jdbc
			.queryForList("select id from report_obligation where submitted_draft_id = ?", Long.class, draftId)
			.stream()
			.findFirst();
	}

	/**
	 * Moves the obligation to a new state if nobody changed it since {@code version};
	 * false when someone did.
	 */
	public boolean update(Obligation o, long version) {
		return this.jdbc.update(
				"update report_obligation set status = ?, draft_id = ?, submitted_draft_id = ?, "
						+ "reference = ?, first_submitted_on = ?, submitted_on = ?, submitted_by = ?, decided_on = ?, "
						+ "decided_by = ?, version = version + 1 where id = ? and version = ?",
				o.status().name(), o.draftId(), o.submittedDraftId(), o.reference(), date(o.firstSubmittedOn()),
				date(o.submittedOn()), o.submittedBy(), date(o.decidedOn()), o.decidedBy(), o.id(), version) == 1;
	}

	public void setDraft(long obligationId, long draftId) {
		this.jdbc.update("update report_obligation set draft_id = ?, version = version + 1 where id = ?", draftId,
				obligationId);
	}

	public void reminded(long obligationId, Instant at) {
		this.jdbc.update("update report_obligation set reminders = reminders + 1, last_reminded_at = ? where id = ?",
				Timestamp.from(at), obligationId);
	}

	public void event(long obligationId, String action, String actor, Instant at, Long draftId, String reference,
			String comment) {
		this.jdbc.update(
				"insert into report_event (obligation_id, action, actor, acted_at, draft_id, reference, comment) "
						+ "values (?, ?, ?, ?, ?, ?, ?)",
				obligationId, action, actor, Timestamp.from(at), draftId, reference, comment);
	}

	public List<ObligationEvent> events(long obligationId) {
		return this.jdbc.query(
				"select obligation_id, action, actor, acted_at, draft_id, reference, comment from report_event "
						+ "where obligation_id = ? order by acted_at, id",
				(rs, i) -> new ObligationEvent(rs.getLong(1), rs.getString(2), rs.getString(3),
						rs.getTimestamp(4).toInstant(), (Long) rs.getObject(5, Long.class), rs.getString(6),
						rs.getString(7)),
				obligationId);
	}

	/** The latest return comment of each obligation of the unit, by obligation id. */
	public java.util.Map<Long, String> lastComments(List<Long> obligationIds) {
		java.util.Map<Long, String> out = new java.util.HashMap<>();
		if (obligationIds.isEmpty()) {
			return out;
		}
		String in = String.join(",", java.util.Collections.nCopies(obligationIds.size(), "?"));
		this.jdbc
			.query("select obligation_id, comment from report_event where action = 'RETURNED' and obligation_id in ("
					+ in + ") order by acted_at, id", rs -> {
						out.put(rs.getLong(1), rs.getString(2));
					}, obligationIds.toArray());
		return out;
	}

	public long insertRule(long receivingUnitId, String receivingPath, long respondingRootId, List<OrgUnitKind> kinds,
			ReportType type, Frequency frequency, int deadlineDay, String title, LocalDate startsOn, String by,
			Instant at) {
		return insert(
				"insert into report_rule (receiving_unit_id, receiving_path, responding_root_id, unit_kinds, "
						+ "report_type, frequency, deadline_day, title, starts_on, active, created_by, created_at) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?)",
				receivingUnitId, receivingPath, respondingRootId, kinds(kinds), type.name(), frequency.name(),
				deadlineDay, title, Date.valueOf(startsOn), by, Timestamp.from(at));
	}

	private static final String RULE = "select id, receiving_unit_id, responding_root_id, unit_kinds, report_type, "
			+ "frequency, deadline_day, title, starts_on, active from report_rule ";

	public List<ReportRule> rulesReceivedBy(long unitId) {
		return this.jdbc.query(RULE + "where receiving_unit_id = ? order by id", ReportingStore::rule, unitId);
	}

	public List<ReportRule> activeRules() {
		return this.jdbc.query(RULE + "where active order by id", ReportingStore::rule);
	}

	public String rulePath(long id) {
		return this.jdbc.queryForList("select receiving_path from report_rule where id = ?", String.class, id)
			.stream()
			.findFirst()
			.orElse(null);
	}

	public long countIncoming() {
		Long n = this.jdbc.queryForObject("select count(*) from incoming_document", Long.class);
		return n == null ? 0 : n;
	}

	private long insert(String sql, Object... args) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update(con -> {
			var ps = con.prepareStatement(sql, new String[] { "id" });
			for (int i = 0; i < args.length; i++) {
				ps.setObject(i + 1, args[i]);
			}
			return ps;
		}, keys);
		return keys.getKey().longValue();
	}

	private static Date date(LocalDate d) {
		return d == null ? null : Date.valueOf(d);
	}

	private static LocalDate local(ResultSet rs, int i) throws SQLException {
		Date d = rs.getDate(i);
		return d == null ? null : d.toLocalDate();
	}

	static String kinds(List<OrgUnitKind> kinds) {
		return kinds == null ? "" : String.join(",", kinds.stream().map(Enum::name).toList());
	}

	static List<OrgUnitKind> kinds(String s) {
		return s == null || s.isBlank() ? List.of()
				: Arrays.stream(s.split(",")).map(String::strip).map(OrgUnitKind::valueOf).toList();
	}

	private static Incoming incoming(ResultSet rs, int i) throws SQLException {
		return new Incoming(rs.getLong(1), rs.getLong(2), rs.getString(3), local(rs, 4), local(rs, 5),
				rs.getObject(6, Long.class), rs.getString(7), rs.getString(8), rs.getString(9),
				rs.getObject(10, Long.class), rs.getString(11));
	}

	private static ReportRequest request(ResultSet rs, int i) throws SQLException {
		return new ReportRequest(rs.getLong(1), rs.getObject(2, Long.class), rs.getObject(3, Long.class), rs.getLong(4),
				rs.getLong(5), kinds(rs.getString(6)), ReportType.valueOf(rs.getString(7)), rs.getString(8),
				local(rs, 9), local(rs, 10), local(rs, 11), rs.getObject(12, Long.class), rs.getString(13));
	}

	private static Obligation obligation(ResultSet rs, int i) throws SQLException {
		return new Obligation(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5), local(rs, 6),
				ObligationStatus.valueOf(rs.getString(7)), rs.getObject(8, Long.class), rs.getObject(9, Long.class),
				rs.getString(10), local(rs, 11), local(rs, 12), rs.getString(13), local(rs, 14), rs.getString(15),
				rs.getInt(16), rs.getLong(17), rs.getString(18), ReportType.valueOf(rs.getString(19)), local(rs, 20),
				local(rs, 21), rs.getObject(22, Long.class));
	}

	private static ReportRule rule(ResultSet rs, int i) throws SQLException {
		return new ReportRule(rs.getLong(1), rs.getLong(2), rs.getLong(3), kinds(rs.getString(4)),
				ReportType.valueOf(rs.getString(5)), Frequency.valueOf(rs.getString(6)), rs.getInt(7), rs.getString(8),
				local(rs, 9), rs.getBoolean(10));
	}

}
