package vn.tuyengiao.emulation;

/**
 * Why a model was taken off the register (rà soát, sàng lọc, loại bỏ). Labels:
 * {@code emulation.RetireReason.*}.
 */
public enum RetireReason {

	INEFFECTIVE, OUTDATED, COMPLETED;

	public String messageKey() {
		return "emulation.RetireReason." + name();
	}

}
