package vn.tuyengiao.meeting.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.imports.ImportPages;
import vn.tuyengiao.meeting.SoTayColumn;

/**
 * Import of meeting records exported from the Sổ tay đảng viên điện tử: upload page,
 * background job, and the template whose guide sheet documents the column mapping.
 */
@Controller
class MeetingImportController {

	static final String KIND = "meetings";

	private final ImportPages pages;

	private final SoTayImporter importer;

	private final Messages messages;

	MeetingImportController(ImportPages pages, SoTayImporter importer, Messages messages) {
		this.pages = pages;
		this.importer = importer;
		this.messages = messages;
	}

	@GetMapping("/meetings/import")
	String form(Scope scope, Model model) {
		model.addAttribute("readOnly", !scope.canWrite());
		return this.pages.form(model, KIND);
	}

	@PostMapping("/meetings/import")
	String upload(Scope scope, @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
		scope.requireWrite(scope.pathPrefix() == null ? "/" : scope.pathPrefix());
		return this.pages.upload(scope, KIND, file, this.importer, model);
	}

	@GetMapping("/meetings/import/template.xlsx")
	void template(HttpServletResponse response) throws IOException {
		List<String> headers = Arrays.stream(SoTayColumn.values()).map(SoTayColumn::header).toList();
		List<String> guide = Arrays.stream(SoTayColumn.values())
			.map(c -> this.messages.get("meeting.import.guide." + c.name()))
			.toList();
		List<Object> example = Arrays.stream(SoTayColumn.values())
			.map(c -> (Object) this.messages.get("meeting.import.example." + c.name()))
			.toList();
		this.pages.template(response, "mau-so-tay-sinh-hoat-chi-bo.xlsx", headers, example, guide);
	}

}
