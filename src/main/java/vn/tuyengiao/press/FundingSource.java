package vn.tuyengiao.press;

/** Who pays: the budget, the share of party fees kept by the unit, or the unit itself. */
public enum FundingSource {

	BUDGET, PARTY_FEE, SELF_FUNDED;

	public String messageKey() {
		return "press.funding." + name();
	}

}
