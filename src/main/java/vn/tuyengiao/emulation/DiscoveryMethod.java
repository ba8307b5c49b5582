package vn.tuyengiao.emulation;

/** How an exemplar was found. Labels: {@code emulation.DiscoveryMethod.*}. */
public enum DiscoveryMethod {

	SURVEY, VISIT, CELL_REPORT, MASS_ORGANISATION, OTHER;

	public String messageKey() {
		return "emulation.DiscoveryMethod." + name();
	}

}
