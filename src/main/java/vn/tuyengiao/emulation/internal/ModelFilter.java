package vn.tuyengiao.emulation.internal;

import vn.tuyengiao.emulation.ModelService;
import vn.tuyengiao.emulation.ModelStatus;
import vn.tuyengiao.emulation.Movement;

/** The register page's filters, as its query parameters name them; every one optional. */
record ModelFilter(Long unit, Integer year, Long group, ModelStatus status, Movement movement, String q) {

	ModelService.Filter filter() {
		return new ModelService.Filter(this.unit, this.year, this.group, this.status, this.movement, this.q);
	}

}
