package vn.tuyengiao.emulation;

/** What an exemplar stands out in. Labels: {@code emulation.ExemplarCategory.*}. */
public enum ExemplarCategory {

	ECONOMY, CHARITY, LAND_DONATION, SECURITY, PARTY_WORK, CULTURE, EDUCATION, OTHER;

	public String messageKey() {
		return "emulation.ExemplarCategory." + name();
	}

}
