package vn.tuyengiao.recommendation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.text.VietnameseText;
import vn.tuyengiao.text.VnFormat;

/**
 * Raising a recommendation and tracking it to its answer. A user sees the recommendations
 * raised in their part of the tree and those addressed to it; only the addressee's side
 * answers.
 */
@Service
public class RecommendationService {

	/** Days an addressee has to answer when the unit sets no due date. */
	public static final int DEFAULT_DAYS = 30;

	private final RecommendationRepository recommendations;

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgUnits org;

	private final AuditLog audit;

	private final Clock clock;

	private final Messages messages;

	RecommendationService(RecommendationRepository recommendations, NamedParameterJdbcTemplate jdbc, OrgUnits org,
			AuditLog audit, Clock clock, Messages messages) {
		this.messages = messages;
		this.recommendations = recommendations;
		this.jdbc = jdbc;
		this.org = org;
		this.audit = audit;
		this.clock = clock;
	}

	/** A new recommendation; a unit left out is the user's own. */
	public record NewRecommendation(Long raisedUnitId, SourceKind sourceKind, Long sourceRef, String sourceLabel,
			LocalDate raisedOn, RecommendationField field, String subject, String body, Long addresseeUnitId,
			String externalBody, LocalDate dueOn) {
	}

	/**
	 * An answer, or a step towards one. {@code forwardedTo}: the body it goes on to (a
	 * name, or a party unit by id) when the state is FORWARDED; {@code version}: the
	 * version the user saw.
	 */
	public record Response(RecommendationStatus status, LocalDate answeredOn, String answer, String forwardedTo,
			Long forwardedToUnitId, LocalDate forwardDueOn, Long version) {
	}

	/** One state change in the history. */
	public record Step(RecommendationStatus status, LocalDate actedOn, String note, String actedBy, Instant actedAt) {
	}

	@Transactional
	public Recommendation raise(Scope scope, NewRecommendation n) {
		long unitId = this.org.defaultUnit(scope, n.raisedUnitId());
		OrgUnit unit = this.org.get(unitId);
		scope.requireWrite(unit.getPath());
		LocalDate today = LocalDate.now(this.clock);
		InvalidRecommendation.Problems p = new InvalidRecommendation.Problems();
		if (n.raisedOn() == null) {
			p.add("raisedOn", "recommendation.required");
		}
		else if (n.raisedOn().isAfter(today)) {
			p.add("raisedOn", "recommendation.future", VnFormat.shortDate(n.raisedOn()));
		}
		if (blank(n.subject())) {
			p.add("subject", "recommendation.required");
		}
		else if (n.subject().strip().length() > 300) {
			p.add("subject", "recommendation.tooLong", 300);
		}
		if (blank(n.body())) {
			p.add("body", "recommendation.required");
		}
		else if (n.body().strip().length() > 4000) {
			p.add("body", "recommendation.tooLong", 4000);
		}
		if (n.externalBody() != null && n.externalBody().strip().length() > 300) {
			p.add("externalBody", "recommendation.tooLong", 300);
		}
		if (n.sourceLabel() != null && n.sourceLabel().strip().length() > 300) {
			p.add("sourceLabel", "recommendation.tooLong", 300);
		}
		OrgUnit addressee = null;
		if (n.addresseeUnitId() == null) {
			p.add("addressee", "recommendation.required");
		}
		else {
			addressee = this.org.get(n.addresseeUnitId());
			boolean above = unit.getPath().startsWith(addressee.getPath());
			if (!above && !scope.contains(addressee.getPath())) {
				p.add("addressee", "recommendation.addresseeOutside");
			}
		}
		LocalDate due = n.dueOn() != null ? n.dueOn()
				: n.raisedOn() == null ? null : n.raisedOn().plusDays(DEFAULT_DAYS);
		if (due != null && n.raisedOn() != null && due.isBefore(n.raisedOn())) {
			p.add("dueOn", "recommendation.beforeRaised", VnFormat.shortDate(due), VnFormat.shortDate(n.raisedOn()));
		}
		p.check();
		Recommendation r = this.recommendations
			.save(new Recommendation(unit.getId(), n.sourceKind() == null ? SourceKind.UNIT_DIRECT : n.sourceKind(),
					n.sourceRef(), clean(n.sourceLabel()), n.raisedOn(),
					n.field() == null ? RecommendationField.OTHER : n.field(), clean(n.subject()), clean(n.body()),
					addressee.getId(), clean(n.externalBody()), due, null, scope.username(), this.clock.instant()));
		step(r, RecommendationStatus.RECEIVED, n.raisedOn(), null, scope.username());
		this.audit.record("CREATE", "Recommendation", r.getId(), unit.getPath(), "Kiến nghị: " + r.getSubject(),
				unit.getName());
		return r;
	}

	/**
	 * The party units a recommendation of this unit may be addressed to without a picker:
	 * the committees above it, nearest first, then the unit itself.
	 */
	@Transactional(readOnly = true)
	public List<OrgUnit> addressees(Scope scope, long unitId) {
		OrgUnit unit = this.org.get(scope, unitId);
		List<Long> ids = java.util.Arrays.stream(unit.getPath().split("/"))
			.filter(s -> !s.isEmpty())
			.map(Long::valueOf)
			.toList();
		java.util.Map<Long, OrgUnit> byId = this.org.getAll(ids);
		List<OrgUnit> out = new java.util.ArrayList<>();
		for (int i = ids.size() - 2; i >= 0; i--) {
			OrgUnit u = byId.get(ids.get(i));
			if (u != null && !u.isClosed()) {
				out.add(u);
			}
		}
		out.add(unit);
		return out;
	}

	/** The recommendation, if the user's part of the tree raised it or receives it. */
	@Transactional(readOnly = true)
	public Recommendation get(Scope scope, long id) {
		Recommendation r = this.recommendations.findById(id)
			.orElseThrow(() -> AppException.notFound("recommendation.notFound", id));
		if (!visible(scope, r)) {
			throw AppException.forbidden();
		}
		return r;
	}

	boolean visible(Scope scope, Recommendation r) {
		return visible(scope, r.getRaisedUnitId(), r.getAddresseeUnitId());
	}

	boolean visible(Scope scope, long raisedUnitId, long addresseeUnitId) {
		return scope.contains(this.org.get(raisedUnitId).getPath())
				|| scope.contains(this.org.get(addresseeUnitId).getPath());
	}

	/**
	 * The user may answer: their part of the tree holds the addressee and they may write.
	 */
	@Transactional(readOnly = true)
	public boolean canAnswer(Scope scope, Recommendation r) {
		return scope.canWrite() && scope.contains(this.org.get(r.getAddresseeUnitId()).getPath());
	}

	/**
	 * Records a response. FORWARDED names the body it goes to and opens the onward
	 * recommendation, tracked like the first.
	 */
	@Transactional
	public Recommendation respond(Scope scope, long id, Response resp) {
		Recommendation r = get(scope, id);
		requireAddressee(scope, r);
		if (resp.version() != null && resp.version() != r.getVersion()) {
			throw AppException.staleVersion();
		}
		validate(r, resp);
		return apply(scope, r, resp);
	}

	void requireAddressee(Scope scope, Recommendation r) {
		if (!scope.contains(this.org.get(r.getAddresseeUnitId()).getPath())) {
			throw new AppException(403, "recommendation.notAddressee");
		}
		if (!scope.canWrite()) {
			throw AppException.readOnly();
		}
	}

	void validate(Recommendation r, Response resp) {
		if (!r.getStatus().takesResponse()) {
			throw AppException.conflict("recommendation.alreadyAnswered");
		}
		LocalDate today = LocalDate.now(this.clock);
		InvalidRecommendation.Problems p = new InvalidRecommendation.Problems();
		if (resp.status() == null || resp.status() == RecommendationStatus.RECEIVED) {
			p.add("status", "recommendation.statusRequired");
		}
		if (resp.answeredOn() == null) {
			p.add("answeredOn", "recommendation.required");
		}
		else if (resp.answeredOn().isBefore(r.getRaisedOn())) {
			p.add("answeredOn", "recommendation.beforeRaised", VnFormat.shortDate(resp.answeredOn()),
					VnFormat.shortDate(r.getRaisedOn()));
		}
		else if (resp.answeredOn().isAfter(today)) {
			p.add("answeredOn", "recommendation.future", VnFormat.shortDate(resp.answeredOn()));
		}
		if (resp.status() != null && resp.status().isAnswered() && blank(resp.answer())) {
			p.add("answer", "recommendation.required");
		}
		else if (resp.answer() != null && resp.answer().strip().length() > 4000) {
			p.add("answer", "recommendation.tooLong", 4000);
		}
		if (resp.status() == RecommendationStatus.FORWARDED && blank(resp.forwardedTo())
				&& resp.forwardedToUnitId() == null) {
			p.add("forwardedTo", "recommendation.forwardBodyRequired");
		}
		if (resp.forwardDueOn() != null && resp.answeredOn() != null
				&& resp.forwardDueOn().isBefore(resp.answeredOn())) {
			p.add("forwardDueOn", "recommendation.beforeAnswer", VnFormat.shortDate(resp.forwardDueOn()));
		}
		p.check();
	}

	Recommendation apply(Scope scope, Recommendation r, Response resp) {
		String forwardedTo = null;
		OrgUnit onwardUnit = null;
		if (resp.status() == RecommendationStatus.FORWARDED) {
			if (resp.forwardedToUnitId() != null) {
				onwardUnit = this.org.get(resp.forwardedToUnitId());
				forwardedTo = this.org.label(onwardUnit);
			}
			else {
				forwardedTo = clean(resp.forwardedTo());
			}
		}
		r.respond(resp.status(), clean(resp.answer()), resp.answeredOn(), scope.username(), forwardedTo);
		this.recommendations.saveAndFlush(r);
		step(r, resp.status(), resp.answeredOn(), clean(resp.answer()), scope.username());
		if (resp.status() == RecommendationStatus.FORWARDED) {
			LocalDate due = resp.forwardDueOn() != null ? resp.forwardDueOn()
					: resp.answeredOn().plusDays(DEFAULT_DAYS);
			Recommendation onward = this.recommendations.save(new Recommendation(r.getRaisedUnitId(), r.getSourceKind(),
					r.getSourceRef(), r.getSourceLabel(), resp.answeredOn(), r.getField(), r.getSubject(), r.getBody(),
					onwardUnit != null ? onwardUnit.getId() : r.getAddresseeUnitId(),
					onwardUnit != null ? null : forwardedTo, due, r.getId(), scope.username(), this.clock.instant()));
			step(onward, RecommendationStatus.RECEIVED, resp.answeredOn(), null, scope.username());
		}
		this.audit.record("RESPOND", "Recommendation", r.getId(), this.org.get(r.getRaisedUnitId()).getPath(),
				"Trả lời kiến nghị: " + r.getSubject(), this.messages.get(resp.status().messageKey()));
		return r;
	}

	/** The unit that asked has read the answer (its badge drops). */
	@Transactional
	public void markSeen(Scope scope, long id) {
		Recommendation r = get(scope, id);
		boolean asker = scope.contains(this.org.get(r.getRaisedUnitId()).getPath())
				&& !scope.contains(this.org.get(r.getAddresseeUnitId()).getPath());
		if (asker && r.getStatus().isAnswered() && !r.isAnswerSeen()) {
			r.markSeen();
		}
	}

	/**
	 * Records the official letter (công văn) that carried the answer: its number and
	 * date, on the recommendation (and every member of its group).
	 */
	@Transactional
	public Recommendation recordReply(Scope scope, long id, String reference, LocalDate issuedOn) {
		Recommendation r = get(scope, id);
		requireAddressee(scope, r);
		InvalidRecommendation.Problems p = new InvalidRecommendation.Problems();
		if (!r.getStatus().isAnswered()) {
			throw AppException.conflict("recommendation.replyBeforeAnswer");
		}
		if (blank(reference)) {
			p.add("replyReference", "recommendation.required");
		}
		else if (reference.strip().length() > 100) {
			p.add("replyReference", "recommendation.tooLong", 100);
		}
		if (issuedOn == null) {
			p.add("replyIssuedOn", "recommendation.required");
		}
		else if (issuedOn.isBefore(r.getRaisedOn())) {
			p.add("replyIssuedOn", "recommendation.beforeRaised", VnFormat.shortDate(issuedOn),
					VnFormat.shortDate(r.getRaisedOn()));
		}
		else if (issuedOn.isAfter(LocalDate.now(this.clock))) {
			p.add("replyIssuedOn", "recommendation.future", VnFormat.shortDate(issuedOn));
		}
		p.check();
		List<Recommendation> all = r.getGroupId() == null ? List.of(r)
				: this.recommendations.findByGroupIdOrderById(r.getGroupId());
		for (Recommendation x : all) {
			x.recordReply(clean(reference), issuedOn);
			this.audit.record("REPLY", "Recommendation", x.getId(), this.org.get(x.getRaisedUnitId()).getPath(),
					"Công văn trả lời kiến nghị số " + clean(reference), x.getSubject());
		}
		return r;
	}

	@Transactional(readOnly = true)
	public List<Step> history(Scope scope, long id) {
		get(scope, id);
		return this.jdbc.query(
				"select status, acted_on, note, acted_by, acted_at from recommendation_step where recommendation_id = :id order by id",
				new MapSqlParameterSource("id", id),
				(rs, i) -> new Step(RecommendationStatus.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
						rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()));
	}

	/** The onward recommendations a forward opened, and the one this came from. */
	@Transactional(readOnly = true)
	public List<Recommendation> onward(Scope scope, long id) {
		get(scope, id);
		return this.recommendations.findByForwardedFromIdOrderById(id);
	}

	void step(Recommendation r, RecommendationStatus status, LocalDate on, String note, String by) {
		this.jdbc.update(
				"insert into recommendation_step (recommendation_id, status, acted_on, note, acted_by, acted_at) values (:r, :s, :on, :n, :by, :at)",
				new MapSqlParameterSource("r", r.getId()).addValue("s", status.name())
					.addValue("on", on)
					.addValue("n", note)
					.addValue("by", by)
					.addValue("at", Timestamp.from(this.clock.instant())));
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	static String clean(String s) {
		return blank(s) ? null : VietnameseText.normalize(s.strip());
	}

}
