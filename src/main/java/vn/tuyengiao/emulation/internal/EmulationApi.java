package vn.tuyengiao.emulation.internal;

/** The one OpenAPI tag of the emulation module's REST controllers. */
final class EmulationApi {

	static final String TAG = "Mô hình, gương điển hình, khen thưởng";

	static final String TAG_DESCRIPTION = "Sổ mô hình học tập và làm theo Bác, gương điển hình, khen thưởng";

	private EmulationApi() {
	}

}
