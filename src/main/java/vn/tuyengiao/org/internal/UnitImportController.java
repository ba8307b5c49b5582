package vn.tuyengiao.org.internal;

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

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.imports.ImportPages;
import vn.tuyengiao.org.UnitImporter;

/** The unit import: upload page and template to download. */
@Controller
class UnitImportController {

	private static final String KIND = "units";

	private final ImportPages pages;

	private final UnitImporter importer;

	private final Messages messages;

	UnitImportController(ImportPages pages, UnitImporter importer, Messages messages) {
		this.pages = pages;
		this.importer = importer;
		this.messages = messages;
	}

	@GetMapping("/units/import")
	String form(Model model) {
		return this.pages.form(model, KIND);
	}

	@PostMapping("/units/import")
	String upload(Scope scope, @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
		if (!scope.canManageUnits()) {
			throw new AppException(403, "error.cannotManageUnits");
		}
		return this.pages.upload(scope, KIND, file, this.importer, model);
	}

	@GetMapping("/units/import/template.xlsx")
	void template(HttpServletResponse response) throws IOException {
		List<String> headers = Arrays.stream(UnitImporter.Column.values()).map(UnitImporter.Column::header).toList();
		List<String> guide = Arrays.stream(UnitImporter.Column.values())
			.map(c -> this.messages.get(c.guideKey()))
			.toList();
		List<Object> example = Arrays.stream(UnitImporter.Column.values())
			.map(c -> (Object) this.messages.get("org.import.example." + c.name()))
			.toList();
		this.pages.template(response, "mau-nhap-to-chuc-dang.xlsx", headers, example, guide);
	}

}
