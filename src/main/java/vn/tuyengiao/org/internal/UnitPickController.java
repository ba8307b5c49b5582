package vn.tuyengiao.org.internal;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;

/**
 * The search behind every unit picker (fragments/pickers.html, js/picker.js): what the
 * user typed in, open units of their scope out, with unambiguous names.
 */
@RestController
class UnitPickController {

	private static final int LIMIT = 15;

	private final OrgUnits org;

	UnitPickController(OrgUnits org) {
		this.org = org;
	}

	@GetMapping("/units/pick")
	List<OrgUnits.Pick> pick(Scope scope, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "false") boolean cells,
			@RequestParam(defaultValue = "false") boolean committees) {
		return this.org.pick(scope, q, cells, committees, LIMIT);
	}

}
