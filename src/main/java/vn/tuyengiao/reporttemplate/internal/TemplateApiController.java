package vn.tuyengiao.reporttemplate.internal;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.reporttemplate.ReportTemplate;
import vn.tuyengiao.reporttemplate.ReportTemplates;
import vn.tuyengiao.reporttemplate.SourceInfo;

/**
 * Report templates over REST: everyone signed in reads them; administrators copy and
 * edit; officers draft a report for a unit in their scope (refused outside it).
 */
@RestController
@RequestMapping("/api/v1/report-templates")
@Tag(name = "Mẫu báo cáo",
		description = "Mẫu báo cáo định kỳ: các mục, số liệu điền vào mỗi mục, soạn dự thảo từ số liệu")
class TemplateApiController {

	private final ReportTemplates templates;

	TemplateApiController(ReportTemplates templates) {
		this.templates = templates;
	}

	@Schema(name = "ReportTemplateCopyRequest")
	record CopyRequest(String name) {
	}

	@Schema(name = "ReportTemplateUpdateRequest")
	record UpdateRequest(Long version, ReportTemplates.Edit template) {
	}

	@Schema(name = "ReportTemplateDraftRef")
	record DraftRef(long draftId, String link) {
	}

	@GetMapping
	@Operation(summary = "Danh sách mẫu báo cáo")
	List<ReportTemplate> list() {
		return this.templates.list();
	}

	@GetMapping("/sources")
	@Operation(summary = "Các nguồn số liệu có thể chọn cho một mục")
	List<SourceInfo> sources() {
		return this.templates.sources();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một mẫu báo cáo với các mục")
	ReportTemplate get(@PathVariable long id) {
		return this.templates.get(id);
	}

	@PostMapping("/{id}/copy")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Sao chép một mẫu (quản trị viên)")
	ReportTemplate copy(Scope scope, @PathVariable long id, @RequestBody(required = false) CopyRequest body) {
		return this.templates.copy(scope, id, body == null ? null : body.name());
	}

	@PutMapping("/{id}")
	@Operation(summary = "Sửa tên, trích yếu và các mục của một mẫu (quản trị viên; 409 khi đã có người sửa)")
	ReportTemplate update(Scope scope, @PathVariable long id, @RequestBody UpdateRequest body) {
		return this.templates.update(scope, id, body.version(),
				body.template() == null ? new ReportTemplates.Edit(null, null, null, null) : body.template());
	}

	@PostMapping("/{id}/draft")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Soạn dự thảo báo cáo của một đơn vị trong phạm vi, cho một kỳ, từ số liệu")
	DraftRef draft(Scope scope, @PathVariable long id, @RequestBody ReportTemplates.DraftRequest body) {
		long draft = this.templates.draft(scope, id, body);
		return new DraftRef(draft, "/register/drafts/" + draft);
	}

}
