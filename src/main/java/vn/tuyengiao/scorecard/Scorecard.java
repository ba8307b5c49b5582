package vn.tuyengiao.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A scorecard as the page, the API and the brief show it. */
@Schema(name = "ScorecardGrid")
public record Scorecard(long unitId, String unitLabel, LocalDate from, LocalDate to, LocalDate asOf, boolean historical,
		List<Column> columns, List<Row> rows, Row total) {

	/**
	 * Traffic light of a cell, with a text mark so that colour is never the only sign.
	 */
	@Schema(name = "ScorecardLight")
	public enum Light {

		GREEN, AMBER, RED, NONE;

		public String markKey() {
			return "scorecard.light." + name();
		}

	}

	/**
	 * An indicator: its thresholds in force at the unit ({@code setAtUnitId} null: the
	 * defaults) and their wording for the page header.
	 */
	@Schema(name = "ScorecardColumn")
	public record Column(String key, String label, Indicator.Measure measure, Indicator.Thresholds thresholds,
			Long setAtUnitId, String thresholdText) {
	}

	/**
	 * A cell: the figures, the percentage for a rate (null when nothing to count), the
	 * light and the text "178/189 (94,18%)".
	 */
	@Schema(name = "ScorecardCell")
	public record Cell(String key, Indicator.Value value, BigDecimal percent, Light light, String text) {
	}

	/** A unit's row (the total row has unit id 0); cells in column order. */
	@Schema(name = "ScorecardRow")
	public record Row(long unitId, String label, List<Cell> cells) {

		public Cell cell(String key) {
			return this.cells.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
		}

	}

	/** Rows whose cell of an indicator is red, in row order. */
	public List<Row> lagging(String key) {
		return this.rows.stream().filter(r -> r.cell(key).light() == Light.RED).toList();
	}

}
