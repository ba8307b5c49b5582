package vn.tuyengiao.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.register.IssuingBody;
import vn.tuyengiao.register.RegisterEntries;
import vn.tuyengiao.register.ReportDrafts;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.reporting.internal.ReportingStore;
import vn.tuyengiao.text.VietnameseText;

/**
 * Submit, return, accept. A unit submits an issued report of its own register against
 * what it owes; the unit that asked returns it with a comment (the report comes back to
 * the unit as a new draft, made from it by the register) or accepts it, which locks the
 * obligation. Every step is kept with who, when and why. A refusal changes nothing.
 */
@Service
public class ReportingCycle {

	private final ReportingStore store;

	private final OrgUnits org;

	private final ReportDrafts drafts;

	private final AuditLog audit;

	private final Clock clock;

	private final DocumentRegister register;

	private final RegisterEntries entries;

	ReportingCycle(ReportingStore store, OrgUnits org, ReportDrafts drafts, AuditLog audit, Clock clock,
			DocumentRegister register, RegisterEntries entries) {
		this.register = register;
		this.entries = entries;
		this.store = store;
		this.org = org;
		this.drafts = drafts;
		this.audit = audit;
		this.clock = clock;
	}

	/** What the unit owes, newest deadline first. */
	@Transactional(readOnly = true)
	public List<Obligation> inbox(Scope scope, long unitId) {
		this.org.get(scope, unitId);
		return this.store.obligationsOfUnit(unitId);
	}

	/**
	 * An obligation seen from below (the unit that owes it, or above it) or from the unit
	 * that asked; anyone else is told it does not exist.
	 */
	@Transactional(readOnly = true)
	public Obligation obligation(Scope scope, long id) {
		Obligation o = this.store.obligation(id)
			.orElseThrow(() -> AppException.notFound("reporting.obligation.notFound", id));
		if (!scope.contains(o.unitPath()) && !scope.contains(this.org.get(o.receivingUnitId()).getPath())) {
			throw AppException.notFound("reporting.obligation.notFound", id);
		}
		return o;
	}

	@Transactional(readOnly = true)
	public List<ObligationEvent> history(Scope scope, long id) {
		obligation(scope, id);
		return this.store.events(id);
	}

	/** The latest return comment of each obligation (by id), for the inbox. */
	@Transactional(readOnly = true)
	public Map<Long, String> returnComments(Scope scope, List<Obligation> obligations) {
		return this.store.lastComments(obligations.stream()
			.filter(o -> scope.contains(o.unitPath()) || scope.contains(this.org.get(o.receivingUnitId()).getPath()))
			.map(Obligation::id)
			.toList());
	}

	/** An issued document of the unit's register that can be submitted. */
	public record IssuedReport(long draftId, String reference, LocalDate issuedOn, String subject) {
	}

	/**
	 * The unit's issued documents (newest first, 50 per issuing body) that can answer an
	 * obligation.
	 */
	@Transactional(readOnly = true)
	public List<IssuedReport> issuedReports(Scope scope, long unitId) {
		this.org.get(scope, unitId);
		List<IssuedReport> out = new ArrayList<>();
		for (IssuingBody b : this.register.bodies(scope)) {
			if (b.getUnitId() == unitId) {
				for (RegisterEntries.Entry e : this.entries
					.search(scope, new RegisterEntries.Filter(null, null, b.getId(), null, null, 0))
					.entries()) {
					if (e.draftId() != null) {
						out.add(new IssuedReport(e.draftId(), e.reference(), e.issuedOn(), e.subject()));
					}
				}
			}
		}
		return out;
	}

	/** A request received by a unit, with its completeness and timeliness. */
	public record Received(ReportRequest request, Tally tally, long overdue) {
	}

	@Transactional(readOnly = true)
	public List<Received> received(Scope scope, long unitId) {
		this.org.get(scope, unitId);
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, Tally> tallies = new LinkedHashMap<>();
		Map<Long, Long> overdue = new LinkedHashMap<>();
		for (Obligation o : this.store.obligationsReceivedBy(unitId)) {
			tallies.merge(o.requestId(), o.tally(), Tally::plus);
			overdue.merge(o.requestId(), o.isOverdue(today) ? 1L : 0L, Long::sum);
		}
		return this.store.requestsReceivedBy(unitId)
			.stream()
			.map(r -> new Received(r, tallies.getOrDefault(r.id(), Tally.ZERO), overdue.getOrDefault(r.id(), 0L)))
			.toList();
	}

	/** A group of the roll-up: the units under one parent. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "ReportingGroup")
	public record Group(long parentId, Tally tally, List<Obligation> obligations) {
	}

	/**
	 * A request as the unit that asked sees it: every unit's obligation, per parent and
	 * in all.
	 */
	public record RequestView(ReportRequest request, List<Obligation> obligations, List<Group> groups, Tally total) {
	}

	@Transactional(readOnly = true)
	public RequestView request(Scope scope, long requestId) {
		String path = this.store.requestReceivingPath(requestId);
		if (path == null || !scope.contains(path)) {
			throw AppException.notFound("reporting.request.notFound", requestId);
		}
		ReportRequest r = this.store.request(requestId).orElseThrow();
		List<Obligation> all = this.store.obligationsOfRequest(requestId);
		// The parent is read from the obligation's copy of the unit's path (kept in step
		// when a subtree moves) rather than by loading every unit.
		Map<Long, List<Obligation>> byParent = new LinkedHashMap<>();
		for (Obligation o : all) {
			byParent.computeIfAbsent(parentOf(o), k -> new ArrayList<>()).add(o);
		}
		List<Group> groups = new ArrayList<>();
		Tally total = Tally.ZERO;
		for (Map.Entry<Long, List<Obligation>> e : byParent.entrySet()) {
			Tally t = e.getValue().stream().map(Obligation::tally).reduce(Tally.ZERO, Tally::plus);
			groups.add(new Group(e.getKey(), t, e.getValue()));
			total = total.plus(t);
		}
		return new RequestView(r, all, groups, total);
	}

	/**
	 * Submits an issued report of the unit's own register against its obligation; a
	 * report returned before is submitted again the same way.
	 */
	@Transactional
	public Obligation submit(Scope scope, long obligationId, long draftId, Long version) {
		Obligation o = obligation(scope, obligationId);
		OrgUnit unit = this.org.get(o.unitId());
		scope.requireWrite(unit.getPath());
		if (o.isLocked()) {
			throw AppException.conflict("reporting.locked", o.reference());
		}
		if (o.status() == ObligationStatus.SUBMITTED) {
			throw AppException.conflict("reporting.alreadySubmitted", o.reference());
		}
		checkVersion(o, version);
		ReportDrafts.Draft d = this.drafts.get(scope, draftId);
		if (d.number() == null || d.document().stage() != PartyDocument.Stage.ISSUED) {
			throw AppException.invalid("reporting.notIssued", String.join(" ", d.document().subject()));
		}
		if (!d.body().getUnitId().equals(o.unitId())) {
			throw AppException.invalid("reporting.otherUnitsReport", d.body().getName(), this.org.label(unit));
		}
		var used = this.store.obligationOfSubmittedDraft(draftId);
		if (used.isPresent() && used.get() != o.id()) {
			throw AppException.invalid("reporting.reportUsed", reference(d));
		}
		LocalDate today = LocalDate.now(this.clock);
		String reference = reference(d);
		Obligation next = moved(o, ObligationStatus.SUBMITTED, o.draftId(), draftId, reference,
				o.firstSubmittedOn() == null ? today : o.firstSubmittedOn(), today, scope.username(), null, null);
		save(o, next);
		this.store.event(o.id(), "SUBMITTED", scope.username(), this.clock.instant(), draftId, reference, null);
		this.audit.record("SUBMIT", "ReportObligation", o.id(), unit.getPath(), "Nộp báo cáo " + reference, o.title());
		return this.store.obligation(o.id()).orElseThrow();
	}

	/**
	 * Submits to a receiving unit by naming it (the API): refused when it asked this
	 * report's unit for nothing still owed.
	 */
	@Transactional
	public Obligation submitTo(Scope scope, long receivingUnitId, long draftId) {
		ReportDrafts.Draft d = this.drafts.get(scope, draftId);
		OrgUnit receiving = this.org.get(receivingUnitId);
		long unitId = d.body().getUnitId();
		List<Obligation> owed = this.store.owedTo(unitId, receivingUnitId);
		if (owed.isEmpty()) {
			throw AppException.invalid("reporting.notAsked", this.org.label(receiving), this.org.labelOf(unitId));
		}
		return submit(scope, owed.get(0).id(), draftId, null);
	}

	/**
	 * Returns a submitted report with the reason; the register makes a new draft of it
	 * for the unit to correct and issue again.
	 */
	@Transactional
	public Obligation returnReport(Scope scope, long obligationId, Long version, String comment) {
		Obligation o = decidable(scope, obligationId, version);
		String why = comment == null ? "" : VietnameseText.normalize(comment).strip();
		if (why.isEmpty()) {
			throw AppException.invalid("reporting.commentRequired");
		}
		if (why.length() > 2000) {
			throw AppException.invalid("reporting.commentTooLong", 2000);
		}
		long copy = this.drafts.copyId(scope, o.submittedDraftId());
		Obligation next = moved(o, ObligationStatus.RETURNED, copy, o.submittedDraftId(), o.reference(),
				o.firstSubmittedOn(), o.submittedOn(), o.submittedBy(), LocalDate.now(this.clock), scope.username());
		save(o, next);
		this.store.event(o.id(), "RETURNED", scope.username(), this.clock.instant(), copy, o.reference(), why);
		this.audit.record("RETURN", "ReportObligation", o.id(), o.unitPath(), "Trả lại báo cáo " + o.reference(), why);
		return this.store.obligation(o.id()).orElseThrow();
	}

	/** Accepts a submitted report: the obligation is closed and the report locked. */
	@Transactional
	public Obligation accept(Scope scope, long obligationId, Long version) {
		Obligation o = decidable(scope, obligationId, version);
		Obligation next = moved(o, ObligationStatus.ACCEPTED, o.draftId(), o.submittedDraftId(), o.reference(),
				o.firstSubmittedOn(), o.submittedOn(), o.submittedBy(), LocalDate.now(this.clock), scope.username());
		save(o, next);
		this.store.event(o.id(), "ACCEPTED", scope.username(), this.clock.instant(), o.submittedDraftId(),
				o.reference(), null);
		this.audit.record("ACCEPT", "ReportObligation", o.id(), o.unitPath(), "Tiếp nhận báo cáo " + o.reference(),
				o.title());
		return this.store.obligation(o.id()).orElseThrow();
	}

	/** Records a reminder to a unit that still owes the report (no e-mail is sent). */
	@Transactional
	public void remind(Scope scope, long obligationId) {
		Obligation o = obligation(scope, obligationId);
		scope.requireWrite(this.org.get(o.receivingUnitId()).getPath());
		if (o.isIn()) {
			throw AppException.invalid("reporting.remindSubmitted", this.org.labelOf(o.unitId()));
		}
		this.store.reminded(o.id(), this.clock.instant());
		this.store.event(o.id(), "REMINDED", scope.username(), this.clock.instant(), null, null, null);
		this.audit.record("REMIND", "ReportObligation", o.id(), o.unitPath(),
				"Nhắc nộp báo cáo " + this.org.labelOf(o.unitId()), o.title());
	}

	/** Reminds every unit past the deadline of the request; returns how many. */
	@Transactional
	public int remindOverdue(Scope scope, long requestId) {
		LocalDate today = LocalDate.now(this.clock);
		List<Obligation> late = request(scope, requestId).obligations()
			.stream()
			.filter(o -> o.isOverdue(today))
			.toList();
		for (Obligation o : late) {
			remind(scope, o.id());
		}
		return late.size();
	}

	/** Remembers the draft the unit works on for this obligation. */
	@Transactional
	public void workingDraft(Scope scope, long obligationId, long draftId) {
		Obligation o = obligation(scope, obligationId);
		scope.requireWrite(o.unitPath());
		this.store.setDraft(o.id(), draftId);
		this.store.event(o.id(), "DRAFTED", scope.username(), this.clock.instant(), draftId, null, null);
	}

	private Obligation decidable(Scope scope, long obligationId, Long version) {
		Obligation o = obligation(scope, obligationId);
		scope.requireWrite(this.org.get(o.receivingUnitId()).getPath());
		if (o.isLocked()) {
			throw AppException.conflict("reporting.locked", o.reference());
		}
		if (o.status() != ObligationStatus.SUBMITTED) {
			throw AppException.conflict("reporting.notSubmitted", this.org.labelOf(o.unitId()));
		}
		if (scope.username().equals(o.submittedBy())) {
			throw AppException.invalid("reporting.ownReport", o.reference());
		}
		checkVersion(o, version);
		return o;
	}

	/** "/1/5/23/" → 5; a unit at the top of the tree is its own group. */
	static long parentOf(Obligation o) {
		String[] ids = o.unitPath().split("/");
		return ids.length >= 3 ? Long.parseLong(ids[ids.length - 2]) : o.unitId();
	}

	private static void checkVersion(Obligation o, Long version) {
		if (version != null && version != o.version()) {
			throw AppException.staleVersion();
		}
	}

	private void save(Obligation before, Obligation after) {
		if (!this.store.update(after, before.version())) {
			throw AppException.staleVersion();
		}
	}

	private static String reference(ReportDrafts.Draft d) {
		return d.number() == null ? String.join(" ", d.document().subject()) : d.number().replaceFirst("^Số\\s*", "");
	}

	private static Obligation moved(Obligation o, ObligationStatus status, Long draftId, Long submittedDraftId,
			String reference, LocalDate first, LocalDate submittedOn, String submittedBy, LocalDate decidedOn,
			String decidedBy) {
		return new Obligation(o.id(), o.requestId(), o.unitId(), o.unitPath(), o.receivingUnitId(), o.deadline(),
				status, draftId, submittedDraftId, reference, first, submittedOn, submittedBy, decidedOn, decidedBy,
				o.reminders(), o.version(), o.title(), o.type(), o.periodFrom(), o.periodTo(), o.campaignId());
	}

}
