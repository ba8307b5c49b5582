package vn.tuyengiao.recommendation.internal;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.recommendation.Recommendation;
import vn.tuyengiao.recommendation.RecommendationField;
import vn.tuyengiao.recommendation.RecommendationGroups;
import vn.tuyengiao.recommendation.RecommendationQueries;
import vn.tuyengiao.recommendation.RecommendationRow;
import vn.tuyengiao.recommendation.RecommendationService;
import vn.tuyengiao.recommendation.RecommendationStatus;
import vn.tuyengiao.recommendation.RecommendationSummary;
import vn.tuyengiao.recommendation.RecommendationView;
import vn.tuyengiao.recommendation.SourceKind;
import vn.tuyengiao.recommendation.ReplyLetters;

/** Recommendations over REST: raise, list, respond, forward, group, summary. */
@RestController
@RequestMapping("/api/v1/recommendations")
@Tag(name = RecommendationApi.TAG, description = RecommendationApi.TAG_DESCRIPTION)
class RecommendationApiController {

	private final RecommendationService service;

	private final RecommendationQueries queries;

	private final RecommendationGroups groups;

	private final RecommendationSummary summary;

	private final OrgUnits org;

	private final Clock clock;

	private final ReplyLetters letters;

	RecommendationApiController(RecommendationService service, RecommendationQueries queries,
			RecommendationGroups groups, RecommendationSummary summary, OrgUnits org, Clock clock,
			ReplyLetters letters) {
		this.letters = letters;
		this.clock = clock;
		this.service = service;
		this.queries = queries;
		this.groups = groups;
		this.summary = summary;
		this.org = org;
	}

	record RaiseRequest(Long raisedUnitId, SourceKind sourceKind, Long sourceRef, String sourceLabel,
			LocalDate raisedOn, RecommendationField field, String subject, String body, Long addresseeUnitId,
			String externalBody, LocalDate dueOn) {
	}

	record RecommendationDto(long id, long version, long raisedUnitId, String raisedUnit, SourceKind sourceKind,
			Long sourceRef, String sourceLabel, LocalDate raisedOn, RecommendationField field, String subject,
			String body, long addresseeUnitId, String addressee, String externalBody, LocalDate dueOn,
			RecommendationStatus status, boolean overdue, String answer, LocalDate answeredOn, String forwardedTo,
			Long forwardedFromId, List<Long> onwardIds, Long groupId, String replyReference, LocalDate replyIssuedOn,
			List<RecommendationService.Step> history) {
	}

	private RecommendationDto dto(Scope scope, Recommendation r) {
		return new RecommendationDto(r.getId(), r.getVersion(), r.getRaisedUnitId(),
				this.org.labelOf(r.getRaisedUnitId()), r.getSourceKind(), r.getSourceRef(), r.getSourceLabel(),
				r.getRaisedOn(), r.getField(), r.getSubject(), r.getBody(), r.getAddresseeUnitId(),
				this.org.labelOf(r.getAddresseeUnitId()), r.getExternalBody(), r.getDueOn(), r.getStatus(),
				r.isOverdue(LocalDate.now(this.clock)), r.getAnswer(), r.getAnsweredOn(), r.getForwardedTo(),
				r.getForwardedFromId(),
				this.service.onward(scope, r.getId()).stream().map(Recommendation::getId).toList(), r.getGroupId(),
				r.getReplyReference(), r.getReplyIssuedOn(), this.service.history(scope, r.getId()));
	}

	@PostMapping
	@Operation(summary = RecommendationApi.RAISE)
	ResponseEntity<RecommendationDto> raise(Scope scope, @RequestBody RaiseRequest r) {
		Recommendation x = this.service.raise(scope,
				new RecommendationService.NewRecommendation(r.raisedUnitId(), r.sourceKind(), r.sourceRef(),
						r.sourceLabel(), r.raisedOn(), r.field(), r.subject(), r.body(), r.addresseeUnitId(),
						r.externalBody(), r.dueOn()));
		return ResponseEntity.status(HttpStatus.CREATED).body(dto(scope, x));
	}

	@GetMapping
	@Operation(summary = RecommendationApi.LIST)
	List<RecommendationRow> list(Scope scope, @RequestParam(required = false) RecommendationView view,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) RecommendationStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.queries.list(scope, new RecommendationQueries.Filter(view, unitId, status, from, to));
	}

	@GetMapping("/{id}")
	RecommendationDto get(Scope scope, @PathVariable long id) {
		return dto(scope, this.service.get(scope, id));
	}

	record ResponseRequest(RecommendationStatus status, LocalDate answeredOn, String answer, String forwardedTo,
			Long forwardedToUnitId, LocalDate forwardDueOn, Long version) {

		RecommendationService.Response response() {
			return new RecommendationService.Response(this.status, this.answeredOn, this.answer, this.forwardedTo,
					this.forwardedToUnitId, this.forwardDueOn, this.version);
		}

	}

	@PostMapping("/{id}/responses")
	@Operation(summary = RecommendationApi.RESPOND)
	RecommendationDto respond(Scope scope, @PathVariable long id, @RequestBody ResponseRequest r) {
		return dto(scope, this.service.respond(scope, id, r.response()));
	}

	record ForwardRequest(String forwardedTo, Long forwardedToUnitId, LocalDate answeredOn, String answer,
			LocalDate forwardDueOn, Long version) {
	}

	@PostMapping("/{id}/forward")
	@Operation(summary = RecommendationApi.FORWARD)
	RecommendationDto forward(Scope scope, @PathVariable long id, @RequestBody ForwardRequest r) {
		return dto(scope,
				this.service.respond(scope, id,
						new RecommendationService.Response(RecommendationStatus.FORWARDED, r.answeredOn(), r.answer(),
								r.forwardedTo(), r.forwardedToUnitId(), r.forwardDueOn(), r.version())));
	}

	record ReplyRequest(String reference, LocalDate issuedOn) {
	}

	@PostMapping("/{id}/reply")
	@Operation(summary = RecommendationApi.REPLY)
	RecommendationDto reply(Scope scope, @PathVariable long id, @RequestBody ReplyRequest r) {
		return dto(scope, this.service.recordReply(scope, id, r.reference(), r.issuedOn()));
	}

	/** The reply letter drafted in the register: its id, its API record and its page. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "RecommendationReplyLetterDraft")
	record LetterDraft(long draftId, String location, String page) {

		static ResponseEntity<LetterDraft> created(long id) {
			LetterDraft d = new LetterDraft(id, "/api/v1/register/drafts/" + id, "/register/drafts/" + id);
			return ResponseEntity.created(URI.create(d.location())).body(d);
		}

	}

	@PostMapping("/{id}/reply-letter")
	@Operation(summary = RecommendationApi.REPLY_LETTER)
	ResponseEntity<LetterDraft> replyLetter(Scope scope, @PathVariable long id) {
		return LetterDraft.created(this.letters.draft(scope, id));
	}

	@PostMapping("/groups/{id}/reply-letter")
	@Operation(summary = RecommendationApi.GROUP_REPLY_LETTER)
	ResponseEntity<LetterDraft> groupReplyLetter(Scope scope, @PathVariable long id) {
		return LetterDraft.created(this.letters.draftGroup(scope, id));
	}

	record GroupRequest(String title, List<Long> ids) {
	}

	@GetMapping("/groups")
	@Operation(summary = RecommendationApi.GROUPS)
	List<RecommendationGroups.Group> groups(Scope scope) {
		return this.groups.list(scope);
	}

	@GetMapping("/groups/suggestions")
	@Operation(summary = RecommendationApi.SUGGESTIONS)
	List<RecommendationGroups.Group> suggestions(Scope scope) {
		return this.groups.suggestions(scope);
	}

	@PostMapping("/groups")
	@Operation(summary = RecommendationApi.GROUP)
	ResponseEntity<RecommendationGroups.Group> group(Scope scope, @RequestBody GroupRequest r) {
		long id = this.groups.create(scope, r.title(), r.ids()).getId();
		return ResponseEntity.status(HttpStatus.CREATED).body(this.groups.get(scope, id));
	}

	@GetMapping("/groups/{id}")
	RecommendationGroups.Group groupOf(Scope scope, @PathVariable long id) {
		return this.groups.get(scope, id);
	}

	@PostMapping("/groups/{id}/responses")
	@Operation(summary = RecommendationApi.GROUP_RESPOND)
	RecommendationGroups.Group respondGroup(Scope scope, @PathVariable long id, @RequestBody ResponseRequest r) {
		return this.groups.respond(scope, id, r.response());
	}

	record SummaryDto(RecommendationSummary.Counts total, List<RecommendationSummary.UnitCounts> units,
			List<String> section) {
	}

	@GetMapping("/summary")
	@Operation(summary = RecommendationApi.SUMMARY)
	SummaryDto summary(Scope scope, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		long unit = this.org.defaultUnit(scope, unitId);
		return new SummaryDto(this.summary.forUnit(scope, unit, from, to), this.summary.perUnit(scope, unit, from, to),
				this.summary.section(scope, unit, from, to)
					.stream()
					.map(RecommendationSummary.SectionLine::text)
					.toList());
	}

}
