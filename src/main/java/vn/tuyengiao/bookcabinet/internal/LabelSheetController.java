package vn.tuyengiao.bookcabinet.internal;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.tuyengiao.bookcabinet.BookCabinet;
import vn.tuyengiao.bookcabinet.BookCabinets;
import vn.tuyengiao.bookcabinet.Catalogue;
import vn.tuyengiao.common.Downloads;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;

/**
 * The QR label sheet of a cabinet as a PDF, from its page and from the API; the cabinet
 * is read within the user's scope before anything is drawn.
 */
@RestController
@Tag(name = BooksApi.TAG, description = BooksApi.TAG_DESCRIPTION)
class LabelSheetController {

	private final BookCabinets cabinets;

	private final Catalogue catalogue;

	private final OrgUnits org;

	private final LabelSheet sheet;

	LabelSheetController(BookCabinets cabinets, Catalogue catalogue, OrgUnits org, LabelSheet sheet) {
		this.cabinets = cabinets;
		this.catalogue = catalogue;
		this.org = org;
		this.sheet = sheet;
	}

	@GetMapping("/books/{id}/labels.pdf")
	ResponseEntity<byte[]> page(Scope scope, @PathVariable long id) {
		return pdf(scope, id);
	}

	@Operation(summary = "Tờ nhãn mã QR khổ A4 của các bản sách trong tủ (PDF)")
	@ApiResponse(responseCode = "200", description = "PDF, A4, 24 nhãn mỗi trang",
			content = @Content(mediaType = "application/pdf"))
	@ApiResponse(responseCode = "403", description = "Tủ sách ngoài phạm vi của người dùng")
	@GetMapping(path = "/api/v1/books/cabinets/{id}/labels.pdf", produces = "application/pdf")
	ResponseEntity<byte[]> api(Scope scope, @PathVariable long id) {
		return pdf(scope, id);
	}

	private ResponseEntity<byte[]> pdf(Scope scope, long id) {
		BookCabinet c = this.cabinets.get(scope, id);
		List<Catalogue.Label> labels = this.catalogue.labels(scope, id);
		return Downloads.attachment(this.sheet.pdf(c.getName(), this.org.labelOf(c.getUnitId()), labels),
				MediaType.APPLICATION_PDF, "nhan-qr-tu-sach-" + id + ".pdf");
	}

}
