package vn.tuyengiao.reporting.internal;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.reporting.Consolidation;
import vn.tuyengiao.reporting.Incoming;
import vn.tuyengiao.reporting.IncomingRegister;
import vn.tuyengiao.reporting.Obligation;
import vn.tuyengiao.reporting.ObligationEvent;
import vn.tuyengiao.reporting.ReportRule;
import vn.tuyengiao.reporting.ReportingCycle;
import vn.tuyengiao.reporting.StandingObligations;

/**
 * The reporting cycle over REST, with the pages' scope rules: a unit sees what it owes,
 * the receiving unit what was submitted to it; anyone else gets 404 or 403.
 */
@RestController
@RequestMapping("/api/v1/reporting")
@Tag(name = ReportingApiDocs.TAG, description = ReportingApiDocs.TAG_DESCRIPTION)
class ReportingApiController {

	private final ReportingCycle cycle;

	private final Consolidation consolidation;

	private final IncomingRegister incoming;

	private final StandingObligations standing;

	private final OrgUnits org;

	ReportingApiController(ReportingCycle cycle, Consolidation consolidation, IncomingRegister incoming,
			StandingObligations standing, OrgUnits org) {
		this.cycle = cycle;
		this.consolidation = consolidation;
		this.incoming = incoming;
		this.standing = standing;
		this.org = org;
	}

	record SubmitRequest(Long draftId, Long version) {
	}

	record SubmitToRequest(Long receivingUnitId, Long draftId) {
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "ReportDecisionRequest")
	record DecisionRequest(Long version, String comment) {
	}

	record ConsolidateRequest(Long bodyId) {
	}

	record DraftRef(long draftId) {
	}

	record RegisterRequest(IncomingRegister.IncomingForm document, IncomingRegister.RequestForm request) {
	}

	record Count(int count) {
	}

	@GetMapping("/inbox")
	@Operation(summary = ReportingApiDocs.INBOX)
	List<Obligation> inbox(Scope scope, @RequestParam(required = false) Long unit) {
		return this.cycle.inbox(scope, this.org.defaultUnit(scope, unit));
	}

	@GetMapping("/obligations/{id}")
	@Operation(summary = ReportingApiDocs.OBLIGATION)
	Obligation obligation(Scope scope, @PathVariable long id) {
		return this.cycle.obligation(scope, id);
	}

	@GetMapping("/obligations/{id}/history")
	@Operation(summary = ReportingApiDocs.HISTORY)
	List<ObligationEvent> history(Scope scope, @PathVariable long id) {
		return this.cycle.history(scope, id);
	}

	@PostMapping("/obligations/{id}/submit")
	@Operation(summary = ReportingApiDocs.SUBMIT)
	Obligation submit(Scope scope, @PathVariable long id, @RequestBody SubmitRequest r) {
		return this.cycle.submit(scope, id, required(r.draftId()), r.version());
	}

	@PostMapping("/submissions")
	@Operation(summary = ReportingApiDocs.SUBMIT_TO)
	Obligation submitTo(Scope scope, @RequestBody SubmitToRequest r) {
		return this.cycle.submitTo(scope, required(r.receivingUnitId()), required(r.draftId()));
	}

	@PostMapping("/obligations/{id}/return")
	@Operation(summary = ReportingApiDocs.RETURN)
	Obligation returnReport(Scope scope, @PathVariable long id, @RequestBody DecisionRequest r) {
		return this.cycle.returnReport(scope, id, r.version(), r.comment());
	}

	@PostMapping("/obligations/{id}/accept")
	@Operation(summary = ReportingApiDocs.ACCEPT)
	Obligation accept(Scope scope, @PathVariable long id, @RequestBody(required = false) DecisionRequest r) {
		return this.cycle.accept(scope, id, r == null ? null : r.version());
	}

	@PostMapping("/obligations/{id}/remind")
	@Operation(summary = ReportingApiDocs.REMIND)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remind(Scope scope, @PathVariable long id) {
		this.cycle.remind(scope, id);
	}

	@GetMapping("/received")
	@Operation(summary = ReportingApiDocs.RECEIVED)
	List<ReportingCycle.Received> received(Scope scope, @RequestParam(required = false) Long unit) {
		return this.cycle.received(scope, this.org.defaultUnit(scope, unit));
	}

	@GetMapping("/requests/{id}")
	@Operation(summary = ReportingApiDocs.REQUEST)
	ReportingCycle.RequestView request(Scope scope, @PathVariable long id) {
		return this.cycle.request(scope, id);
	}

	@PostMapping("/requests/{id}/consolidated")
	@Operation(summary = ReportingApiDocs.CONSOLIDATE)
	@ResponseStatus(HttpStatus.CREATED)
	DraftRef consolidate(Scope scope, @PathVariable long id, @RequestBody(required = false) ConsolidateRequest r) {
		return new DraftRef(this.consolidation.draft(scope, id, r == null ? null : r.bodyId()));
	}

	@GetMapping("/incoming")
	@Operation(summary = ReportingApiDocs.INCOMING)
	List<Incoming> incoming(Scope scope, @RequestParam(required = false) Long unit) {
		return this.incoming.list(scope, this.org.defaultUnit(scope, unit));
	}

	@GetMapping("/incoming/{id}")
	@Operation(summary = ReportingApiDocs.INCOMING)
	Incoming incomingDocument(Scope scope, @PathVariable long id) {
		return this.incoming.get(scope, id);
	}

	@PostMapping("/incoming")
	@Operation(summary = ReportingApiDocs.REGISTER)
	@ResponseStatus(HttpStatus.CREATED)
	Incoming register(Scope scope, @RequestBody RegisterRequest r) {
		if (r.document() == null) {
			throw vn.tuyengiao.common.AppException.invalid("reporting.field.requiredDocument");
		}
		return this.incoming.register(scope, r.document(), null, r.request());
	}

	@GetMapping("/rules")
	@Operation(summary = ReportingApiDocs.RULES)
	List<ReportRule> rules(Scope scope, @RequestParam(required = false) Long unit) {
		return this.standing.rules(scope, this.org.defaultUnit(scope, unit));
	}

	@PostMapping("/rules")
	@Operation(summary = ReportingApiDocs.CREATE_RULE)
	@ResponseStatus(HttpStatus.CREATED)
	ReportRule createRule(Scope scope, @RequestBody StandingObligations.RuleForm f) {
		return this.standing.create(scope, f);
	}

	@PostMapping("/rules/generate")
	@Operation(summary = ReportingApiDocs.GENERATE)
	Count generate(Scope scope) {
		return new Count(this.standing.generate(scope));
	}

	private static long required(Long id) {
		if (id == null) {
			throw vn.tuyengiao.common.AppException.invalid("reporting.field.requiredId");
		}
		return id;
	}

}
