package vn.tuyengiao.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

import vn.tuyengiao.common.Downloads;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.tabular.XlsxWriter;

/**
 * What every upload page does, whatever it imports: the form, the file check and the
 * start of the background job, the template to download. The progress pages
 * ({@code /imports/{id}}) belong to this module.
 */
@Component
public class ImportPages {

	private final ImportJobs jobs;

	private final Messages messages;

	ImportPages(ImportJobs jobs, Messages messages) {
		this.jobs = jobs;
		this.messages = messages;
	}

	/** The upload form of {@code kind} ("units", "members"). */
	public String form(Model model, String kind) {
		model.addAttribute("kind", kind);
		model.addAttribute("maxMb", this.jobs.maxBytes() / 1024 / 1024);
		model.addAttribute("maxRows", this.jobs.maxRows());
		return "imports/form";
	}

	/**
	 * Starts the import of an uploaded file in the background and goes to its progress
	 * page; without a file, the form again with "Chưa chọn tệp".
	 */
	public String upload(Scope scope, String kind, MultipartFile file, Importer<?, ?> importer, Model model)
			throws IOException {
		if (file == null
				|| file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			model.addAttribute("error", this.messages.get("import.noFile"));
			return form(model, kind);
		}
		byte[] content = file.getBytes();
		String name = file.getOriginalFilename();
		ImportJob job = this.jobs.start(scope, kind, name, content, importer);
		return "redirect:/imports/" + job.getId();
	}

	/** An import template: headers, one example row, and a guide sheet. */
	public void template(HttpServletResponse response, String fileName, List<String> headers, List<Object> example,
			List<String> guide) throws IOException {
		Downloads.startAttachment(response, Downloads.XLSX, fileName);
		try (OutputStream out = response.getOutputStream()) {
			XlsxWriter.template(out, this.messages.get("import.template"), headers, new ArrayList<>(example), guide);
		}
	}

}
