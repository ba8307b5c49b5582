package vn.tuyengiao.member.internal;

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
import vn.tuyengiao.member.MemberField;
import vn.tuyengiao.member.MemberImporter;

/** The member import: upload page and template to download. */
@Controller
class ImportController {

	private static final String KIND = "members";

	private final ImportPages pages;

	private final MemberImporter importer;

	private final Messages messages;

	ImportController(ImportPages pages, MemberImporter importer, Messages messages) {
		this.pages = pages;
		this.importer = importer;
		this.messages = messages;
	}

	@GetMapping("/members/import")
	String form(Model model) {
		return this.pages.form(model, KIND);
	}

	@PostMapping("/members/import")
	String upload(Scope scope, @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
		scope.requireWrite(scope.pathPrefix() == null ? "/" : scope.pathPrefix());
		return this.pages.upload(scope, KIND, file, this.importer, model);
	}

	@GetMapping("/members/import/template.xlsx")
	void template(HttpServletResponse response) throws IOException {
		List<String> headers = Arrays.stream(MemberField.values()).map(MemberField::header).toList();
		List<String> guide = Arrays.stream(MemberField.values())
			.map(f -> this.messages.get("member.import.guide." + f.name()))
			.toList();
		List<Object> example = Arrays.stream(MemberField.values())
			.map(f -> (Object) this.messages.get("member.import.example." + f.name()))
			.toList();
		this.pages.template(response, "mau-nhap-dang-vien.xlsx", headers, example, guide);
	}

}
