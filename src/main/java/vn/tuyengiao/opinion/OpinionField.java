package vn.tuyengiao.opinion;

/** The field an opinion belongs to (lĩnh vực). */
public enum OpinionField {

	POLITICS, ECONOMY, CULTURE_SOCIETY, DEFENCE_SECURITY, PARTY_BUILDING;

	public String messageKey() {
		return "opinion.field." + name();
	}

}
