package vn.tuyengiao.emulation;

/**
 * A decision is GRANTED; a proposal to the level above is PROPOSED until granted or
 * refused. Labels: {@code emulation.AwardStatus.*}.
 */
public enum AwardStatus {

	PROPOSED, GRANTED, REFUSED;

	public String messageKey() {
		return "emulation.AwardStatus." + name();
	}

}
