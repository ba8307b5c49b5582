package vn.tuyengiao.emulation.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.emulation.DiscoveryMethod;
import vn.tuyengiao.emulation.Exemplar;
import vn.tuyengiao.emulation.ExemplarCategory;
import vn.tuyengiao.emulation.ExemplarService;
import vn.tuyengiao.emulation.HolderKind;
import vn.tuyengiao.emulation.PublicityChannel;

/** Exemplars and their publicity over REST. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = EmulationApi.TAG, description = EmulationApi.TAG_DESCRIPTION)
class ExemplarApiController {

	private final ExemplarService exemplars;

	ExemplarApiController(ExemplarService exemplars) {
		this.exemplars = exemplars;
	}

	record ExemplarRequest(HolderKind kind, Long unitId, Long memberId, String personName, String deeds,
			LocalDate foundOn, DiscoveryMethod foundHow, ExemplarCategory category, Long modelId) {
	}

	record ExemplarDto(long id, HolderKind kind, long unitId, Long memberId, String name, String deeds,
			LocalDate foundOn, DiscoveryMethod foundHow, ExemplarCategory category, Long modelId,
			List<ExemplarService.Publicity> publicity) {
	}

	private ExemplarDto dto(Scope scope, Exemplar x) {
		return new ExemplarDto(x.getId(), x.getKind(), x.getUnitId(), x.getMemberId(), this.exemplars.name(x),
				x.getDeeds(), x.getFoundOn(), x.getFoundHow(), x.getCategory(), x.getModelId(),
				this.exemplars.publicity(scope, x.getId()));
	}

	@GetMapping("/exemplars")
	List<ExemplarService.ExemplarRow> exemplars(Scope scope, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.exemplars.list(scope, unitId, from, to);
	}

	@PostMapping("/exemplars")
	ResponseEntity<ExemplarDto> createExemplar(Scope scope, @RequestBody ExemplarRequest r) {
		if (r.unitId() == null && r.memberId() == null) {
			throw AppException.invalid("emulation.ownerRequired");
		}
		Exemplar x = this.exemplars.create(scope,
				new ExemplarService.NewExemplar(r.kind(), r.unitId() == null ? 0 : r.unitId(), r.memberId(),
						r.personName(), r.deeds(), r.foundOn(), r.foundHow(), r.category(), r.modelId()));
		return ResponseEntity.status(HttpStatus.CREATED).body(dto(scope, x));
	}

	@GetMapping("/exemplars/{id}")
	ExemplarDto exemplar(Scope scope, @PathVariable long id) {
		return dto(scope, this.exemplars.get(scope, id));
	}

	record PublicityRequest(PublicityChannel channel, LocalDate publishedOn, String title, String url) {
	}

	@PostMapping("/exemplars/{id}/publicity")
	@Operation(
			summary = "Ghi nhận tuyên truyền (đài, trang thông tin, Facebook, Zalo …); kênh trực tuyến cần đường dẫn hợp lệ")
	ResponseEntity<ExemplarDto> publicity(Scope scope, @PathVariable long id, @RequestBody PublicityRequest r) {
		this.exemplars.addPublicity(scope, id, r.channel(), r.publishedOn(), r.title(), r.url());
		return ResponseEntity.status(HttpStatus.CREATED).body(dto(scope, this.exemplars.get(scope, id)));
	}

}
