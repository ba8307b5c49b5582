package vn.tuyengiao.reporting;

import vn.tuyengiao.text.VnFormat;

/**
 * Completeness and timeliness of a set of obligations: expected reports, those submitted
 * (and not returned), those submitted by the deadline. Submitted and on time are counted
 * among the expected only, so neither rate exceeds 100%.
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "ReportingTally")
public record Tally(long expected, long submitted, long onTime) {

	public static final Tally ZERO = new Tally(0, 0, 0);

	public Tally plus(Tally o) {
		return new Tally(this.expected + o.expected, this.submitted + o.submitted, this.onTime + o.onTime);
	}

	/** "12/13 (92,31%)". */
	public String completeness() {
		return VnFormat.ratio(this.submitted, this.expected) + " (" + VnFormat.percent(this.submitted, this.expected)
				+ ")";
	}

	/** "11/13 (84,62%)". */
	public String timeliness() {
		return VnFormat.ratio(this.onTime, this.expected) + " (" + VnFormat.percent(this.onTime, this.expected) + ")";
	}

}
