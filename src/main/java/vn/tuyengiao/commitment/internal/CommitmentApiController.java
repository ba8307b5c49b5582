package vn.tuyengiao.commitment.internal;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.commitment.AppraisalResult;
import vn.tuyengiao.commitment.Commitment;
import vn.tuyengiao.commitment.CommitmentCampaign;
import vn.tuyengiao.commitment.CommitmentCompleteness;
import vn.tuyengiao.commitment.CommitmentKind;
import vn.tuyengiao.commitment.CommitmentSection;
import vn.tuyengiao.commitment.CommitmentService;
import vn.tuyengiao.commitment.CommitmentStatus;
import vn.tuyengiao.commitment.CommitmentStep;
import vn.tuyengiao.commitment.EntryMode;
import vn.tuyengiao.commitment.FollowThrough;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;

@RestController
@RequestMapping("/api/v1/commitments")
@Tag(name = "Bản cam kết",
		description = "Đợt thu bản cam kết, nhập/tải lên, ký xác nhận, thẩm định và tiến độ trong phạm vi của người dùng")
class CommitmentApiController {

	private final CommitmentService commitments;

	private final CommitmentCompleteness completeness;

	private final Messages messages;

	private final OrgUnits units;

	CommitmentApiController(CommitmentService commitments, CommitmentCompleteness completeness, Messages messages,
			OrgUnits units) {
		this.units = units;
		this.commitments = commitments;
		this.completeness = completeness;
		this.messages = messages;
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "CommitmentCampaignRequest")
	record CampaignRequest(Long ownerUnitId, Integer year, CommitmentKind kind, String title, LocalDate referenceDate,
			LocalDate deadline, Boolean expectExempt, Boolean expectAway, String guidanceTemplate) {
	}

	record TemplateRequest(String guidanceTemplate, Long version) {
	}

	record CommitmentRequest(Long memberId, EntryMode mode, Map<CommitmentSection, String> sections, String text,
			Long version) {
	}

	record SignOffRequest(String comment, Long version) {
	}

	record AppraisalRequest(AppraisalResult result, String reasons, Long version) {
	}

	record FollowThroughRequest(FollowThrough followThrough, String note, Long version) {
	}

	record CheckDto(String kind, String level, String message) {
	}

	record CommitmentDto(long id, long campaignId, long memberId, CommitmentStatus status, EntryMode entryMode,
			Map<CommitmentSection, String> sections, String text, int wordCount, String sourceEncoding,
			String enteredBy, Instant submittedAt, boolean editedAfterSignoff, String signedBy, Instant signedAt,
			String signoffComment, AppraisalResult appraisalResult, String appraisalReasons, String appraisedBy,
			Instant appraisedAt, FollowThrough followThrough, String followThroughNote, boolean hasOriginalFile,
			long version, List<CheckDto> checks) {

		static CommitmentDto of(Commitment c, List<CheckDto> checks) {
			return new CommitmentDto(c.id(), c.campaignId(), c.memberId(), c.status(), c.entryMode(), c.sections(),
					c.body(), c.wordCount(), c.sourceEncoding(), c.enteredBy(), c.submittedAt(), c.editedAfterSignoff(),
					c.signedBy(), c.signedAt(), c.signoffComment(), c.appraisalResult(), c.appraisalReasons(),
					c.appraisedBy(), c.appraisedAt(), c.followThrough(), c.followThroughNote(), c.hasFile(),
					c.version(), checks);
		}

	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "CommitmentFigures")
	record FiguresDto(long expected, long submitted, long signed, long appraised, long returned, long missing,
			long extra, String submittedRatio, String submittedRate) {

		static FiguresDto of(CommitmentCompleteness.Figures f) {
			return new FiguresDto(f.expected(), f.submitted(), f.signed(), f.appraised(), f.returned(), f.missing(),
					f.extra(), f.submittedRatio(), f.submittedRate());
		}

	}

	/**
	 * A unit's completeness: {@code unitName} as the unit is called, {@code unitLabel}
	 * told apart from units of the same name.
	 */
	record CompletenessDto(long unitId, String unitName, String unitLabel, FiguresDto figures,
			List<CompletenessDto> children) {

		static CompletenessDto of(CommitmentCompleteness.Node n, int depth, Map<Long, String> labels) {
			return new CompletenessDto(n.unit().getId(), n.unit().getName(),
					labels.getOrDefault(n.unit().getId(), n.unit().getName()), FiguresDto.of(n.figures()),
					depth == 0 ? List.of() : n.children().stream().map(c -> of(c, depth - 1, labels)).toList());
		}

		static void collect(CommitmentCompleteness.Node n, int depth, List<Long> ids) {
			ids.add(n.unit().getId());
			if (depth > 0) {
				n.children().forEach(c -> collect(c, depth - 1, ids));
			}
		}

	}

	@GetMapping("/campaigns")
	@Operation(summary = "Các đợt thu bản cam kết mà người dùng tham gia hoặc theo dõi")
	List<CommitmentCampaign> campaigns(Scope scope) {
		return this.commitments.campaigns(scope);
	}

	@PostMapping("/campaigns")
	@Operation(summary = "Tạo đợt thu bản cam kết (theo năm và loại) cho một tổ chức đảng và toàn bộ cấp dưới")
	ResponseEntity<CommitmentCampaign> create(Scope scope, @RequestBody CampaignRequest r) {
		if (r.ownerUnitId() == null) {
			throw AppException.invalid("commitment.ownerRequired");
		}
		CommitmentCampaign c = this.commitments.createCampaign(scope,
				new CommitmentService.NewCampaign(r.ownerUnitId(), r.year(), r.kind(), r.title(), r.referenceDate(),
						r.deadline(), Boolean.TRUE.equals(r.expectExempt()), r.expectAway() == null || r.expectAway(),
						r.guidanceTemplate()));
		return ResponseEntity.status(HttpStatus.CREATED).body(c);
	}

	@GetMapping("/campaigns/{id}")
	CommitmentCampaign campaign(Scope scope, @PathVariable long id) {
		return this.commitments.campaign(scope, id);
	}

	@PutMapping("/campaigns/{id}/guidance-template")
	@Operation(summary = "Đề cương hướng dẫn chung của đợt; phần trùng với đề cương không bị tính là sao chép")
	CommitmentCampaign template(Scope scope, @PathVariable long id, @RequestBody TemplateRequest r) {
		return this.commitments.setGuidanceTemplate(scope, id, r.guidanceTemplate(), requireVersion(r.version()));
	}

	@GetMapping("/campaigns/{id}/completeness")
	@Operation(
			summary = "Tiến độ của một đơn vị và các đơn vị trực thuộc: phải nộp, đã nộp, chi ủy đã ký, thẩm định đạt")
	CompletenessDto completeness(Scope scope, @PathVariable long id, @RequestParam long unit,
			@RequestParam(defaultValue = "1") int depth) {
		CommitmentCompleteness.Node root = this.completeness.rollup(scope, id, unit);
		int levels = Math.max(0, Math.min(depth, 3));
		List<Long> ids = new java.util.ArrayList<>();
		CompletenessDto.collect(root, levels, ids);
		return CompletenessDto.of(root, levels, this.units.labelsOf(ids));
	}

	@GetMapping("/campaigns/{id}/missing")
	@Operation(summary = "Đảng viên phải nộp mà chưa nộp, với tình trạng (đi làm ăn xa, cán bộ hưu trí…)")
	List<CommitmentCompleteness.MemberRow> missing(Scope scope, @PathVariable long id, @RequestParam long unit) {
		return this.completeness.missing(scope, id, unit);
	}

	@PostMapping("/campaigns/{id}/commitments")
	@Operation(summary = "Nhập bản cam kết của một đảng viên (theo mục hoặc văn bản); có version thì là sửa bản đã có")
	ResponseEntity<CommitmentDto> save(Scope scope, @PathVariable long id, @RequestBody CommitmentRequest r) {
		if (r.memberId() == null) {
			throw AppException.invalid("commitment.memberRequired");
		}
		EntryMode mode = r.mode() != null ? r.mode()
				: r.sections() != null && !r.sections().isEmpty() ? EntryMode.FORM : EntryMode.TEXT;
		CommitmentService.Draft draft = switch (mode) {
			case FORM -> CommitmentService.Draft.form(r.sections() == null ? Map.of() : r.sections());
			case TEXT -> CommitmentService.Draft.text(r.text());
			case UPLOAD -> throw AppException.invalid("commitment.useUpload");
		};
		Commitment c = this.commitments.save(scope, id, r.memberId(), draft, r.version());
		return ResponseEntity.status(r.version() == null ? HttpStatus.CREATED : HttpStatus.OK).body(dto(scope, c));
	}

	@PostMapping(path = "/campaigns/{id}/commitments/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Tải lên bản cam kết (.docx, .doc, .pdf có lớp chữ, .txt); tệp lỗi thì không lưu gì")
	ResponseEntity<CommitmentDto> upload(Scope scope, @PathVariable long id, @RequestParam long memberId,
			@RequestPart("file") MultipartFile file, @RequestParam(required = false) Long version) throws IOException {
		Commitment c = this.commitments.upload(scope, id, memberId, file.getOriginalFilename(), file.getInputStream(),
				file.getSize(), version);
		return ResponseEntity.status(version == null ? HttpStatus.CREATED : HttpStatus.OK).body(dto(scope, c));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một bản cam kết với kết quả kiểm tra nội dung")
	CommitmentDto get(Scope scope, @PathVariable long id) {
		return dto(scope, this.commitments.get(scope, id));
	}

	@GetMapping("/{id}/history")
	List<CommitmentStep> history(Scope scope, @PathVariable long id) {
		return this.commitments.history(scope, id);
	}

	@GetMapping("/{id}/file")
	@Operation(summary = "Tệp gốc đã tải lên")
	ResponseEntity<byte[]> file(Scope scope, @PathVariable long id) {
		CommitmentService.StoredFile f = this.commitments.file(scope, id)
			.orElseThrow(() -> AppException.notFound("commitment.fileNotFound", String.valueOf(id)));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.mediaType())).body(f.content());
	}

	@PostMapping("/{id}/sign-off")
	@Operation(summary = "Chi ủy ký xác nhận (kèm nhận xét)")
	CommitmentDto signOff(Scope scope, @PathVariable long id, @RequestBody SignOffRequest r) {
		return dto(scope, this.commitments.signOff(scope, id, r.comment(), requireVersion(r.version())));
	}

	@PostMapping("/{id}/appraisal")
	@Operation(summary = "Tổ thẩm định cấp trên: đạt, hoặc cần bổ sung (kèm lý do, trả lại đảng viên)")
	CommitmentDto appraise(Scope scope, @PathVariable long id, @RequestBody AppraisalRequest r) {
		return dto(scope, this.commitments.appraise(scope, id, r.result(), r.reasons(), requireVersion(r.version())));
	}

	@PostMapping("/{id}/follow-through")
	@Operation(summary = "Kết quả thực hiện cam kết khi kiểm điểm cuối năm")
	CommitmentDto followThrough(Scope scope, @PathVariable long id, @RequestBody FollowThroughRequest r) {
		return dto(scope, this.commitments.recordFollowThrough(scope, id, r.followThrough(), r.note(),
				requireVersion(r.version())));
	}

	private CommitmentDto dto(Scope scope, Commitment c) {
		List<CheckDto> checks = this.commitments.checks(scope, c.id())
			.stream()
			.map(f -> new CheckDto(f.kind().name(), f.level().name(),
					this.messages.get(f.messageKey(), f.args().toArray())))
			.toList();
		return CommitmentDto.of(c, checks);
	}

	private static long requireVersion(Long version) {
		if (version == null) {
			throw AppException.invalid("commitment.versionRequired");
		}
		return version;
	}

}
