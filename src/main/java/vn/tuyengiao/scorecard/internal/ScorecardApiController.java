package vn.tuyengiao.scorecard.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.scorecard.Indicator;
import vn.tuyengiao.scorecard.Scorecard;
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

	ScorecardApiController(Scorecards scorecards, OrgUnits org, Messages messages) {
		this.scorecards = scorecards;
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

}
