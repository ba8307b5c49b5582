package vn.tuyengiao.emulation;

/**
 * Why a live model is listed for review (rà soát, sàng lọc): no yearly assessment for a
 * year, the same results copied from one year to the next, or the registration left
 * untouched for two years. Labels: {@code emulation.ReviewReason.*}.
 */
public enum ReviewReason {

	NO_ASSESSMENT, UNCHANGED_RESULTS, NOT_UPDATED;

	public String messageKey() {
		return "emulation.ReviewReason." + name();
	}

}
