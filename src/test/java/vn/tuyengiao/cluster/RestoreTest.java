package vn.tuyengiao.cluster;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import vn.tuyengiao.TuyenGiaoApplication;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18 item 3: the backup the README prescribes restores. The populated test database
 * is dumped with {@code pg_dump -Fc}, restored with {@code pg_restore} into a new empty
 * database, and the application starts on the copy (Flyway validates the schema history,
 * Hibernate the tables) with every table holding as many rows as the original. PostgreSQL
 * suite only.
 */
@IntegrationTest
class RestoreTest {

	static final String PG_DUMP = "/usr/bin/pg_dump";

	static final String PG_RESTORE = "/usr/bin/pg_restore";

	/**
	 * The copy's application runs its Quartz scheduler under another name (a second
	 * scheduler named alike in this JVM would take over the shared context's data
	 * source), so it writes its own job rows beside the restored ones: the Quartz tables
	 * are compared before it starts.
	 */
	static final String QUARTZ_TABLES = "qrtz_";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDumpRestoredIntoAnEmptyDatabaseStartsWithEveryRow() throws Exception {
		Assumptions.assumeTrue(TestDatabase.postgres(),
				"The restore test needs PostgreSQL (pg_dump/pg_restore): run it with -Ppostgres");
		Assumptions.assumeTrue(new File(PG_DUMP).canExecute() && new File(PG_RESTORE).canExecute(),
				"The restore test needs " + PG_DUMP + " and " + PG_RESTORE);
		String source = TestDatabase.PG_DB;
		String copy = source + "_restored";
		String[] hostPort = TestDatabase.PG_HOST.split(":");

		Map<String, Long> before = counts(this.jdbc);
		assertThat(before).containsKeys("org_unit", "member", "app_user", "flyway_schema_history");
		assertThat(before.get("member")).isPositive();
		Path dump = Files.createTempFile("tuyengiao-", ".dump");
		try {
			run(PG_DUMP, "-h", hostPort[0], "-p", hostPort[1], "-U", "postgres", "-Fc", "-f", dump.toString(), source);
			admin("drop database if exists " + copy + " with (force)");
			admin("create database " + copy + " encoding 'UTF8' template template0");
			run(PG_RESTORE, "-h", hostPort[0], "-p", hostPort[1], "-U", "postgres", "--no-owner", "--exit-on-error",
					"-d", copy, dump.toString());

			String url = "jdbc:postgresql://" + TestDatabase.PG_HOST + "/" + copy;
			try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
				assertThat(counts(new JdbcTemplate(new SingleConnectionDataSource(c, true))))
					.as("every table of the copy before the application starts")
					.isEqualTo(before);
			}
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TuyenGiaoApplication.class).run(
					"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
					"--spring.datasource.password=", "--server.port=0", "--tuyengiao.demo-data=false",
					"--spring.main.banner-mode=off", "--spring.flyway.validate-on-migrate=true",
					"--tuyengiao.cluster.scheduler-name=restored")) {
				Map<String, Long> after = counts(app.getBean(JdbcTemplate.class));
				after.keySet().removeIf(t -> t.startsWith(QUARTZ_TABLES));
				before.keySet().removeIf(t -> t.startsWith(QUARTZ_TABLES));
				assertThat(after).as("every table once the application runs on the copy").isEqualTo(before);
			}
		}
		finally {
			Files.deleteIfExists(dump);
			admin("drop database if exists " + copy + " with (force)");
		}
	}

	/** Rows in every table of the schema, by table. */
	static Map<String, Long> counts(JdbcTemplate jdbc) {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : jdbc.queryForList("select table_name from information_schema.tables "
				+ "where table_schema = 'public' and table_type = 'BASE TABLE'", String.class)) {
			counts.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
		}
		return counts;
	}

	private static void admin(String sql) throws Exception {
		try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + TestDatabase.PG_HOST + "/postgres",
				"postgres", ""); Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}

	private static void run(String... command) throws Exception {
		List<String> cmd = new ArrayList<>(List.of(command));
		Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes());
		assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(p.exitValue()).as(String.join(" ", cmd) + ": " + out).isZero();
	}

}
