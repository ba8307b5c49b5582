package vn.tuyengiao.imports.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.imports.ImportJob;
import vn.tuyengiao.imports.ImportJobs;

/** The progress page of a running import, polled by htmx until it is finished. */
@Controller
class ImportProgressController {

	private final ImportJobs jobs;

	ImportProgressController(ImportJobs jobs) {
		this.jobs = jobs;
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

	private ImportJob job(Scope scope, String id) {
		return this.jobs.get(id, scope.username()).orElseThrow(() -> AppException.notFound("import.notFound"));
	}

}
