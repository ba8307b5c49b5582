package vn.tuyengiao.reporting;

/** What a request asks for; labels come from messages ({@code reporting.type.*}). */
public enum ReportType {

	CAMPAIGN_RESULT, PRELIMINARY_REVIEW, FINAL_REVIEW, SIX_MONTHS, NINE_MONTHS, YEARLY, OPINION_MONTHLY, AD_HOC;

	public String messageKey() {
		return "reporting.type." + name();
	}

}
