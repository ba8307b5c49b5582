package vn.tuyengiao.emulation;

/**
 * The level that issues (or is asked for) an award. Labels:
 * {@code emulation.AwardLevel.*}.
 */
public enum AwardLevel {

	COMMUNE, DISTRICT, PROVINCE, CENTRAL;

	public String messageKey() {
		return "emulation.AwardLevel." + name();
	}

}
