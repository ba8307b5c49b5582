package vn.tuyengiao.supervision.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.supervision.Answer;
import vn.tuyengiao.supervision.Checklist;
import vn.tuyengiao.supervision.Finding;
import vn.tuyengiao.supervision.Plan;
import vn.tuyengiao.supervision.SupervisionBrief;
import vn.tuyengiao.supervision.SupervisionFindings;
import vn.tuyengiao.supervision.SupervisionPlans;
import vn.tuyengiao.supervision.Visit;
import vn.tuyengiao.supervision.VisitSync;

@RestController
@RequestMapping("/api/v1/supervision")
@Tag(name = "Giám sát", description = "Kế hoạch, lịch giám sát, bảng kiểm, phát hiện, khắc phục, đồng bộ ngoại tuyến")
class SupervisionApiController {

	private final SupervisionPlans plans;

	private final SupervisionFindings findings;

	private final VisitSync sync;

	private final SupervisionBrief brief;

	private final Photos photos;

	SupervisionApiController(SupervisionPlans plans, SupervisionFindings findings, VisitSync sync,
			SupervisionBrief brief, Photos photos) {
		this.photos = photos;
		this.plans = plans;
		this.findings = findings;
		this.sync = sync;
		this.brief = brief;
	}

	/**
	 * Members by account id ({@code memberIds}) or login ({@code members}); none: the
	 * whole team.
	 */
	record VisitRequest(Long unitId, LocalDate visitDate, List<Long> memberIds, List<String> members) {
	}

	record ChecklistRequest(List<Checklist.Item> items, Integer version) {
	}

	record RemedyReport(String report, String photoBase64, Long version) {
	}

	record RemedyReview(Boolean accept, String note, Long version) {
	}

	@GetMapping("/plans")
	@Operation(summary = "Các kế hoạch giám sát người dùng được xem")
	List<Plan> plans(Scope scope) {
		return this.plans.plans(scope);
	}

	@PostMapping("/plans")
	@Operation(summary = "Lập kế hoạch giám sát: căn cứ, nội dung, thời gian, đơn vị được giám sát, tổ giám sát")
	ResponseEntity<Plan> create(Scope scope, @RequestBody SupervisionPlans.NewPlan r) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.plans.create(scope, r));
	}

	@GetMapping("/plans/{id}")
	Plan plan(Scope scope, @PathVariable long id) {
		return this.plans.plan(scope, id);
	}

	@PutMapping("/plans/{id}/team")
	@Operation(summary = "Sửa Tổ giám sát của kế hoạch: thành viên, tổ trưởng (kèm phiên bản kế hoạch đã xem)")
	Plan changeTeam(Scope scope, @PathVariable long id, @RequestBody SupervisionPlans.TeamChange r) {
		return this.plans.changeTeam(scope, id, r);
	}

	@GetMapping("/plans/{id}/checklist")
	@Operation(summary = "Phiên bản mới nhất của bảng kiểm của kế hoạch")
	Checklist checklist(Scope scope, @PathVariable long id) {
		return this.plans.latestChecklist(scope, id);
	}

	@PutMapping("/plans/{id}/checklist")
	@Operation(summary = "Sửa bảng kiểm: tạo phiên bản mới; cuộc giám sát đã bắt đầu giữ phiên bản cũ")
	Checklist editChecklist(Scope scope, @PathVariable long id, @RequestBody ChecklistRequest r) {
		if (r.version() == null) {
			throw AppException.invalid("supervision.versionRequired");
		}
		return this.plans.editChecklist(scope, id, r.items(), r.version());
	}

	@GetMapping("/checklist-items")
	@Operation(summary = "Thư viện các mục kiểm tra dùng lại")
	List<Checklist.Item> library() {
		return this.plans.library();
	}

	@GetMapping("/plans/{id}/visits")
	List<Visit> visits(Scope scope, @PathVariable long id) {
		return this.plans.visits(scope, id);
	}

	@PostMapping("/plans/{id}/visits")
	@Operation(summary = "Xếp lịch giám sát một đơn vị của kế hoạch: ngày, thành viên tổ")
	ResponseEntity<Visit> addVisit(Scope scope, @PathVariable long id, @RequestBody VisitRequest r) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.plans.addVisit(scope, id, r.unitId(), r.visitDate(), r.memberIds(), r.members()));
	}

	@GetMapping("/visits/{id}")
	Visit visit(Scope scope, @PathVariable long id) {
		return this.plans.visit(scope, id);
	}

	@GetMapping("/visits/{id}/brief")
	@Operation(summary = "Thông tin chuẩn bị trước buổi giám sát")
	SupervisionBrief.Brief brief(Scope scope, @PathVariable long id) {
		return this.brief.brief(scope, id);
	}

	@GetMapping("/visits/{id}/pack")
	@Operation(summary = "Gói dữ liệu ngoại tuyến của cuộc giám sát: bảng kiểm, thông tin chuẩn bị, phát hiện")
	VisitSync.Pack pack(Scope scope, @PathVariable long id) {
		return this.sync.pack(scope, id);
	}

	@PostMapping(path = "/visits/{id}/sync", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Đồng bộ phiếu giám sát (trả lời, phát hiện, ảnh base64); gửi lại cùng UUID chỉ lưu một lần")
	VisitSync.Result sync(Scope scope, @PathVariable long id, @RequestBody VisitSync.Batch batch) {
		return this.sync.sync(scope, id, batch);
	}

	@PostMapping(path = "/visits/{id}/sync", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Đồng bộ phiếu giám sát với ảnh gửi dạng multipart (tên phần = UUID của ảnh)")
	VisitSync.Result syncMultipart(Scope scope, @PathVariable long id, @RequestPart("batch") VisitSync.Batch batch,
			@RequestPart(name = "photos", required = false) List<MultipartFile> files) throws IOException {
		List<VisitSync.SyncPhoto> photos = new ArrayList<>(batch.photos() == null ? List.of() : batch.photos());
		for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
			photos.add(new VisitSync.SyncPhoto(f.getOriginalFilename(), null, f.getBytes()));
		}
		return this.sync.sync(scope, id,
				new VisitSync.Batch(batch.checklistId(), batch.answers(), batch.findings(), photos));
	}

	@GetMapping("/visits/{id}/answers")
	List<Answer> answers(Scope scope, @PathVariable long id) {
		return this.sync.pack(scope, id).answers();
	}

	@GetMapping("/visits/{id}/findings")
	List<Finding> findings(Scope scope, @PathVariable long id) {
		return this.findings.ofVisit(scope, id);
	}

	@PostMapping("/visits/{id}/findings")
	@Operation(summary = "Ghi một phát hiện (ưu điểm / hạn chế); cùng UUID gửi hai lần chỉ lưu một lần")
	ResponseEntity<Finding> record(Scope scope, @PathVariable long id, @RequestBody SupervisionFindings.NewFinding r) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.findings.record(scope, id, r));
	}

	@GetMapping("/findings")
	@Operation(summary = "Phát hiện còn phải khắc phục của đơn vị người dùng và cấp dưới")
	List<Finding> mine(Scope scope) {
		return this.findings.forUnits(scope);
	}

	@GetMapping("/findings/overdue")
	@Operation(summary = "Khắc phục quá hạn của các đơn vị cấp dưới (báo lên cấp trên)")
	List<Finding> overdue(Scope scope) {
		return this.findings.overdue(scope);
	}

	@GetMapping("/findings/{uuid}")
	Finding finding(Scope scope, @PathVariable String uuid) {
		return this.findings.finding(scope, uuid);
	}

	@PostMapping("/findings/{uuid}/remedy-report")
	@Operation(summary = "Đơn vị báo cáo đã khắc phục, kèm minh chứng")
	Finding report(Scope scope, @PathVariable String uuid, @RequestBody RemedyReport r) {
		byte[] photo = r.photoBase64() == null || r.photoBase64().isBlank() ? null
				: this.photos.decode(r.photoBase64(), "");
		return this.findings.reportRemedy(scope, uuid, r.report(), photo, requireVersion(r.version()));
	}

	@PostMapping("/findings/{uuid}/remedy-review")
	@Operation(summary = "Tổ giám sát chấp nhận hoặc chưa chấp nhận kết quả khắc phục")
	Finding review(Scope scope, @PathVariable String uuid, @RequestBody RemedyReview r) {
		if (r.accept() == null) {
			throw AppException.invalid("supervision.acceptRequired");
		}
		return this.findings.reviewRemedy(scope, uuid, r.accept(), r.note(), requireVersion(r.version()));
	}

	@GetMapping("/photos/{uuid}")
	ResponseEntity<byte[]> photo(Scope scope, @PathVariable String uuid) {
		FindingStore.StoredPhoto p = this.findings.photo(scope, uuid);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.mediaType())).body(p.content());
	}

	@GetMapping("/photos/{uuid}/thumb")
	@Operation(summary = "Ảnh thu nhỏ (JPEG, cạnh dài tối đa 320 điểm ảnh) để hiện trong danh sách")
	ResponseEntity<byte[]> thumb(Scope scope, @PathVariable String uuid) {
		FindingStore.StoredPhoto p = this.findings.photo(scope, uuid);
		Photos.Thumbnail t = this.photos.thumbnail(p.content(), p.mediaType(), VisitController.THUMB_SIDE);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(t.mediaType())).body(t.content());
	}

	private static long requireVersion(Long version) {
		if (version == null) {
			throw AppException.invalid("supervision.versionRequired");
		}
		return version;
	}

}
