package vn.tuyengiao.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SystemConfig {

	@Bean
	static ProductionGuard productionGuard() {
		return new ProductionGuard();
	}

}
