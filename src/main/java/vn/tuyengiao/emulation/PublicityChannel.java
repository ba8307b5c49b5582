package vn.tuyengiao.emulation;

/** Where an exemplar's story was told. Labels: {@code emulation.PublicityChannel.*}. */
public enum PublicityChannel {

	RADIO, TELEVISION, NEWSPAPER, WEB_PAGE, FACEBOOK, ZALO, FANPAGE;

	public String messageKey() {
		return "emulation.PublicityChannel." + name();
	}

}
