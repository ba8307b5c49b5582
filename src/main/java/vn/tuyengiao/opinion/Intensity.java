package vn.tuyengiao.opinion;

/** How strongly it is felt (mức độ): low, medium, or high (bức xúc). */
public enum Intensity {

	LOW, MEDIUM, HIGH;

	public String messageKey() {
		return "opinion.intensity." + name();
	}

}
