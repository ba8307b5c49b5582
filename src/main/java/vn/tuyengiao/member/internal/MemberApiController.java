package vn.tuyengiao.member.internal;

import java.io.IOException;
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

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.imports.ImportResult;
import vn.tuyengiao.imports.ImportJob;
import vn.tuyengiao.imports.ImportJobs;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.Gender;
import vn.tuyengiao.member.Member;
import vn.tuyengiao.member.MemberData;
import vn.tuyengiao.member.MemberImporter;
import vn.tuyengiao.member.MemberSearch;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.member.MemberStatus;

@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Đảng viên", description = "Đảng viên trong phạm vi của người dùng")
class MemberApiController {

	private final MemberService members;

	private final MemberSearch search;

	private final MemberImporter importer;

	private final ImportJobs jobs;

	MemberApiController(MemberService members, MemberSearch search, MemberImporter importer, ImportJobs jobs) {
		this.members = members;
		this.search = search;
		this.importer = importer;
		this.jobs = jobs;
	}

	record MemberDto(long id, String fullName, Gender gender, LocalDate birthDate, String cardNumber,
			LocalDate joinDate, LocalDate fullMemberDate, long unitId, String position, String duties,
			MemberStatus status, LocalDate statusSince, boolean retiredCadre, long version) {

		static MemberDto of(Member m) {
			return new MemberDto(m.getId(), m.getFullName(), m.getGender(), m.getBirthDate(), m.getCardNumber(),
					m.getJoinDate(), m.getFullMemberDate(), m.getUnitId(), m.getPosition(), m.getDuties(),
					m.getStatus(), m.getStatusSince(), m.isRetiredCadre(), m.getVersion());
		}

	}

	record MemberRequest(String fullName, Gender gender, LocalDate birthDate, String cardNumber, LocalDate joinDate,
			LocalDate fullMemberDate, Long unitId, String unitCode, String position, String duties, MemberStatus status,
			LocalDate statusSince, Boolean retiredCadre, Long version) {

		MemberData data() {
			return new MemberData(this.fullName, this.gender, this.birthDate, this.cardNumber, this.joinDate,
					this.fullMemberDate, this.unitCode, this.unitId, this.position, this.duties,
					this.status == null ? MemberStatus.ACTIVE : this.status, this.statusSince,
					Boolean.TRUE.equals(this.retiredCadre));
		}

	}

	record PageDto(List<MemberSearch.Row> items, long total, boolean totalCapped, int page, int size) {
	}

	@GetMapping
	@Operation(
			summary = "Danh sách đảng viên: tìm không phân biệt dấu (q), lọc theo đơn vị, tình trạng, giới tính, cán bộ hưu")
	PageDto list(Scope scope, @RequestParam(required = false) String q, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) MemberStatus status, @RequestParam(required = false) Gender gender,
			@RequestParam(required = false) Boolean retired, @RequestParam(defaultValue = "false") boolean all,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		int bounded = Math.max(1, Math.min(size, 500));
		var result = this.search.search(scope, new MemberSearch.Query(q, unit, status, gender, retired, all),
				Math.max(0, page), bounded);
		return new PageDto(result.rows(), result.total(), result.capped(), result.page(), result.size());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một đảng viên")
	MemberDto get(Scope scope, @PathVariable long id) {
		return MemberDto.of(this.members.get(scope, id));
	}

	@PostMapping
	@Operation(summary = "Thêm đảng viên (unitId hoặc unitCode của chi bộ)")
	ResponseEntity<MemberDto> create(Scope scope, @RequestBody MemberRequest r) {
		return ResponseEntity.status(HttpStatus.CREATED).body(MemberDto.of(this.members.create(scope, r.data())));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Sửa đảng viên; trường version bắt buộc, để phát hiện sửa đồng thời")
	MemberDto update(Scope scope, @PathVariable long id, @RequestBody MemberRequest r) {
		if (r.version() == null) {
			throw AppException.invalid("error.versionRequired");
		}
		return MemberDto.of(this.members.update(scope, id, r.data(), r.version()));
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Nhập đảng viên từ tệp .xlsx/.csv: kiểm tra toàn bộ trước, có lỗi thì không ghi gì")
	ResponseEntity<ImportResult> importFile(Scope scope, @RequestPart("file") MultipartFile file) throws IOException {
		byte[] content = file.getBytes();
		String name = file.getOriginalFilename() == null ? "tep.csv" : file.getOriginalFilename();
		ImportJob job = this.jobs.runNow(scope.username(), "members", name,
				j -> this.importer.run(scope, name, content, j));
		return ResponseEntity
			.status(job.getState() == ImportJob.State.DONE ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
			.body(ImportResult.of(job));
	}

}
