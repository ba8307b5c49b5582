package vn.tuyengiao.emulation;

/** The form of an award. Labels: {@code emulation.AwardForm.*}. */
public enum AwardForm {

	COMMENDATION, CERTIFICATE, MERIT, EMULATION_FLAG, MEDAL;

	public String messageKey() {
		return "emulation.AwardForm." + name();
	}

}
