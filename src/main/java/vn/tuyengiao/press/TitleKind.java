package vn.tuyengiao.press;

/** What a title is; labels {@code press.kind.*}. */
public enum TitleKind {

	DAILY_NEWSPAPER, WEEKLY_NEWSPAPER, MAGAZINE;

	public String messageKey() {
		return "press.kind." + name();
	}

}
