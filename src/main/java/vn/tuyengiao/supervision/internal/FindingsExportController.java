package vn.tuyengiao.supervision.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tuyengiao.common.Downloads;
import vn.tuyengiao.common.Scope;

/**
 * The findings as Excel, from the pages ("Xuất Excel") and the API: of a plan, or about a
 * unit's part of the tree. Built in memory first, so a refusal is a 403 page or problem,
 * never a broken file.
 */
@RestController
@Tag(name = "Giám sát")
class FindingsExportController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final FindingsExport export;

	FindingsExportController(FindingsExport export) {
		this.export = export;
	}

	@GetMapping({ "/supervision/plans/{id}/findings.xlsx", "/api/v1/supervision/plans/{id}/findings.xlsx" })
	@ApiResponse(responseCode = "200", description = "Excel workbook", content = @Content(mediaType = XLSX))
	@ApiResponse(responseCode = "403", description = "Outside the user's scope")
	@Operation(summary = FindingsExportDocs.OF_PLAN)
	ResponseEntity<byte[]> ofPlan(Scope scope, @PathVariable long id) {
		return Downloads.attachment(this.export.ofPlan(scope, id), Downloads.XLSX, "phat-hien-giam-sat.xlsx");
	}

	@GetMapping({ "/supervision/findings.xlsx", "/api/v1/supervision/findings.xlsx" })
	@ApiResponse(responseCode = "200", description = "Excel workbook", content = @Content(mediaType = XLSX))
	@ApiResponse(responseCode = "403", description = "Outside the user's scope")
	@Operation(summary = FindingsExportDocs.OF_UNIT)
	ResponseEntity<byte[]> ofUnit(Scope scope, @RequestParam(required = false) Long unitId) {
		return Downloads.attachment(this.export.ofUnit(scope, unitId), Downloads.XLSX, "phat-hien-giam-sat.xlsx");
	}

}
