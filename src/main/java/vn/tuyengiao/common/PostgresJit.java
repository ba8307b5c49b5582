package vn.tuyengiao.common;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

/**
 * PostgreSQL's JIT compiler off for the application's connections (unless
 * {@code tuyengiao.postgres.jit=true}). Our statements are short: pages, roll-ups and
 * reports over indexed ranges, tens to hundreds of milliseconds. The planner's cost of a
 * statement with a correlated lookup per row (the roll-up as of a date before the 2025
 * mergers looks up each changed member's status then) easily passes
 * {@code jit_above_cost}, and compiling it then costs 50–60 ms of a 220 ms answer
 * (measured on a 200,000-member province, docs/benchmarks.md) and gains nothing. Set as
 * the connection's startup option, so it holds for every connection of the pool on every
 * instance, whatever the server's postgresql.conf says.
 */
final class PostgresJit implements BeanPostProcessor {

	static final String PROPERTY = "tuyengiao.postgres.jit";

	private final Environment environment;

	PostgresJit(Environment environment) {
		this.environment = environment;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource ds && ds.getJdbcUrl() != null
				&& ds.getJdbcUrl().startsWith("jdbc:postgresql:")
				&& !this.environment.getProperty(PROPERTY, Boolean.class, false)) {
			String options = ds.getDataSourceProperties().getProperty("options");
			ds.addDataSourceProperty("options",
					(options == null || options.isBlank() ? "" : options + " ") + "-c jit=off");
		}
		return bean;
	}

}
