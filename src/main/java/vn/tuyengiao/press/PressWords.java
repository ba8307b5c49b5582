package vn.tuyengiao.press;

/** How documents name a subscription period: "quý I năm 2026", "6 tháng đầu năm 2026". */
public final class PressWords {

	private static final String[] ROMAN = { "I", "II", "III", "IV" };

	private PressWords() {
	}

	public static String period(PeriodKind kind, int no, int year) {
		return switch (kind) {
			case QUARTER -> "quý " + ROMAN[no - 1] + " năm " + year;
			case HALF -> (no == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
			case YEAR -> "năm " + year;
		};
	}

}
