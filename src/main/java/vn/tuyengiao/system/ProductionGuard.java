package vn.tuyengiao.system;

import java.util.Arrays;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Refuses to start the "prod" profile on anything but PostgreSQL, before any bean (data
 * source, Flyway) exists: production data must never end up in an embedded file.
 */
class ProductionGuard implements BeanFactoryPostProcessor, EnvironmentAware {

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		check(this.environment);
	}

	static void check(Environment env) {
		if (!Arrays.asList(env.getActiveProfiles()).contains("prod")) {
			return;
		}
		String url = env.getProperty("spring.datasource.url", "");
		if (url.isBlank()) {
			throw new IllegalStateException(
					"Production profile needs PostgreSQL: set SPRING_DATASOURCE_URL (jdbc:postgresql://host:5432/db), "
							+ "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.");
		}
		if (!url.startsWith("jdbc:postgresql:")) {
			throw new IllegalStateException("Production profile refuses to start on " + url.replaceAll(";.*", "")
					+ ": only PostgreSQL (jdbc:postgresql://…) is supported in production.");
		}
	}

}
