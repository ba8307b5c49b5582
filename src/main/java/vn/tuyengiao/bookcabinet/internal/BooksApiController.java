package vn.tuyengiao.bookcabinet.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.tags.Tag;

import vn.tuyengiao.bookcabinet.BookCabinet;
import vn.tuyengiao.bookcabinet.BookCabinets;
import vn.tuyengiao.bookcabinet.BookRollup;
import vn.tuyengiao.bookcabinet.CabinetSummary;
import vn.tuyengiao.bookcabinet.Catalogue;
import vn.tuyengiao.bookcabinet.Lending;
import vn.tuyengiao.bookcabinet.Loan;
import vn.tuyengiao.bookcabinet.LocationKind;
import vn.tuyengiao.bookcabinet.Stocktakes;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.imports.ImportResult;

/** Book cabinets over REST, with the same scope rules as the pages. */
@RestController
@RequestMapping("/api/v1/books")
@Tag(name = BooksApi.TAG, description = BooksApi.TAG_DESCRIPTION)
class BooksApiController {

	private final BookCabinets cabinets;

	private final Catalogue catalogue;

	private final Lending lending;

	private final Stocktakes stocktakes;

	private final BookRollup rollup;

	private final QrCodes qr;

	BooksApiController(BookCabinets cabinets, Catalogue catalogue, Lending lending, Stocktakes stocktakes,
			BookRollup rollup, QrCodes qr) {
		this.cabinets = cabinets;
		this.catalogue = catalogue;
		this.lending = lending;
		this.stocktakes = stocktakes;
		this.rollup = rollup;
		this.qr = qr;
	}

	record CabinetDto(long id, long unitId, String name, LocationKind locationKind, String address, String keeper,
			Boolean orderly, Boolean clean, Boolean logKept, LocalDate inspectedOn, long version) {

		static CabinetDto of(BookCabinet c) {
			return new CabinetDto(c.getId(), c.getUnitId(), c.getName(), c.getLocationKind(), c.getAddress(),
					c.getKeeper(), c.getOrderly(), c.getClean(), c.getLogKept(), c.getInspectedOn(), c.getVersion());
		}

	}

	@GetMapping("/cabinets")
	List<BookCabinets.CabinetRow> cabinets(Scope scope, @RequestParam(required = false) Long unitId) {
		return this.cabinets.list(scope, unitId);
	}

	@PostMapping("/cabinets")
	ResponseEntity<CabinetDto> create(Scope scope, @RequestBody BookCabinets.CabinetData data) {
		return ResponseEntity.status(HttpStatus.CREATED).body(CabinetDto.of(this.cabinets.create(scope, data)));
	}

	@GetMapping("/cabinets/{id}")
	CabinetDto cabinet(Scope scope, @PathVariable long id) {
		return CabinetDto.of(this.cabinets.get(scope, id));
	}

	record StateRequest(long version, LocalDate inspectedOn, Boolean orderly, Boolean clean, Boolean logKept) {
	}

	@PostMapping("/cabinets/{id}/state")
	CabinetDto inspect(Scope scope, @PathVariable long id, @RequestBody StateRequest r) {
		return CabinetDto.of(this.cabinets.inspect(scope, id, r.version(),
				new BookCabinets.CabinetState(r.inspectedOn(), r.orderly(), r.clean(), r.logKept())));
	}

	@GetMapping("/cabinets/{id}/catalogue")
	List<Catalogue.TitleRow> titles(Scope scope, @PathVariable long id) {
		return this.catalogue.titles(scope, id);
	}

	/**
	 * A delivery list (.xlsx or .csv): 201 when written, 400 with every row's problem
	 * when not.
	 */
	@PostMapping(path = "/cabinets/{id}/catalogue", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportResult> importList(Scope scope, @PathVariable long id, @RequestPart MultipartFile file)
			throws IOException {
		var job = this.catalogue.importDeliveryList(scope, id, file.getOriginalFilename(), file.getBytes());
		return ResponseEntity.status(job.hasErrors() ? HttpStatus.BAD_REQUEST : HttpStatus.CREATED)
			.body(ImportResult.of(job));
	}

	@GetMapping("/cabinets/{id}/copies")
	List<Catalogue.Label> copies(Scope scope, @PathVariable long id) {
		return this.catalogue.labels(scope, id);
	}

	@GetMapping("/copies")
	Lending.CopyView copy(Scope scope, @RequestParam String code) {
		return this.lending.copy(scope, code);
	}

	/** A photo of a label, read on the server: the copy it shows. */
	@PostMapping(path = "/copies/scan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Lending.CopyView scan(Scope scope, @RequestPart(required = false) MultipartFile photo) throws IOException {
		if (photo == null || photo.isEmpty()) {
			throw AppException.invalid("bookcabinet.scan.noImage");
		}
		return this.lending.copy(scope, this.qr.decode(photo.getBytes()));
	}

	record LoanRequest(String code, Lending.NewLoan loan) {
	}

	@PostMapping("/loans")
	ResponseEntity<Loan> lend(Scope scope, @RequestBody LoanRequest r) {
		if (r.loan() == null) {
			throw AppException.invalid("bookcabinet.borrowerKindRequired");
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(this.lending.lend(scope, r.code(), r.loan()));
	}

	@PostMapping("/copies/return")
	Loan giveBack(Scope scope, @RequestParam String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		return this.lending.giveBack(scope, code, on);
	}

	@GetMapping("/cabinets/{id}/loans")
	List<Loan> loans(Scope scope, @PathVariable long id,
			@RequestParam(defaultValue = "ALL") Lending.LoanFilter filter) {
		return this.lending.loans(scope, id, filter);
	}

	@PostMapping("/loans/{id}/lost")
	Loan lost(Scope scope, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		return this.lending.reportLost(scope, id, version, on);
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "BookLossDecisionRequest")
	record DecisionRequest(long version, Lending.Decision decision) {
	}

	@PostMapping("/loans/{id}/decision")
	Loan decide(Scope scope, @PathVariable long id, @RequestBody DecisionRequest r) {
		if (r.decision() == null) {
			throw AppException.invalid("bookcabinet.decisionRequired");
		}
		return this.lending.decide(scope, id, r.version(), r.decision());
	}

	@PostMapping("/cabinets/{id}/stocktake")
	Stocktakes.Stocktake stocktake(Scope scope, @PathVariable long id, @RequestBody List<String> codes) {
		return this.stocktakes.check(scope, id, codes);
	}

	@GetMapping("/summary")
	CabinetSummary summary(Scope scope, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.rollup.rollup(scope, unitId, from, to).summary();
	}

}
