package vn.tuyengiao.system;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionGuardTest {

	@Test
	void productionRefusesH2() {
		MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:h2:file:./data/tuyengiao");
		env.setActiveProfiles("prod");
		assertThatThrownBy(() -> ProductionGuard.check(env)).hasMessageContaining("refuses to start on jdbc:h2");
	}

	@Test
	void productionNeedsADatabaseUrl() {
		MockEnvironment env = new MockEnvironment();
		env.setActiveProfiles("prod");
		assertThatThrownBy(() -> ProductionGuard.check(env)).hasMessageContaining("SPRING_DATASOURCE_URL");
	}

	@Test
	void productionRunsOnPostgresqlAndEvaluationOnH2() {
		MockEnvironment prod = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db:5432/tuyengiao");
		prod.setActiveProfiles("prod");
		assertThatCode(() -> ProductionGuard.check(prod)).doesNotThrowAnyException();
		MockEnvironment eval = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:h2:file:./data/tuyengiao");
		assertThatCode(() -> ProductionGuard.check(eval)).doesNotThrowAnyException();
	}

}
