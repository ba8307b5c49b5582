package vn.tuyengiao.scorecard.internal;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.scorecard.Indicator;
import vn.tuyengiao.scorecard.Scorecard;
import vn.tuyengiao.scorecard.ScorecardThresholds;
import vn.tuyengiao.scorecard.Scorecards;

/**
 * The scorecard over REST: the grid of a unit's direct children × indicators, and one
 * cell's drill-down with the pages listing its records; the user's scope applies as on
 * the page.
 */
@RestController
@RequestMapping("/api/v1/scorecard")
@Tag(name = "Bảng chỉ tiêu",
		description = "Bảng theo dõi chỉ tiêu thực hiện Chỉ thị 05 theo đơn vị, có ngưỡng đánh giá")
class ScorecardApiController {

	private final Scorecards scorecards;

	private final OrgUnits org;

	private final Messages messages;

	private final ScorecardThresholds thresholds;

	ScorecardApiController(Scorecards scorecards, OrgUnits org, Messages messages, ScorecardThresholds thresholds) {
		this.scorecards = scorecards;
		this.thresholds = thresholds;
		this.org = org;
		this.messages = messages;
	}

	/** A page behind a cell, with its Vietnamese name. */
	@Schema(name = "ScorecardRecordsLink")
	record LinkDto(String label, String href) {
	}

	/**
	 * One cell's drill-down: the row unit's own scorecard for one indicator, and links.
	 */
	@Schema(name = "ScorecardDrillDown")
	record DrillDownDto(Scorecard scorecard, List<LinkDto> records) {
	}

	@GetMapping
	@Operation(summary = "Bảng chỉ tiêu của các đơn vị trực thuộc một đơn vị trong kỳ (cây tổ chức tại ngày asOf)")
	Scorecard grid(Scope scope, @ParameterObject ScorecardQuery q) {
		return this.scorecards.scorecard(scope, q.request(this.org.defaultUnit(scope, q.unit())));
	}

	@GetMapping("/cell")
	@Operation(summary = "Chi tiết một ô: các đơn vị trực thuộc đơn vị đó theo một chỉ tiêu và các trang hồ sơ")
	DrillDownDto cell(Scope scope, @ParameterObject ScorecardQuery q) {
		long unit = this.org.defaultUnit(scope, q.unit());
		String key = this.scorecards.indicator(q.indicator() == null ? "" : q.indicator()).key();
		Scorecard card = this.scorecards.scorecard(scope, q.request(unit), key);
		List<Indicator.Link> links = this.scorecards.records(scope, q.request(unit), key);
		return new DrillDownDto(card,
				links.stream().map(l -> new LinkDto(this.messages.get(l.labelKey(), l.argument()), l.href())).toList());
	}

	/**
	 * One indicator's thresholds at a unit: those in force (set at the unit, above it, or
	 * the defaults) and the version to send back with a change (-1: none set at the
	 * unit).
	 */
	@Schema(name = "ScorecardThreshold")
	record ThresholdDto(String indicator, String label, Indicator.Measure measure, BigDecimal green, BigDecimal amber,
			BigDecimal defaultGreen, BigDecimal defaultAmber, boolean own, boolean inherited, long version,
			String text) {
	}

	/** The unit's own thresholds for one indicator, with the version read. */
	@Schema(name = "ScorecardThresholdChange")
	record ThresholdChange(BigDecimal green, BigDecimal amber, Long version) {
	}

	@GetMapping("/thresholds")
	@Operation(summary = "Ngưỡng đánh giá của từng chỉ tiêu đang áp dụng cho một đơn vị")
	List<ThresholdDto> thresholds(Scope scope, @RequestParam(required = false) Long unit) {
		long id = this.org.defaultUnit(scope, unit);
		return this.thresholds.lines(scope, id).stream().map(this::dto).toList();
	}

	@PutMapping("/thresholds/{indicator}")
	@Operation(summary = "Đặt ngưỡng riêng của đơn vị cho một chỉ tiêu, kèm version đã đọc (-1 khi chưa có)",
			description = "409: người khác vừa sửa; 400: ngưỡng không hợp lệ; 403: ngoài phạm vi quản lý.")
	ThresholdDto setThreshold(Scope scope, @PathVariable String indicator, @RequestParam(required = false) Long unit,
			@RequestBody ThresholdChange change) {
		long id = this.org.defaultUnit(scope, unit);
		this.thresholds.set(scope, id, indicator, change.green(), change.amber(),
				change.version() == null ? -1 : change.version());
		return this.thresholds.lines(scope, id)
			.stream()
			.filter(l -> l.key().equals(indicator))
			.map(this::dto)
			.findFirst()
			.orElseThrow();
	}

	private ThresholdDto dto(ScorecardThresholds.Line l) {
		return new ThresholdDto(l.key(), this.messages.get(this.scorecards.indicator(l.key()).labelKey()), l.measure(),
				l.inForce().green(), l.inForce().amber(), l.defaults().green(), l.defaults().amber(), l.own(),
				l.inherited(), l.version(), l.text());
	}

}
