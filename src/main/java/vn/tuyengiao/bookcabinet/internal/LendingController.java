package vn.tuyengiao.bookcabinet.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.bookcabinet.BookCabinet;
import vn.tuyengiao.bookcabinet.BookCabinets;
import vn.tuyengiao.bookcabinet.BorrowerKind;
import vn.tuyengiao.bookcabinet.Lending;
import vn.tuyengiao.bookcabinet.LossDecision;
import vn.tuyengiao.bookcabinet.StocktakeLog;
import vn.tuyengiao.bookcabinet.Stocktakes;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;

/**
 * Lending on a phone: scan a label (photo decoded on the server, live camera where the
 * browser can, or the code typed), then lend or take back in one tap; lost copies and the
 * committee's decision; the stocktake.
 */
@Controller
class LendingController {

	private final Lending lending;

	private final BookCabinets cabinets;

	private final Stocktakes stocktakes;

	private final StocktakeLog stocktakeLog;

	private final QrCodes qr;

	private final OrgUnits org;

	private final FormActions forms;

	private final Messages messages;

	private final Clock clock;

	LendingController(Lending lending, BookCabinets cabinets, Stocktakes stocktakes, StocktakeLog stocktakeLog,
			QrCodes qr, OrgUnits org, FormActions forms, Messages messages, Clock clock) {
		this.stocktakeLog = stocktakeLog;
		this.lending = lending;
		this.cabinets = cabinets;
		this.stocktakes = stocktakes;
		this.qr = qr;
		this.org = org;
		this.forms = forms;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/books/scan")
	String scan(Scope scope, Model model) {
		model.addAttribute("canWrite", scope.canWrite());
		return "bookcabinet/scan";
	}

	/** A photo of a label: read on the server, then the copy's page. */
	@PostMapping("/books/scan")
	String scanPhoto(Scope scope, @RequestParam(required = false) MultipartFile photo, Model model) throws IOException {
		return this.forms.orForm(model, () -> {
			if (photo == null || photo.isEmpty()) {
				throw AppException.invalid("bookcabinet.scan.noImage");
			}
			if (photo.getSize() > QrCodes.MAX_IMAGE_BYTES) {
				throw AppException.invalid("bookcabinet.scan.tooLarge", QrCodes.MAX_IMAGE_BYTES / 1024 / 1024);
			}
			String code;
			try {
				code = this.qr.decode(photo.getBytes());
			}
			catch (IOException ex) {
				throw AppException.invalid("bookcabinet.scan.notImage");
			}
			this.lending.copy(scope, code);
			return "redirect:/books/copy?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
		}, () -> scan(scope, model));
	}

	@GetMapping("/books/copy")
	String copy(Scope scope, @RequestParam(required = false) String code, Model model) {
		if (code == null || code.isBlank()) {
			return "redirect:/books/scan";
		}
		Lending.CopyView v = this.lending.copy(scope, code);
		BookCabinet c = this.cabinets.get(scope, v.cabinetId());
		model.addAttribute("v", v);
		model.addAttribute("c", c);
		model.addAttribute("unitLabel", this.org.labelOf(c.getUnitId()));
		model.addAttribute("canWrite", scope.canWrite() && scope.contains(c.getUnitPath()));
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("today", today);
		model.addAttribute("due", today.plusDays(14));
		return "bookcabinet/copy";
	}

	/** A loan entered on the copy's page. */
	record LoanForm(String code, BorrowerKind kind, String name, String hamlet, Long memberId,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {
	}

	@PostMapping("/books/copy/lend")
	String lend(Scope scope, LoanForm f, RedirectAttributes redirect) {
		String back = copyPage(f.code());
		return this.forms.redirect(redirect, back, () -> {
			var loan = this.lending.lend(scope, f.code(),
					new Lending.NewLoan(f.kind(), f.name(), f.hamlet(), f.memberId(), null, f.dueOn()));
			return this.messages.get("bookcabinet.lent", loan.code(), loan.borrowerName(),
					vn.tuyengiao.text.VnFormat.shortDate(loan.dueOn()));
		});
	}

	@PostMapping("/books/copy/return")
	String giveBack(Scope scope, @RequestParam String code, RedirectAttributes redirect) {
		return this.forms.redirect(redirect, copyPage(code), () -> {
			var loan = this.lending.giveBack(scope, code, null);
			return this.messages.get("bookcabinet.returned", loan.code(), loan.borrowerName());
		});
	}

	@PostMapping("/books/loans/{id}/lost")
	String lost(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		long cabinet = this.lending.loan(scope, id).cabinetId();
		return this.forms.save(redirect, "/books/" + cabinet + "#loans",
				() -> this.lending.reportLost(scope, id, version, null));
	}

	/** The committee's decision on a lost copy. */
	record DecisionForm(LossDecision decision, String number,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Long compensation, long version) {
	}

	@PostMapping("/books/loans/{id}/decision")
	String decide(Scope scope, @PathVariable long id, DecisionForm f, RedirectAttributes redirect) {
		long cabinet = this.lending.loan(scope, id).cabinetId();
		return this.forms.save(redirect, "/books/" + cabinet + "#lost", () -> this.lending.decide(scope, id,
				f.version(), new Lending.Decision(f.decision(), f.number(), f.on(), f.compensation())));
	}

	@GetMapping("/books/{id}/stocktake")
	String stocktake(Scope scope, @PathVariable long id, Model model) {
		BookCabinet c = this.cabinets.get(scope, id);
		model.addAttribute("c", c);
		model.addAttribute("unitLabel", this.org.labelOf(c.getUnitId()));
		model.addAttribute("canWrite", scope.canWrite() && scope.contains(c.getUnitPath()));
		model.addAttribute("history", this.stocktakeLog.history(scope, id));
		return "bookcabinet/stocktake";
	}

	@PostMapping("/books/{id}/stocktake")
	String checkStock(Scope scope, @PathVariable long id, @RequestParam(required = false) String codes, Model model) {
		stocktake(scope, id, model);
		model.addAttribute("codes", codes);
		return this.forms.orForm(model, () -> {
			model.addAttribute("result", this.stocktakes.check(scope, id,
					codes == null ? java.util.List.of() : Arrays.asList(codes.split("[\\s,;]+"))));
			return "bookcabinet/stocktake";
		}, () -> "bookcabinet/stocktake");
	}

	private static String copyPage(String code) {
		return "/books/copy?code=" + URLEncoder.encode(code == null ? "" : code, StandardCharsets.UTF_8);
	}

}
