package vn.tuyengiao;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is a module; only its root package is public. This turns a
 * violation into a failure.
 */
class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(TuyenGiaoApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
		this.modules.verify();
	}

	@Test
	void writesModuleDiagrams() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
