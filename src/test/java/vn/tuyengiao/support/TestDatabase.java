package vn.tuyengiao.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the integration suite at H2 (default) or PostgreSQL
 * ({@code -Dtuyengiao.test.db=postgres}, set by the Maven profile "postgres"). On
 * PostgreSQL a fresh database is created once per test run.
 * <p>
 * A context that sets the property {@code tuyengiao.test.db-name} (letters, digits,
 * underscore) gets its own database, named with that suffix ({@code tuyengiao_browser},
 * {@code tuyengiao_test_browser}), so it can build its own fixture beside the shared one
 * (e.g. the browser tests' real-server context).
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String PG_HOST = System.getProperty("tuyengiao.test.pg.host", "127.0.0.1:5432");

	/**
	 * The shared test database; {@code -Dtuyengiao.test.pg.db=…} gives a parallel
	 * checkout its own.
	 */
	public static final String PG_DB = System.getProperty("tuyengiao.test.pg.db", "tuyengiao_test");

	/**
	 * Property naming a separate database for one context; empty (the default) is the
	 * shared database.
	 */
	public static final String DB_NAME_PROPERTY = "tuyengiao.test.db-name";

	private static final Set<String> pgPrepared = new HashSet<>();

	public static boolean postgres() {
		return "postgres".equalsIgnoreCase(System.getProperty("tuyengiao.test.db", "h2"));
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String suffix = context.getEnvironment().getProperty(DB_NAME_PROPERTY, "").strip();
		if (!suffix.matches("[A-Za-z0-9_]*")) {
			throw new IllegalArgumentException(DB_NAME_PROPERTY + " may hold only letters, digits and '_': " + suffix);
		}
		suffix = suffix.isEmpty() ? "" : "_" + suffix.toLowerCase(Locale.ROOT);
		Map<String, Object> props;
		if (postgres()) {
			String db = PG_DB + suffix;
			preparePostgres(db);
			props = Map.of("spring.datasource.url",
					"jdbc:postgresql://" + PG_HOST + "/" + db + "?reWriteBatchedInserts=true",
					"spring.datasource.username", "postgres", "spring.datasource.password", "");
		}
		else {
			props = Map.of("spring.datasource.url", "jdbc:h2:mem:tuyengiao" + suffix
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
					"spring.datasource.username", "sa", "spring.datasource.password", "");
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", props));
	}

	private static synchronized void preparePostgres(String db) {
		if (pgPrepared.contains(db)) {
			return;
		}
		try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + PG_HOST + "/postgres", "postgres", "");
				Statement s = c.createStatement()) {
			s.execute("drop database if exists " + db + " with (force)");
			s.execute("create database " + db + " encoding 'UTF8' template template0");
		}
		catch (Exception ex) {
			throw new IllegalStateException(
					"PostgreSQL suite requested but no server at " + PG_HOST + ": " + ex.getMessage(), ex);
		}
		pgPrepared.add(db);
	}

}
