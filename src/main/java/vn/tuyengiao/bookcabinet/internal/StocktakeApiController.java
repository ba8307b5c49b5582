package vn.tuyengiao.bookcabinet.internal;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.tuyengiao.bookcabinet.StocktakeLog;
import vn.tuyengiao.common.Scope;

/** Stocktakes kept, through the API: save a scan, list a cabinet's, read one. */
@RestController
@RequestMapping("/api/v1/books")
@Tag(name = BooksApi.TAG, description = BooksApi.TAG_DESCRIPTION)
class StocktakeApiController {

	private final StocktakeLog log;

	StocktakeApiController(StocktakeLog log) {
		this.log = log;
	}

	@Operation(summary = "Lưu một lần kiểm kê: các mã đã quét (danh sách JSON) đối chiếu với danh mục")
	@PostMapping("/cabinets/{id}/stocktakes")
	ResponseEntity<StocktakeLog.Kept> keep(Scope scope, @PathVariable long id, @RequestBody List<String> codes) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.log.save(scope, id, codes));
	}

	@Operation(summary = "Các lần kiểm kê đã lưu của một tủ sách, mới nhất trước")
	@GetMapping("/cabinets/{id}/stocktakes")
	List<StocktakeLog.Kept> history(Scope scope, @PathVariable long id) {
		return this.log.history(scope, id);
	}

	@Operation(summary = "Một lần kiểm kê đã lưu, với các bản thiếu, bản lạ và bản đang cho mượn")
	@GetMapping("/stocktakes/{id}")
	StocktakeLog.Kept kept(Scope scope, @PathVariable long id) {
		return this.log.get(scope, id);
	}

}
