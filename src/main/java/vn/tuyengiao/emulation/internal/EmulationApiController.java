package vn.tuyengiao.emulation.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.emulation.Award;
import vn.tuyengiao.emulation.AwardForm;
import vn.tuyengiao.emulation.AwardLevel;
import vn.tuyengiao.emulation.AwardService;
import vn.tuyengiao.emulation.AwardStatus;
import vn.tuyengiao.emulation.DiscoveryMethod;
import vn.tuyengiao.emulation.Effectiveness;
import vn.tuyengiao.emulation.EmulationModel;
import vn.tuyengiao.emulation.EmulationRollup;
import vn.tuyengiao.emulation.Exemplar;
import vn.tuyengiao.emulation.ExemplarCategory;
import vn.tuyengiao.emulation.ExemplarService;
import vn.tuyengiao.emulation.HolderKind;
import vn.tuyengiao.emulation.MassOrganisation;
import vn.tuyengiao.emulation.ModelGroup;
import vn.tuyengiao.emulation.ModelService;
import vn.tuyengiao.emulation.ModelStatus;
import vn.tuyengiao.emulation.Movement;
import vn.tuyengiao.emulation.PublicityChannel;
import vn.tuyengiao.emulation.Registration;
import vn.tuyengiao.emulation.RetireReason;
import vn.tuyengiao.emulation.ReviewReason;

/** Models, exemplars and awards over REST, with the same scope rules as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Mô hình, gương điển hình, khen thưởng",
		description = "Sổ mô hình học tập và làm theo Bác, gương điển hình, khen thưởng")
class EmulationApiController {

	private final ModelService models;

	private final EmulationRollup rollup;

	private final ExemplarService exemplars;

	private final AwardService awards;

	EmulationApiController(ModelService models, EmulationRollup rollup, ExemplarService exemplars,
			AwardService awards) {
		this.models = models;
		this.rollup = rollup;
		this.exemplars = exemplars;
		this.awards = awards;
	}

	// ---- models

	record ModelRequest(Long ownerUnitId, Long ownerMemberId, String title, Long groupId, Movement movement,
			MassOrganisation massOrganisation, String situation, String goals, String content, String area,
			String participants, String resources, String timeline, String outputs, Boolean sustainable,
			Boolean replicable, LocalDate startDate, Long version) {

		Registration registration() {
			if (this.ownerUnitId == null && this.ownerMemberId == null) {
				throw AppException.invalid("emulation.ownerRequired");
			}
			return new Registration(this.ownerUnitId == null ? 0 : this.ownerUnitId, this.ownerMemberId, this.title,
					this.groupId, this.movement, this.massOrganisation, this.situation, this.goals, this.content,
					this.area, this.participants, this.resources, this.timeline, this.outputs,
					Boolean.TRUE.equals(this.sustainable), Boolean.TRUE.equals(this.replicable), this.startDate, null);
		}

	}

	record ModelDto(long id, long ownerUnitId, Long ownerMemberId, HolderKind holderKind, String title, long groupId,
			Movement movement, MassOrganisation massOrganisation, String situation, String goals, String content,
			String area, String participants, String resources, String timeline, String outputs, boolean sustainable,
			boolean replicable, LocalDate startDate, ModelStatus status, RetireReason retireReason, LocalDate retiredOn,
			Long replicatedFromId, long version) {

		static ModelDto of(EmulationModel m) {
			return new ModelDto(m.getId(), m.getOwnerUnitId(), m.getOwnerMemberId(), m.getHolderKind(), m.getTitle(),
					m.getGroupId(), m.getMovement(), m.getMassOrganisation(), m.getSituation(), m.getGoals(),
					m.getContent(), m.getArea(), m.getParticipants(), m.getResources(), m.getTimeline(), m.getOutputs(),
					m.isSustainable(), m.isReplicable(), m.getStartDate(), m.getStatus(), m.getRetireReason(),
					m.getRetiredOn(), m.getReplicatedFromId(), m.getVersion());
		}

	}

	record Registered(ModelDto model, List<ModelService.Overlap> overlaps) {
	}

	@GetMapping("/models")
	@Operation(summary = "Sổ mô hình trong phạm vi người dùng, có lọc theo đơn vị, năm, nhóm, trạng thái, phong trào")
	List<ModelService.ModelRow> list(Scope scope, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Long groupId,
			@RequestParam(required = false) ModelStatus status, @RequestParam(required = false) Movement movement,
			@RequestParam(required = false) String q) {
		return this.models.list(scope, new ModelService.Filter(unitId, year, groupId, status, movement, q));
	}

	@PostMapping("/models")
	@Operation(summary = "Đăng ký mô hình; trả về các mô hình tương tự (cảnh báo trùng, không chặn)")
	ResponseEntity<Registered> register(Scope scope, @RequestBody ModelRequest r) {
		ModelService.Registered reg = this.models.register(scope, r.registration());
		return ResponseEntity.status(HttpStatus.CREATED).body(new Registered(ModelDto.of(reg.model()), reg.overlaps()));
	}

	@GetMapping("/models/{id}")
	ModelDto get(Scope scope, @PathVariable long id) {
		return ModelDto.of(this.models.get(scope, id));
	}

	@PutMapping("/models/{id}")
	@Operation(summary = "Sửa nội dung đăng ký (cần version hiện tại)")
	ModelDto update(Scope scope, @PathVariable long id, @RequestBody ModelRequest r) {
		if (r.version() == null) {
			throw AppException.invalid("emulation.versionRequired");
		}
		return ModelDto.of(this.models.update(scope, id, r.registration(), r.version()));
	}

	@GetMapping("/models/{id}/overlaps")
	List<ModelService.Overlap> overlaps(Scope scope, @PathVariable long id) {
		return this.models.overlaps(scope, this.models.get(scope, id));
	}

	record OverlapCheck(long ownerUnitId, Movement movement, String title, String content) {
	}

	@PostMapping("/models/overlaps")
	@Operation(summary = "Kiểm tra trùng trước khi đăng ký")
	List<ModelService.Overlap> check(Scope scope, @RequestBody OverlapCheck c) {
		return this.models.overlaps(scope, c.ownerUnitId(), c.movement(), c.title(), c.content());
	}

	record StepRequest(long version, LocalDate on, String note) {
	}

	@PostMapping("/models/{id}/advance")
	@Operation(summary = "Chuyển bước: đăng ký → rà soát → triển khai → biểu dương")
	ModelDto advance(Scope scope, @PathVariable long id, @RequestBody StepRequest r) {
		return ModelDto.of(this.models.advance(scope, id, r.version(), r.on(), r.note()));
	}

	record RetireRequest(long version, RetireReason reason, LocalDate on, String note) {
	}

	@PostMapping("/models/{id}/retire")
	ModelDto retire(Scope scope, @PathVariable long id, @RequestBody RetireRequest r) {
		return ModelDto.of(this.models.retire(scope, id, r.version(), r.reason(), r.on(), r.note()));
	}

	@GetMapping("/models/{id}/transitions")
	List<ModelService.Transition> transitions(Scope scope, @PathVariable long id) {
		return this.models.transitions(scope, id);
	}

	record AssessmentRequest(int year, Effectiveness effectiveness, String results, LocalDate on) {
	}

	@PostMapping("/models/{id}/assessments")
	ResponseEntity<Void> assess(Scope scope, @PathVariable long id, @RequestBody AssessmentRequest r) {
		this.models.assess(scope, id, r.year(), r.effectiveness(), r.results(), r.on());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/models/{id}/assessments")
	List<ModelService.Assessment> assessments(Scope scope, @PathVariable long id) {
		return this.models.assessments(scope, id);
	}

	record ReplicationRequest(long unitId, LocalDate on, String note) {
	}

	@PostMapping("/models/{id}/replications")
	@Operation(summary = "Nhân rộng mô hình sang một đơn vị (tạo bản đăng ký của đơn vị đó, liên kết với mô hình gốc)")
	ResponseEntity<ModelDto> replicate(Scope scope, @PathVariable long id, @RequestBody ReplicationRequest r) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(ModelDto.of(this.models.replicate(scope, id, r.unitId(), r.on(), r.note())));
	}

	@GetMapping("/models/{id}/replications")
	List<ModelService.Replication> replications(Scope scope, @PathVariable long id) {
		return this.models.replications(scope, id);
	}

	@PostMapping(path = "/models/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Đính kèm ảnh (JPEG, PNG, GIF, WEBP) hoặc PDF; kiểm tra theo nội dung tệp và dung lượng")
	ResponseEntity<List<ModelService.AttachmentInfo>> attach(Scope scope, @PathVariable long id,
			@RequestParam("files") List<MultipartFile> files) throws IOException {
		List<String> names = new ArrayList<>();
		List<byte[]> contents = new ArrayList<>();
		for (MultipartFile f : files) {
			names.add(f.getOriginalFilename());
			contents.add(f.getBytes());
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(this.models.attach(scope, id, names, contents));
	}

	@GetMapping("/models/{id}/attachments")
	List<ModelService.AttachmentInfo> attachments(Scope scope, @PathVariable long id) {
		return this.models.attachments(scope, id);
	}

	record GroupDto(long id, String code, String name, boolean active) {

		static GroupDto of(ModelGroup g) {
			return new GroupDto(g.getId(), g.getCode(), g.getName(), g.isActive());
		}

	}

	record GroupRequest(String code, String name) {
	}

	@GetMapping("/models/groups")
	List<GroupDto> groups() {
		return this.models.groups().stream().map(GroupDto::of).toList();
	}

	@PostMapping("/models/groups")
	@Operation(summary = "Thêm nhóm mô hình (quản trị viên)")
	ResponseEntity<GroupDto> createGroup(Scope scope, @RequestBody GroupRequest r) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(GroupDto.of(this.models.createGroup(scope, r.code(), r.name())));
	}

	record CoverageDto(long unitId, String unitName, int year, EmulationRollup.Counts total, List<ChildDto> children,
			List<MissingDto> without) {
	}

	record ChildDto(long unitId, String unitName, EmulationRollup.Counts counts) {
	}

	record MissingDto(long unitId, String unitName, String unitCode, String commune) {
	}

	@GetMapping("/models/coverage")
	@Operation(summary = "Đơn vị chưa có mô hình trong năm và số liệu tổng hợp theo đơn vị trực thuộc")
	CoverageDto coverage(Scope scope, @RequestParam long unitId, @RequestParam(required = false) Integer year) {
		EmulationRollup.Coverage c = this.rollup.coverage(scope, unitId,
				year == null ? LocalDate.now().getYear() : year);
		return new CoverageDto(c.unit().getId(), c.unit().getName(), c.year(), c.total(),
				c.children().stream().map(r -> new ChildDto(r.unit().getId(), r.unit().getName(), r.counts())).toList(),
				c.without()
					.stream()
					.map(m -> new MissingDto(m.unit().getId(), m.unit().getName(), m.unit().getShortCode(),
							m.communeName()))
					.toList());
	}

	@GetMapping("/models/period")
	@Operation(summary = "Số mô hình trong kỳ: đang thực hiện, mới, tiếp tục, nhân rộng, loại bỏ, theo nhóm")
	EmulationRollup.PeriodCounts period(Scope scope, @RequestParam long unitId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.rollup.period(scope, unitId, from, to);
	}

	record ReviewDto(ModelService.ModelRow model, Set<ReviewReason> reasons) {
	}

	@GetMapping("/models/review")
	@Operation(summary = "Mô hình cần rà soát, sàng lọc")
	List<ReviewDto> review(Scope scope, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return this.rollup.review(scope, unitId, asOf)
			.stream()
			.map(r -> new ReviewDto(r.model(), r.reasons()))
			.toList();
	}

	// ---- exemplars

	record ExemplarRequest(HolderKind kind, Long unitId, Long memberId, String personName, String deeds,
			LocalDate foundOn, DiscoveryMethod foundHow, ExemplarCategory category, Long modelId) {
	}

	record ExemplarDto(long id, HolderKind kind, long unitId, Long memberId, String name, String deeds,
			LocalDate foundOn, DiscoveryMethod foundHow, ExemplarCategory category, Long modelId,
			List<ExemplarService.Publicity> publicity) {
	}

	private ExemplarDto dto(Scope scope, Exemplar x) {
		return new ExemplarDto(x.getId(), x.getKind(), x.getUnitId(), x.getMemberId(), this.exemplars.name(x),
				x.getDeeds(), x.getFoundOn(), x.getFoundHow(), x.getCategory(), x.getModelId(),
				this.exemplars.publicity(scope, x.getId()));
	}

	@GetMapping("/exemplars")
	List<ExemplarService.ExemplarRow> exemplars(Scope scope, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.exemplars.list(scope, unitId, from, to);
	}

	@PostMapping("/exemplars")
	ResponseEntity<ExemplarDto> createExemplar(Scope scope, @RequestBody ExemplarRequest r) {
		if (r.unitId() == null && r.memberId() == null) {
			throw AppException.invalid("emulation.ownerRequired");
		}
		Exemplar x = this.exemplars.create(scope,
				new ExemplarService.NewExemplar(r.kind(), r.unitId() == null ? 0 : r.unitId(), r.memberId(),
						r.personName(), r.deeds(), r.foundOn(), r.foundHow(), r.category(), r.modelId()));
		return ResponseEntity.status(HttpStatus.CREATED).body(dto(scope, x));
	}

	@GetMapping("/exemplars/{id}")
	ExemplarDto exemplar(Scope scope, @PathVariable long id) {
		return dto(scope, this.exemplars.get(scope, id));
	}

	record PublicityRequest(PublicityChannel channel, LocalDate publishedOn, String title, String url) {
	}

	@PostMapping("/exemplars/{id}/publicity")
	@Operation(
			summary = "Ghi nhận tuyên truyền (đài, trang thông tin, Facebook, Zalo …); kênh trực tuyến cần đường dẫn hợp lệ")
	ResponseEntity<ExemplarDto> publicity(Scope scope, @PathVariable long id, @RequestBody PublicityRequest r) {
		this.exemplars.addPublicity(scope, id, r.channel(), r.publishedOn(), r.title(), r.url());
		return ResponseEntity.status(HttpStatus.CREATED).body(dto(scope, this.exemplars.get(scope, id)));
	}

	// ---- awards

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

	record DecisionRequest(long version, boolean granted, LocalDate on, String decisionNumber) {
	}

	@PostMapping("/awards/{id}/decision")
	@Operation(summary = "Cấp trên đồng ý hoặc không đồng ý đề nghị khen thưởng")
	AwardDto decide(Scope scope, @PathVariable long id, @RequestBody DecisionRequest r) {
		return dto(scope, this.awards.decideProposal(scope, id, r.version(), r.granted(), r.on(), r.decisionNumber()));
	}

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
