package vn.tuyengiao.org.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.tuyengiao.imports.ImportResult;
import vn.tuyengiao.imports.ImportJob;
import vn.tuyengiao.imports.ImportJobs;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.org.UnitCommands.UnitChanges;
import vn.tuyengiao.org.UnitImporter;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Tổ chức đảng", description = "Cây tổ chức đảng trong phạm vi của người dùng")
class UnitApiController {

	private final OrgUnits org;

	private final OrgService orgChanges;

	private final UnitImporter importer;

	private final ImportJobs jobs;

	private final Clock clock;

	UnitApiController(OrgUnits org, OrgService orgChanges, UnitImporter importer, ImportJobs jobs, Clock clock) {
		this.clock = clock;
		this.org = org;
		this.orgChanges = orgChanges;
		this.importer = importer;
		this.jobs = jobs;
	}

	record UnitDto(long id, Long parentId, String kind, String name, String shortCode, String docAbbreviation,
			LocalDate validFrom, LocalDate validTo, Long mergedIntoId, long version, Long members) {

		static UnitDto of(OrgUnit u, Long members) {
			return new UnitDto(u.getId(), u.getParentId(), u.getKind().name(), u.getName(), u.getShortCode(),
					u.getDocAbbreviation(), u.getValidFrom(), u.getValidTo(), u.getMergedIntoId(), u.getVersion(),
					members);
		}

	}

	record UnitRequest(Long parentId, OrgUnitKind kind, String name, String shortCode, String docAbbreviation,
			LocalDate validFrom, Long version) {
	}

	@GetMapping
	@Operation(
			summary = "Danh sách tổ chức đảng: con của một đơn vị (parent), tìm theo tên (q), hoặc các gốc trong phạm vi")
	List<UnitDto> list(Scope scope, @RequestParam(required = false) Long parent,
			@RequestParam(required = false) String q) {
		if (q != null && !q.isBlank()) {
			return this.org.search(scope, q, 100).stream().map(u -> UnitDto.of(u, null)).toList();
		}
		if (parent != null) {
			var node = this.org.tree(scope, parent, true).root();
			return node.children().stream().map(c -> UnitDto.of(c.unit(), c.totalMembers())).toList();
		}
		return this.org.roots(scope).stream().map(u -> UnitDto.of(u, null)).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một tổ chức đảng, kèm số đảng viên hiện có (cộng dồn cả cấp dưới)")
	UnitDto get(Scope scope, @PathVariable long id) {
		return UnitDto.of(this.org.get(scope, id), this.org.tree(scope, id, false).root().totalMembers());
	}

	@PostMapping
	@Operation(summary = "Thêm tổ chức đảng")
	ResponseEntity<UnitDto> create(Scope scope, @RequestBody UnitRequest r) {
		OrgUnit u = this.orgChanges.create(scope, new NewUnit(r.parentId(), r.kind(), r.name(), r.shortCode(),
				r.docAbbreviation(), r.validFrom() == null ? LocalDate.now(this.clock) : r.validFrom()));
		return ResponseEntity.status(HttpStatus.CREATED).body(UnitDto.of(u, 0L));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Sửa tổ chức đảng; trường version bắt buộc, để phát hiện sửa đồng thời")
	UnitDto update(Scope scope, @PathVariable long id, @RequestBody UnitRequest r) {
		if (r.version() == null) {
			throw vn.tuyengiao.common.AppException.invalid("error.versionRequired");
		}
		OrgUnit current = this.org.get(scope, id);
		OrgUnit u = this.orgChanges.update(scope, id,
				new UnitChanges(r.name() == null ? current.getName() : r.name(),
						r.kind() == null ? current.getKind() : r.kind(),
						r.shortCode() == null ? current.getShortCode() : r.shortCode(),
						r.docAbbreviation() == null ? current.getDocAbbreviation() : r.docAbbreviation(),
						r.validFrom() == null ? current.getValidFrom() : r.validFrom(), r.version()));
		return UnitDto.of(u, null);
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Nhập tổ chức đảng từ tệp .xlsx/.csv: kiểm tra toàn bộ trước, có lỗi thì không ghi gì")
	ResponseEntity<ImportResult> importFile(Scope scope, @RequestPart("file") MultipartFile file) throws IOException {
		byte[] content = file.getBytes();
		String name = file.getOriginalFilename() == null ? "tep.csv" : file.getOriginalFilename();
		ImportJob job = this.jobs.runNow(scope.username(), "units", name,
				j -> this.importer.run(scope, name, content, j));
		return ResponseEntity
			.status(job.getState() == ImportJob.State.DONE ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
			.body(ImportResult.of(job));
	}

}
