package vn.tuyengiao.emulation;

/** The yearly assessment's verdict. Labels: {@code emulation.Effectiveness.*}. */
public enum Effectiveness {

	GOOD, FAIR, INEFFECTIVE;

	public String messageKey() {
		return "emulation.Effectiveness." + name();
	}

}
