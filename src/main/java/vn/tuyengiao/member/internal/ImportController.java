package vn.tuyengiao.member.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Downloads;
import vn.tuyengiao.common.ImportJob;
import vn.tuyengiao.common.ImportJobs;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.MemberField;
import vn.tuyengiao.member.MemberImporter;
import vn.tuyengiao.org.UnitImporter;
import vn.tuyengiao.tabular.XlsxWriter;

/**
 * Upload pages for units and members, templates to download, and the progress page of a
 * running import.
 */
@Controller
class ImportController {

	private final ImportJobs jobs;

	private final MemberImporter memberImporter;

	private final UnitImporter unitImporter;

	private final Messages messages;

	ImportController(ImportJobs jobs, MemberImporter memberImporter, UnitImporter unitImporter, Messages messages) {
		this.jobs = jobs;
		this.memberImporter = memberImporter;
		this.unitImporter = unitImporter;
		this.messages = messages;
	}

	@GetMapping({ "/members/import", "/units/import" })
	String form(jakarta.servlet.http.HttpServletRequest req, Model model) {
		model.addAttribute("kind", req.getRequestURI().contains("/units/") ? "units" : "members");
		model.addAttribute("maxMb", this.memberImporter.maxBytes() / 1024 / 1024);
		return "imports/form";
	}

	@PostMapping("/members/import")
	String importMembers(Scope scope, @RequestParam(required = false) MultipartFile file, Model model)
			throws IOException {
		scope.requireWrite(scope.pathPrefix() == null ? "/" : scope.pathPrefix());
		if (file == null
				|| file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			return reject(model, "members", "import.noFile");
		}
		byte[] content = file.getBytes();
		String name = file.getOriginalFilename();
		ImportJob job = this.jobs.start(scope.username(), "members", name,
				j -> this.memberImporter.run(scope, name, content, j));
		return "redirect:/imports/" + job.getId();
	}

	@PostMapping("/units/import")
	String importUnits(Scope scope, @RequestParam(required = false) MultipartFile file, Model model)
			throws IOException {
		if (!scope.canManageUnits()) {
			throw new AppException(403, "error.cannotManageUnits");
		}
		if (file == null
				|| file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			return reject(model, "units", "import.noFile");
		}
		byte[] content = file.getBytes();
		String name = file.getOriginalFilename();
		ImportJob job = this.jobs.start(scope.username(), "units", name,
				j -> this.unitImporter.run(scope, name, content, j));
		return "redirect:/imports/" + job.getId();
	}

	@GetMapping("/imports/{id}")
	String progress(Scope scope, @PathVariable String id, Model model) {
		model.addAttribute("job", job(scope, id));
		return "imports/progress";
	}

	@GetMapping("/imports/{id}/status")
	String status(Scope scope, @PathVariable String id, Model model) {
		model.addAttribute("job", job(scope, id));
		return "imports/progress :: status";
	}

	@GetMapping("/members/import/template.xlsx")
	void memberTemplate(HttpServletResponse response) throws IOException {
		List<String> headers = Arrays.stream(MemberField.values()).map(MemberField::header).toList();
		List<String> guide = Arrays.stream(MemberField.values())
			.map(f -> this.messages.get("member.import.guide." + f.name()))
			.toList();
		List<Object> example = List.of("Nguyễn Văn Thắng", "Nam", "15/03/1975", "08012345", "19/05/2000", "19/05/2001",
				"KG.VT.VBB.CB01", "Bí thư chi bộ", "Lãnh đạo chi bộ thực hiện nghị quyết", "Đang sinh hoạt", "",
				"Không");
		sendTemplate(response, "mau-nhap-dang-vien.xlsx", headers, example, guide);
	}

	@GetMapping("/units/import/template.xlsx")
	void unitTemplate(HttpServletResponse response) throws IOException {
		List<String> headers = Arrays.stream(UnitImporter.Column.values()).map(UnitImporter.Column::header).toList();
		List<String> guide = Arrays.stream(UnitImporter.Column.values())
			.map(c -> this.messages.get(c.guideKey()))
			.toList();
		List<Object> example = List.of("KG.VT.VBB.CB01", "Chi bộ ấp Vĩnh Lộc 1", "Chi bộ trực thuộc", "KG.VT.VBB", "CB",
				"01/01/2015", "");
		sendTemplate(response, "mau-nhap-to-chuc-dang.xlsx", headers, example, guide);
	}

	private void sendTemplate(HttpServletResponse response, String fileName, List<String> headers, List<Object> example,
			List<String> guide) throws IOException {
		Downloads.startAttachment(response, Downloads.XLSX, fileName);
		try (OutputStream out = response.getOutputStream()) {
			XlsxWriter.template(out, this.messages.get("import.template"), headers, new ArrayList<>(example), guide);
		}
	}

	private ImportJob job(Scope scope, String id) {
		return this.jobs.get(id, scope.username()).orElseThrow(() -> AppException.notFound("import.notFound"));
	}

	private String reject(Model model, String kind, String key) {
		model.addAttribute("kind", kind);
		model.addAttribute("maxMb", this.memberImporter.maxBytes() / 1024 / 1024);
		model.addAttribute("error", this.messages.get(key));
		return "imports/form";
	}

}
