package vn.tuyengiao.bookcabinet;

/** A borrower: a resident named with the hamlet, or a party member on the roll. */
public enum BorrowerKind {

	RESIDENT, MEMBER;

	public String messageKey() {
		return "bookcabinet.BorrowerKind." + name();
	}

}
