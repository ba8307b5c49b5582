package vn.tuyengiao.emulation;

/**
 * The Front and the mass organisations that run their own models. Labels:
 * {@code emulation.MassOrganisation.*}.
 */
public enum MassOrganisation {

	FATHERLAND_FRONT, FARMERS_ASSOCIATION, WOMENS_UNION, YOUTH_UNION, VETERANS_ASSOCIATION, TRADE_UNION;

	public String messageKey() {
		return "emulation.MassOrganisation." + name();
	}

}
