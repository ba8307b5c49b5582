package vn.tuyengiao.emulation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.emulation.Award;
import vn.tuyengiao.emulation.AwardForm;
import vn.tuyengiao.emulation.AwardLevel;
import vn.tuyengiao.emulation.AwardService;
import vn.tuyengiao.emulation.AwardStatus;

/** Award decisions, proposals to the level above and their figures over REST. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = EmulationApi.TAG, description = EmulationApi.TAG_DESCRIPTION)
class AwardApiController {

	private final AwardService awards;

	AwardApiController(AwardService awards) {
		this.awards = awards;
	}

	record AwardRequest(Long issuerUnitId, Boolean proposal, AwardLevel level, AwardForm form, String decisionNumber,
			LocalDate date, String reason, Long modelId, Long exemplarId, List<AwardService.Recipient> recipients) {
	}

	record AwardDto(long id, long issuerUnitId, boolean proposal, AwardLevel level, AwardForm form,
			String decisionNumber, LocalDate date, String reason, Long modelId, Long exemplarId, AwardStatus status,
			LocalDate decidedOn, String grantedDecisionNumber, long version,
			List<AwardService.RecipientRow> recipients) {
	}

	private AwardDto dto(Scope scope, Award a) {
		return new AwardDto(a.getId(), a.getIssuerUnitId(), a.isProposal(), a.getLevel(), a.getForm(),
				a.getDecisionNumber(), a.getDecisionDate(), a.getReason(), a.getModelId(), a.getExemplarId(),
				a.getStatus(), a.getDecidedOn(), a.getGrantedDecisionNumber(), a.getVersion(),
				this.awards.recipients(scope, a.getId()));
	}

	@GetMapping("/awards")
	List<AwardService.AwardRow> awards(Scope scope, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.awards.list(scope, unitId, from, to);
	}

	@PostMapping("/awards")
	@Operation(summary = "Quyết định khen thưởng, hoặc đề nghị cấp trên khen thưởng (proposal = true)")
	ResponseEntity<AwardDto> createAward(Scope scope, @RequestBody AwardRequest r) {
		if (r.issuerUnitId() == null) {
			throw AppException.invalid("emulation.issuerRequired");
		}
		Award a = this.awards.create(scope,
				new AwardService.NewAward(r.issuerUnitId(), Boolean.TRUE.equals(r.proposal()), r.level(), r.form(),
						r.decisionNumber(), r.date(), r.reason(), r.modelId(), r.exemplarId(), r.recipients()));
		return ResponseEntity.status(HttpStatus.CREATED).body(dto(scope, a));
	}

	@GetMapping("/awards/{id}")
	AwardDto award(Scope scope, @PathVariable long id) {
		return dto(scope, this.awards.get(scope, id));
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "AwardDecisionRequest")
	record DecisionRequest(long version, boolean granted, LocalDate on, String decisionNumber) {
	}

	@PostMapping("/awards/{id}/decision")
	@Operation(summary = "Cấp trên đồng ý hoặc không đồng ý đề nghị khen thưởng")
	AwardDto decide(Scope scope, @PathVariable long id, @RequestBody DecisionRequest r) {
		return dto(scope, this.awards.decideProposal(scope, id, r.version(), r.granted(), r.on(), r.decisionNumber()));
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "AwardFigures")
	record FiguresDto(Map<AwardLevel, AwardService.Tally> byLevel, AwardService.Tally awarded, String awardedText,
			Map<AwardStatus, AwardService.Tally> proposals, AwardService.Tally proposed, String proposedText) {
	}

	@GetMapping("/awards/figures")
	@Operation(
			summary = "Số tập thể, cá nhân được khen thưởng theo cấp và đề nghị cấp trên trong kỳ (\"13 tập thể, 36 cá nhân\")")
	FiguresDto figures(Scope scope, @RequestParam long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		AwardService.Figures f = this.awards.figures(scope, unitId, from, to);
		return new FiguresDto(f.byLevel(), f.awarded(), f.awarded().text(), f.proposals(), f.proposed(),
				f.proposed().text());
	}

}
