package vn.tuyengiao.emulation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.emulation.EmulationRollup;
import vn.tuyengiao.emulation.ModelService;
import vn.tuyengiao.emulation.ReviewReason;

/** The register's figures over REST: coverage, a period's counts, the review list. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = EmulationApi.TAG, description = EmulationApi.TAG_DESCRIPTION)
class ModelRollupApiController {

	private final EmulationRollup rollup;

	private final Clock clock;

	private final OrgUnits units;

	ModelRollupApiController(EmulationRollup rollup, Clock clock, OrgUnits units) {
		this.units = units;
		this.rollup = rollup;
		this.clock = clock;
	}

	/**
	 * Coverage of a unit: {@code unitName} as a unit is called, {@code unitLabel} told
	 * apart from units of the same name.
	 */
	record CoverageDto(long unitId, String unitName, String unitLabel, int year, EmulationRollup.Counts total,
			List<ChildDto> children, List<MissingDto> without) {
	}

	record ChildDto(long unitId, String unitName, String unitLabel, EmulationRollup.Counts counts) {
	}

	record MissingDto(long unitId, String unitName, String unitLabel, String unitCode, String commune) {
	}

	@GetMapping("/models/coverage")
	@Operation(summary = "Đơn vị chưa có mô hình trong năm và số liệu tổng hợp theo đơn vị trực thuộc")
	CoverageDto coverage(Scope scope, @RequestParam long unitId, @RequestParam(required = false) Integer year) {
		EmulationRollup.Coverage c = this.rollup.coverage(scope, unitId,
				year == null ? LocalDate.now(this.clock).getYear() : year);
		List<OrgUnit> named = new java.util.ArrayList<>();
		named.add(c.unit());
		c.children().forEach(r -> named.add(r.unit()));
		c.without().forEach(m -> named.add(m.unit()));
		Map<Long, String> labels = this.units.labels(named);
		return new CoverageDto(c.unit().getId(), c.unit().getName(), labels.get(c.unit().getId()), c.year(), c.total(),
				c.children()
					.stream()
					.map(r -> new ChildDto(r.unit().getId(), r.unit().getName(), labels.get(r.unit().getId()),
							r.counts()))
					.toList(),
				c.without()
					.stream()
					.map(m -> new MissingDto(m.unit().getId(), m.unit().getName(), labels.get(m.unit().getId()),
							m.unit().getShortCode(), m.communeName()))
					.toList());
	}

	@GetMapping("/models/period")
	@Operation(summary = "Số mô hình trong kỳ: đang thực hiện, mới, tiếp tục, nhân rộng, loại bỏ, theo nhóm")
	EmulationRollup.PeriodCounts period(Scope scope, @RequestParam long unitId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.rollup.period(scope, unitId, from, to);
	}

	record ReviewDto(ModelService.ModelRow model, Set<ReviewReason> reasons) {
	}

	@GetMapping("/models/review")
	@Operation(summary = "Mô hình cần rà soát, sàng lọc")
	List<ReviewDto> review(Scope scope, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return this.rollup.review(scope, unitId, asOf)
			.stream()
			.map(r -> new ReviewDto(r.model(), r.reasons()))
			.toList();
	}

}
