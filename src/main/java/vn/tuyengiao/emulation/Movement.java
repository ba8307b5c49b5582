package vn.tuyengiao.emulation;

/**
 * The movement a model is registered under: Directive 05's, the skilful mass mobilisation
 * one, or a mass organisation's own (registered for comparison only). Labels:
 * {@code emulation.Movement.*}.
 */
public enum Movement {

	HO_CHI_MINH, DAN_VAN_KHEO, MASS_ORGANISATION;

	public String messageKey() {
		return "emulation.Movement." + name();
	}

}
