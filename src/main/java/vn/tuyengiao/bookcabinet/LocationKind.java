package vn.tuyengiao.bookcabinet;

/**
 * Where a cabinet stands: a public reading space the public can enter, an office (seed
 * 001: "để trong phòng làm việc chung … văn phòng đảng ủy"), or elsewhere.
 */
public enum LocationKind {

	PUBLIC_READING, OFFICE, OTHER;

	public String messageKey() {
		return "bookcabinet.LocationKind." + name();
	}

}
