package vn.tuyengiao.study.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.study.Audience;
import vn.tuyengiao.study.StudyAttendance;
import vn.tuyengiao.study.DocumentKind;
import vn.tuyengiao.study.EssayGrade;
import vn.tuyengiao.study.LearningEssays;
import vn.tuyengiao.study.SessionFormat;
import vn.tuyengiao.study.StudyCampaign;
import vn.tuyengiao.study.StudyRollup;
import vn.tuyengiao.study.StudyService;
import vn.tuyengiao.study.StudySession;

@RestController
@RequestMapping("/api/v1/study")
@Tag(name = "Học tập", description = "Đợt học tập, lớp, điểm danh và kết quả trong phạm vi của người dùng")
class StudyApiController {

	private final StudyService study;

	private final StudyAttendance attendance;

	private final StudyRollup rollup;

	private final LearningEssays essays;

	private final OrgUnits units;

	StudyApiController(StudyService study, StudyAttendance attendance, StudyRollup rollup, LearningEssays essays,
			OrgUnits units) {
		this.study = study;
		this.attendance = attendance;
		this.rollup = rollup;
		this.essays = essays;
		this.units = units;
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "StudyCampaignRequest")
	record CampaignRequest(Long ownerUnitId, String title, DocumentKind documentKind, String basisPlan,
			LocalDate periodFrom, LocalDate periodTo, LocalDate deadline, Set<Audience> audiences,
			Boolean essayRequired) {
	}

	record CampaignDto(long id, long ownerUnitId, String title, DocumentKind documentKind, String basisPlan,
			LocalDate periodFrom, LocalDate periodTo, LocalDate deadline, Set<Audience> audiences,
			boolean essayRequired) {

		static CampaignDto of(StudyCampaign c) {
			return new CampaignDto(c.getId(), c.getOwnerUnitId(), c.getTitle(), c.getDocumentKind(), c.getBasisPlan(),
					c.getPeriodFrom(), c.getPeriodTo(), c.getDeadline(), c.getAudiences(), c.isEssayRequired());
		}

	}

	record SessionRequest(Long organiserUnitId, String title, SessionFormat format, Long hostSessionId,
			LocalDate heldOn, String place, String presenters, Set<Audience> audiences, Boolean makeUp) {
	}

	record SessionDto(long id, long campaignId, long organiserUnitId, String title, SessionFormat format,
			Long hostSessionId, LocalDate heldOn, String place, String presenters, Set<Audience> audiences,
			boolean makeUp) {

		static SessionDto of(StudySession s) {
			return new SessionDto(s.getId(), s.getCampaignId(), s.getOrganiserUnitId(), s.getTitle(), s.getFormat(),
					s.getHostSessionId(), s.getHeldOn(), s.getPlace(), s.getPresenters(), s.getAudiences(),
					s.isMakeUp());
		}

	}

	record AttendanceRequest(List<Long> memberIds) {
	}

	record HeadcountRequest(long unitId, Audience audience, int attended) {
	}

	record PopulationRequest(long unitId, Audience audience, int population) {
	}

	record Figures(long total, long exempt, long away, long denominator, long attended, String ratio, String rate,
			String formula) {

		static Figures of(StudyRollup.MemberFigures f) {
			return new Figures(f.total(), f.exempt(), f.away(), f.denominator(), f.attended(), f.ratio(), f.rate(),
					f.attended() + " ÷ (" + f.total() + " − " + f.exempt() + " − " + f.away() + ")");
		}

	}

	/**
	 * A unit's row of the roll-up: {@code unitName} as the unit is called,
	 * {@code unitLabel} told apart from units of the same name (after the 2025 mergers a
	 * commune has three "Chi bộ Công an xã").
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "StudyRollupRow")
	record RollupDto(long unitId, String unitName, String unitLabel, long sessions, Figures partyMembers,
			Map<Audience, StudyRollup.Headcount> audiences, List<RollupDto> children) {

		static RollupDto of(StudyRollup.Node n, int depth, Map<Long, String> labels) {
			return new RollupDto(n.unit().getId(), n.unit().getName(),
					labels.getOrDefault(n.unit().getId(), n.unit().getName()), n.sessions(), Figures.of(n.members()),
					n.audiences(),
					depth == 0 ? List.of() : n.children().stream().map(c -> of(c, depth - 1, labels)).toList());
		}

	}

	@GetMapping("/campaigns")
	@Operation(summary = "Các đợt học tập mà người dùng tham gia hoặc theo dõi")
	List<CampaignDto> campaigns(Scope scope) {
		return this.study.campaigns(scope).stream().map(CampaignDto::of).toList();
	}

	@PostMapping("/campaigns")
	@Operation(summary = "Tạo đợt học tập cho một tổ chức đảng và toàn bộ cấp dưới")
	ResponseEntity<CampaignDto> create(Scope scope, @RequestBody CampaignRequest r) {
		if (r.ownerUnitId() == null) {
			throw AppException.invalid("study.ownerRequired");
		}
		StudyCampaign c = this.study.createCampaign(scope,
				new StudyService.NewCampaign(r.ownerUnitId(), r.title(), r.documentKind(), r.basisPlan(),
						r.periodFrom(), r.periodTo(), r.deadline(), r.audiences(),
						Boolean.TRUE.equals(r.essayRequired())));
		return ResponseEntity.status(HttpStatus.CREATED).body(CampaignDto.of(c));
	}

	@GetMapping("/campaigns/{id}")
	CampaignDto campaign(Scope scope, @PathVariable long id) {
		return CampaignDto.of(this.study.campaign(scope, id));
	}

	@GetMapping("/campaigns/{id}/sessions")
	List<SessionDto> sessions(Scope scope, @PathVariable long id) {
		return this.study.sessions(scope, id).stream().map(SessionDto::of).toList();
	}

	@PostMapping("/campaigns/{id}/sessions")
	@Operation(summary = "Thêm lớp/hội nghị; ngày học phải trong thời gian của đợt học tập")
	ResponseEntity<SessionDto> createSession(Scope scope, @PathVariable long id, @RequestBody SessionRequest r) {
		if (r.organiserUnitId() == null) {
			throw AppException.invalid("study.organiserRequired");
		}
		StudySession s = this.study.createSession(scope,
				new StudyService.NewSession(id, r.organiserUnitId(), r.title(), r.format(), r.hostSessionId(),
						r.heldOn(), r.place(), r.presenters(), r.audiences(), Boolean.TRUE.equals(r.makeUp())));
		return ResponseEntity.status(HttpStatus.CREATED).body(SessionDto.of(s));
	}

	@PostMapping("/sessions/{id}/attendance")
	@Operation(summary = "Ghi nhận đảng viên tham dự (hàng loạt); một dòng sai thì không ghi dòng nào")
	Map<String, Integer> attendance(Scope scope, @PathVariable long id, @RequestBody AttendanceRequest r) {
		return Map.of("recorded",
				this.attendance.addAttendance(scope, id, r.memberIds() == null ? List.of() : r.memberIds()));
	}

	@PutMapping("/sessions/{id}/headcounts")
	@Operation(summary = "Số người tham dự của đối tượng ngoài đảng viên, theo đơn vị; không vượt số đối tượng")
	ResponseEntity<Void> headcount(Scope scope, @PathVariable long id, @RequestBody HeadcountRequest r) {
		this.attendance.setHeadcount(scope, id, r.unitId(), r.audience(), r.attended());
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/campaigns/{id}/populations")
	@Operation(summary = "Số đối tượng (mẫu số) của một đơn vị cho đối tượng ngoài đảng viên")
	ResponseEntity<Void> population(Scope scope, @PathVariable long id, @RequestBody PopulationRequest r) {
		this.attendance.setPopulation(scope, id, r.unitId(), r.audience(), r.population());
		return ResponseEntity.noContent().build();
	}

	record EssayRequest(Long memberId, LocalDate submittedOn, Long appraisingUnitId, EssayGrade grade, String comment) {
	}

	@PostMapping("/campaigns/{id}/essays")
	@Operation(summary = "Ghi nhận đảng viên nộp bài thu hoạch")
	ResponseEntity<Void> submitEssay(Scope scope, @PathVariable long id, @RequestBody EssayRequest r) {
		this.essays.submit(scope, id, r.memberId(), r.submittedOn());
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/campaigns/{id}/essays/{memberId}/appraisal")
	@Operation(summary = "Thẩm định bài thu hoạch: kết quả và nhận xét của đơn vị cấp trên")
	ResponseEntity<Void> appraise(Scope scope, @PathVariable long id, @PathVariable long memberId,
			@RequestBody EssayRequest r) {
		this.essays.appraise(scope, id, memberId, r.appraisingUnitId(), r.grade(), r.comment());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/campaigns/{id}/essays")
	List<LearningEssays.Essay> essays(Scope scope, @PathVariable long id, @RequestParam long unit) {
		return this.essays.essays(scope, id, unit);
	}

	/**
	 * The roll-up's query: the unit, the date (today when absent) and 0 to 3 levels
	 * below.
	 */
	record RollupQuery(Long unit, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Integer depth) {

		int levels() {
			return Math.max(0, Math.min(this.depth == null ? 1 : this.depth, 3));
		}

	}

	@GetMapping("/campaigns/{id}/rollup")
	@Operation(
			summary = "Kết quả học tập của một đơn vị và các đơn vị trực thuộc tính đến một ngày; tỷ lệ = tham dự ÷ (tổng − miễn − vắng)")
	RollupDto rollup(Scope scope, @PathVariable long id, @ParameterObject RollupQuery q) {
		int levels = q.levels();
		StudyRollup.Node root = this.rollup.rollup(scope, id, StudyForms.required(q.unit()), q.asOf(), levels);
		List<Long> ids = new java.util.ArrayList<>();
		collect(root, levels, ids);
		return RollupDto.of(root, levels, this.units.labelsOf(ids));
	}

	private static void collect(StudyRollup.Node n, int depth, List<Long> ids) {
		ids.add(n.unit().getId());
		if (depth > 0) {
			n.children().forEach(c -> collect(c, depth - 1, ids));
		}
	}

}
