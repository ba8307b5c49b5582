package vn.tuyengiao.bookcabinet.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
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
import vn.tuyengiao.bookcabinet.BookCategory;
import vn.tuyengiao.bookcabinet.BookRollup;
import vn.tuyengiao.bookcabinet.Catalogue;
import vn.tuyengiao.bookcabinet.DeliveryColumn;
import vn.tuyengiao.bookcabinet.Lending;
import vn.tuyengiao.bookcabinet.LocationKind;
import vn.tuyengiao.bookcabinet.Stocktakes;
import vn.tuyengiao.common.Downloads;
import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Listing;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.imports.ImportJob;
import vn.tuyengiao.imports.ImportPages;
import vn.tuyengiao.org.OrgUnits;

/** Book cabinet pages: the roll-up and list, a cabinet, its catalogue and label sheet. */
@Controller
class BooksController {

	private final BookCabinets cabinets;

	private final Catalogue catalogue;

	private final Lending lending;

	private final Stocktakes stocktakes;

	private final BookRollup rollup;

	private final BooksExport export;

	private final QrCodes qr;

	private final ImportPages importPages;

	private final OrgUnits org;

	private final FormActions forms;

	private final Messages messages;

	private final Clock clock;

	BooksController(BookCabinets cabinets, Catalogue catalogue, Lending lending, Stocktakes stocktakes,
			BookRollup rollup, BooksExport export, QrCodes qr, ImportPages importPages, OrgUnits org, FormActions forms,
			Messages messages, Clock clock) {
		this.cabinets = cabinets;
		this.catalogue = catalogue;
		this.lending = lending;
		this.stocktakes = stocktakes;
		this.rollup = rollup;
		this.export = export;
		this.qr = qr;
		this.importPages = importPages;
		this.org = org;
		this.forms = forms;
		this.messages = messages;
		this.clock = clock;
	}

	/** The roll-up filter: a unit and a period (default: the year so far). */
	record Period(Long unit, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
	}

	@GetMapping("/books")
	String index(Scope scope, Period period, Model model) {
		BookRollup.Rollup r = this.rollup.rollup(scope, period.unit(), period.from(), period.to());
		model.addAttribute("r", r);
		model.addAttribute("sentences", r.summary().sentences(this.messages));
		model.addAttribute("unit", this.org.get(r.summary().unitId()));
		model.addAttribute("unitLabel", r.summary().unitLabel());
		model.addAttribute("cabinets", this.cabinets.list(scope, r.summary().unitId()));
		model.addAttribute("categories", BookCategory.values());
		model.addAttribute("canWrite", scope.canWrite());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "bookcabinet/index";
	}

	@GetMapping("/books/export.xlsx")
	ResponseEntity<byte[]> exportRollup(Scope scope, Period period) {
		BookRollup.Rollup r = this.rollup.rollup(scope, period.unit(), period.from(), period.to());
		return Downloads.attachment(this.export.rollup(r), Downloads.XLSX, "tu-sach.xlsx");
	}

	/** A cabinet's description. */
	record CabinetForm(Long unitId, String name, LocationKind locationKind, String address, String keeper,
			Long version) {

		BookCabinets.CabinetData data() {
			return new BookCabinets.CabinetData(this.unitId, this.name, this.locationKind, this.address, this.keeper);
		}

	}

	@GetMapping("/books/new")
	String newCabinet(Scope scope, Model model) {
		model.addAttribute("locations", LocationKind.values());
		model.addAttribute("canWrite", scope.canWrite());
		return "bookcabinet/new";
	}

	@PostMapping("/books")
	String create(Scope scope, CabinetForm form, RedirectAttributes redirect) {
		return this.forms.redirect(redirect, "/books/new", () -> this.cabinets.create(scope, form.data()),
				c -> "/books/" + c.getId(), c -> this.messages.get("common.saved"));
	}

	@GetMapping("/books/{id}")
	String cabinet(Scope scope, @PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
		BookCabinet c = this.cabinets.get(scope, id);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate yearStart = today.withDayOfYear(1);
		model.addAttribute("c", c);
		model.addAttribute("unitLabel", this.org.labelOf(c.getUnitId()));
		model.addAttribute("titles",
				Listing.Slice.ofList(this.catalogue.titles(scope, id), page == null ? 0 : page, Listing.PAGE_SIZE));
		model.addAttribute("open", this.lending.loans(scope, id, Lending.LoanFilter.OPEN));
		model.addAttribute("lost", this.lending.loans(scope, id, Lending.LoanFilter.LOST));
		model.addAttribute("months", this.stocktakes.months(scope, id, yearStart.minusYears(1), today));
		model.addAttribute("additions", this.stocktakes.additions(scope, id, yearStart, today));
		model.addAttribute("locations", LocationKind.values());
		model.addAttribute("decisions", vn.tuyengiao.bookcabinet.LossDecision.values());
		model.addAttribute("canWrite", scope.canWrite() && scope.contains(c.getUnitPath()));
		model.addAttribute("today", today);
		return "bookcabinet/cabinet";
	}

	@PostMapping("/books/{id}/describe")
	String describe(Scope scope, @PathVariable long id, CabinetForm form, RedirectAttributes redirect) {
		return this.forms.save(redirect, "/books/" + id,
				() -> this.cabinets.describe(scope, id, form.version() == null ? -1 : form.version(), form.data()));
	}

	/** What the last inspection found. */
	record StateForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inspectedOn, Boolean orderly,
			Boolean clean, Boolean logKept, Long version) {
	}

	@PostMapping("/books/{id}/inspect")
	String inspect(Scope scope, @PathVariable long id, StateForm form, RedirectAttributes redirect) {
		return this.forms.save(redirect, "/books/" + id,
				() -> this.cabinets.inspect(scope, id, form.version() == null ? -1 : form.version(),
						new BookCabinets.CabinetState(form.inspectedOn(), Boolean.TRUE.equals(form.orderly()),
								Boolean.TRUE.equals(form.clean()), Boolean.TRUE.equals(form.logKept()))));
	}

	@PostMapping("/books/{id}/import")
	String importList(Scope scope, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		this.cabinets.writable(scope, id);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("error", this.messages.get("import.noFile"));
			return "redirect:/books/" + id;
		}
		ImportJob job = this.catalogue.importDeliveryList(scope, id, file.getOriginalFilename(), file.getBytes());
		if (job.hasErrors()) {
			redirect.addFlashAttribute("error",
					job.getMessage() == null
							? this.messages.get("import.failed", file.getOriginalFilename(), job.getErrorCount())
							: job.getMessage());
			redirect.addFlashAttribute("importErrors", job.getErrors());
		}
		else {
			redirect.addFlashAttribute("flash", job.getMessage());
		}
		return "redirect:/books/" + id;
	}

	@GetMapping("/books/import/template.xlsx")
	void template(HttpServletResponse response) throws IOException {
		List<String> headers = Arrays.stream(DeliveryColumn.values()).map(DeliveryColumn::header).toList();
		this.importPages
			.template(response, "danh-muc-sach.xlsx", headers, DeliveryColumn.EXAMPLE,
					List.of(this.messages.get("bookcabinet.import.guide.columns"),
							this.messages.get("bookcabinet.import.guide.categories", String.join(", ",
									Arrays.stream(BookCategory.values()).map(BookCategory::importLabel).toList())),
							this.messages.get("bookcabinet.import.guide.codes")));
	}

	@GetMapping("/books/{id}/labels")
	String labels(Scope scope, @PathVariable long id, Model model) {
		BookCabinet c = this.cabinets.get(scope, id);
		model.addAttribute("c", c);
		model.addAttribute("unitLabel", this.org.labelOf(c.getUnitId()));
		model.addAttribute("labels",
				this.catalogue.labels(scope, id)
					.stream()
					.map(l -> new LabelView(l.code(), l.title(), l.category().messageKey(), this.qr.svg(l.code())))
					.toList());
		return "bookcabinet/labels";
	}

	record LabelView(String code, String title, String categoryKey, String svg) {
	}

}
