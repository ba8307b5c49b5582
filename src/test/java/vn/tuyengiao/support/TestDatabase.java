package vn.tuyengiao.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the integration suite at H2 (default) or PostgreSQL ({@code -Dtuyengiao.test.db=postgres}, set by the
 * Maven profile "postgres"). On PostgreSQL a fresh database is created once per test run.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String PG_HOST = System.getProperty("tuyengiao.test.pg.host", "127.0.0.1:5432");

	public static final String PG_DB = "tuyengiao_test";

	private static boolean pgPrepared;

	public static boolean postgres() {
		return "postgres".equalsIgnoreCase(System.getProperty("tuyengiao.test.db", "h2"));
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> props;
		if (postgres()) {
			preparePostgres();
			props = Map.of("spring.datasource.url", "jdbc:postgresql://" + PG_HOST + "/" + PG_DB,
					"spring.datasource.username", "postgres", "spring.datasource.password", "");
		}
		else {
			props = Map.of("spring.datasource.url",
					"jdbc:h2:mem:tuyengiao;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
					"spring.datasource.username", "sa", "spring.datasource.password", "");
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", props));
	}

	private static synchronized void preparePostgres() {
		if (pgPrepared) {
			return;
		}
		try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + PG_HOST + "/postgres", "postgres", "");
				Statement s = c.createStatement()) {
			s.execute("drop database if exists " + PG_DB + " with (force)");
			s.execute("create database " + PG_DB + " encoding 'UTF8' template template0");
		}
		catch (Exception ex) {
			throw new IllegalStateException("PostgreSQL suite requested but no server at " + PG_HOST + ": " + ex.getMessage(), ex);
		}
		pgPrepared = true;
	}

}
