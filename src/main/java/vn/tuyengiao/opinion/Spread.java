package vn.tuyengiao.opinion;

/**
 * How far it has spread (phạm vi lan tỏa): within a hamlet, the commune, wider, or
 * online.
 */
public enum Spread {

	HAMLET, COMMUNE, WIDER, ONLINE;

	public String messageKey() {
		return "opinion.spread." + name();
	}

}
