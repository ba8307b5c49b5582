package vn.tuyengiao.meeting;

/**
 * The word a report puts before a count of units, following the figure: "Tất cả" (all),
 * "Hầu hết" (80% or more), "Đa số" (more than half), "Một số" (20% or more), "Ít" (fewer
 * but some), "Chưa có" (none). The thresholds live here and only here
 * ({@code QuantityTest} pins them); the sentences are message keys per quantity.
 */
public enum Quantity {

	ALL, MOST, MAJORITY, SOME, FEW, NONE;

	/** At or above this share, "hầu hết". */
	public static final double MOST_FROM = 0.80;

	/** Above this share, "đa số". */
	public static final double MAJORITY_ABOVE = 0.50;

	/** At or above this share, "một số"; below it (but above zero), "ít". */
	public static final double SOME_FROM = 0.20;

	/** The quantity of {@code part} units out of {@code whole}; null when whole is 0. */
	public static Quantity of(long part, long whole) {
		if (whole <= 0) {
			return null;
		}
		if (part <= 0) {
			return NONE;
		}
		if (part >= whole) {
			return ALL;
		}
		// Compare in integers so that 4/5 is exactly "hầu hết".
		if (part * 100 >= whole * Math.round(MOST_FROM * 100)) {
			return MOST;
		}
		if (part * 100 > whole * Math.round(MAJORITY_ABOVE * 100)) {
			return MAJORITY;
		}
		if (part * 100 >= whole * Math.round(SOME_FROM * 100)) {
			return SOME;
		}
		return FEW;
	}

}
