package vn.tuyengiao.bookcabinet.internal;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.bookcabinet.BookCabinet;
import vn.tuyengiao.bookcabinet.BookCabinets;
import vn.tuyengiao.bookcabinet.StocktakeLog;
import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;

/**
 * Stocktakes kept: "Lưu kết quả kiểm kê" on the stocktake page saves the check, a kept
 * stocktake has its own page, and the cabinet's stocktake page lists them.
 */
@Controller
class StocktakeController {

	private final StocktakeLog log;

	private final BookCabinets cabinets;

	private final OrgUnits org;

	private final FormActions forms;

	private final Messages messages;

	StocktakeController(StocktakeLog log, BookCabinets cabinets, OrgUnits org, FormActions forms, Messages messages) {
		this.log = log;
		this.cabinets = cabinets;
		this.org = org;
		this.forms = forms;
		this.messages = messages;
	}

	@PostMapping("/books/{id}/stocktakes")
	String keep(Scope scope, @PathVariable long id, @RequestParam(required = false) String codes,
			RedirectAttributes redirect) {
		List<String> list = codes == null ? List.of() : Arrays.asList(codes.split("[\\s,;]+"));
		return this.forms.redirect(redirect, "/books/" + id + "/stocktake", () -> this.log.save(scope, id, list),
				k -> "/books/stocktakes/" + k.id(), k -> this.messages.get("bookcabinet.stocktake.kept"));
	}

	@GetMapping("/books/stocktakes/{id}")
	String kept(Scope scope, @PathVariable long id, Model model) {
		StocktakeLog.Kept k = this.log.get(scope, id);
		BookCabinet c = this.cabinets.get(scope, k.cabinetId());
		model.addAttribute("k", k);
		model.addAttribute("c", c);
		model.addAttribute("unitLabel", this.org.labelOf(c.getUnitId()));
		return "bookcabinet/stocktake-kept";
	}

}
