package vn.tuyengiao.press;

/** Issues are counted per week or per month; labels {@code press.per.*}. */
public enum FrequencyUnit {

	WEEK, MONTH;

	public String messageKey() {
		return "press.per." + name();
	}

	/** "tuần", "tháng": as documents write it ("1–2 số/tuần"). */
	public String word() {
		return this == WEEK ? "tuần" : "tháng";
	}

}
