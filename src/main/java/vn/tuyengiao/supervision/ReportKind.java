package vn.tuyengiao.supervision;

/**
 * The reports made from a plan's visits: the supervision-results report (seed 001) and
 * the work-visit results report (seed 000).
 */
public enum ReportKind {

	RESULTS, WORK_VISIT;

	public String messageKey() {
		return "supervision.reportKind." + name();
	}

}
