package vn.tuyengiao.register.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.register.RegisterFiles;
import vn.tuyengiao.register.ReportDrafts;

/**
 * Drafts and issued documents over REST: read, save a revision of the paragraphs, issue
 * (the number comes from the register), copy into a new draft, download the stored files.
 */
@RestController
@RequestMapping("/api/v1/register")
@Tag(name = RegisterApiDocs.TAG)
class RegisterDraftApiController {

	private final ReportDrafts drafts;

	private final RegisterFiles files;

	private final vn.tuyengiao.register.RegisterEntries entries;

	RegisterDraftApiController(ReportDrafts drafts, RegisterFiles files,
			vn.tuyengiao.register.RegisterEntries entries) {
		this.entries = entries;
		this.drafts = drafts;
		this.files = files;
	}

	record DraftRow(long id, long bodyId, String kind, String typeCode, String subject, LocalDate reportDate,
			String status, int revision, Long entryId, long version) {

		static DraftRow of(RegisterDraft d) {
			return new DraftRow(d.getId(), d.getIssuingBodyId(), d.getKind(), d.getTypeCode(), d.getSubject(),
					d.getReportDate(), d.getStatus(), d.getRevision(), d.getOutgoingDocumentId(), d.getVersion());
		}

	}

	record BlockDto(int index, String kind, String text, String marker, boolean draft) {
	}

	record DraftDto(DraftRow draft, String number, String params, List<BlockDto> blocks,
			List<ReportDrafts.Revision> revisions, List<RegisterFiles.StoredFile> files) {
	}

	/**
	 * Block index → new text; {@code added}: block index → paragraphs to add after it;
	 * {@code removed}: indexes of paragraphs to remove (all indexes of the version read).
	 */
	record SaveRequest(Long version, Map<Integer, String> paragraphs, Map<Integer, List<String>> added,
			List<Integer> removed) {
	}

	record IssueRequest(Long version) {
	}

	record IssuedDto(long draftId, long entryId, int number, String reference, LocalDate issuedOn,
			List<RegisterFiles.StoredFile> files) {
	}

	@GetMapping("/entries")
	@Operation(summary = RegisterApiDocs.ENTRIES)
	vn.tuyengiao.register.RegisterEntries.Page entries(Scope scope,
			@org.springdoc.core.annotations.ParameterObject vn.tuyengiao.register.RegisterEntries.Filter filter) {
		return this.entries.search(scope, filter);
	}

	@GetMapping("/drafts")
	@Operation(summary = "Dự thảo và văn bản đã phát hành của các cơ quan ban hành trong phạm vi")
	List<DraftRow> list(Scope scope) {
		return this.drafts.list(scope).stream().map(DraftRow::of).toList();
	}

	@GetMapping("/drafts/{id}")
	@Operation(summary = "Một dự thảo: các đoạn văn (index dùng khi lưu), các lần lưu, các tệp nếu đã phát hành")
	DraftDto get(Scope scope, @PathVariable long id) {
		ReportDrafts.Draft d = this.drafts.get(scope, id);
		List<BlockDto> blocks = RegisterDraftController.blocks(d.document())
			.stream()
			.map(b -> new BlockDto(b.index(), b.kind(), b.text(), b.label(), b.draft()))
			.toList();
		return new DraftDto(DraftRow.of(d.entry()), d.number(), d.entry().getParams(), blocks, d.revisions(),
				d.files());
	}

	@PutMapping("/drafts/{id}")
	@Operation(summary = RegisterApiDocs.SAVE_DRAFT)
	DraftRow save(Scope scope, @PathVariable long id, @RequestBody SaveRequest r) {
		return DraftRow.of(this.drafts.save(scope, id, r.version(),
				new ReportDrafts.Edit(r.paragraphs() == null ? Map.of() : r.paragraphs(),
						r.added() == null ? Map.of() : r.added(),
						r.removed() == null ? java.util.Set.of() : java.util.Set.copyOf(r.removed()))));
	}

	@PostMapping("/drafts/{id}/issue")
	@Operation(summary = "Phát hành: lấy số trong sổ văn bản đi, lưu bản Word và PDF; sau đó không sửa được")
	IssuedDto issue(Scope scope, @PathVariable long id, @RequestBody IssueRequest r) {
		var number = this.drafts.issue(scope, id, r.version());
		long entry = number.document().getId();
		return new IssuedDto(id, entry, number.document().getNumber(), number.reference(),
				number.document().getIssuedOn(), this.files.list(entry));
	}

	@PostMapping("/drafts/{id}/copy")
	@Operation(summary = "Tạo bản mới: dự thảo mới (chưa có số) từ nội dung của văn bản này")
	ResponseEntity<DraftRow> copy(Scope scope, @PathVariable long id) {
		return ResponseEntity.status(HttpStatus.CREATED).body(DraftRow.of(this.drafts.copy(scope, id)));
	}

	@GetMapping("/entries/{entry}/files")
	@Operation(summary = "Các tệp của một văn bản trong sổ văn bản đi")
	List<RegisterFiles.StoredFile> files(Scope scope, @PathVariable long entry) {
		return this.files.files(scope, entry);
	}

	@PostMapping(path = "/entries/{entry}/signed",
			consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = RegisterApiDocs.SIGNED)
	ResponseEntity<RegisterFiles.StoredFile> uploadSigned(Scope scope, @PathVariable long entry,
			@org.springframework.web.bind.annotation.RequestPart("file") org.springframework.web.multipart.MultipartFile file) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.files.uploadSigned(scope, entry, file.getOriginalFilename(),
					RegisterDraftController.bytes(file)));
	}

	@GetMapping("/entries/{entry}/files/{file}")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
			description = "The stored file (issued Word or PDF, or the signed final)",
			content = {
					@io.swagger.v3.oas.annotations.media.Content(
							mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
					@io.swagger.v3.oas.annotations.media.Content(mediaType = "application/pdf") })
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "403", description = "Outside the user's scope")
	@Operation(summary = "Tải một tệp của văn bản (bản Word, PDF phát hành hoặc bản đã ký)")
	ResponseEntity<byte[]> file(Scope scope, @PathVariable long entry, @PathVariable long file) {
		return RegisterDraftController.download(this.files.download(scope, entry, file));
	}

}
