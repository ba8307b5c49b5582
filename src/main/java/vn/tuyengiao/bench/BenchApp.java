package vn.tuyengiao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One phase's application: a freshly (re)created bench database, then the real Spring
 * context on it with demo data off and the web server on a random port.
 */
final class BenchApp implements AutoCloseable {

	final BenchOptions options;

	final ConfigurableApplicationContext context;

	final JdbcTemplate jdbc;

	final String url;

	final long startMillis;

	private final Path h2Dir;

	private BenchApp(BenchOptions options, String url, Path h2Dir, ConfigurableApplicationContext context,
			long startMillis) {
		this.options = options;
		this.url = url;
		this.h2Dir = h2Dir;
		this.context = context;
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.startMillis = startMillis;
	}

	/**
	 * The application's main class, handed over by
	 * {@link BenchCommand#run(String[], Class)} so this module does not depend on the
	 * root package (which depends on it to dispatch the command).
	 */
	static volatile Class<?> applicationClass;

	static BenchApp start(BenchOptions o) throws Exception {
		String url = o.url();
		Path h2Dir = null;
		if (o.keepData()) {
			// iterate on the data of an earlier run (search/tree only)
		}
		else if (o.postgres()) {
			recreatePostgres(url, o.user(), o.password());
		}
		else if (url == null) {
			h2Dir = Files.createTempDirectory("tuyengiao-bench-h2");
			url = "jdbc:h2:file:" + h2Dir.resolve("bench").toAbsolutePath()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		}
		else {
			recreateH2(url, o.user(), o.password());
		}
		List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url,
				"--spring.datasource.username=" + o.user(), "--spring.datasource.password=" + o.password(),
				"--tuyengiao.demo-data=false", "--server.port=0", "--TUYENGIAO_ADMIN_PASSWORD=BenchAdmin2026",
				"--tuyengiao.import.max-file-mb=200", "--spring.servlet.multipart.max-file-size=200MB",
				"--logging.level.root=WARN", "--logging.level.vn.tuyengiao=INFO",
				"--spring.datasource.hikari.maximum-pool-size=10"));
		long t0 = System.nanoTime();
		SpringApplication app = new SpringApplication(applicationClass);
		app.setBannerMode(Banner.Mode.OFF);
		ConfigurableApplicationContext ctx = app.run(args.toArray(String[]::new));
		long startMillis = (System.nanoTime() - t0) / 1_000_000;
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bench", null, List.of()));
		return new BenchApp(o, url, h2Dir, ctx, startMillis);
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	int port() {
		return Integer.parseInt(this.context.getEnvironment().getProperty("local.server.port", "0"));
	}

	boolean postgres() {
		return this.options.postgres();
	}

	String databaseVersion() {
		return this.jdbc.queryForObject(postgres() ? "select version()" : "select h2version()", String.class);
	}

	/**
	 * After a bulk load, what autovacuum does a little later on its own: planner
	 * statistics, and on PostgreSQL the visibility map, without which no index-only scan
	 * is possible.
	 */
	void analyze() {
		this.jdbc.execute(postgres() ? "vacuum analyze" : "analyze");
	}

	@Override
	public void close() {
		SecurityContextHolder.clearContext();
		this.context.close();
		if (this.h2Dir != null) {
			try (Stream<Path> files = Files.walk(this.h2Dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
			catch (IOException ignored) {
				// a temp dir left behind is harmless
			}
		}
	}

	/**
	 * Drops and creates the bench database; refuses any database whose name does not say
	 * it is a bench.
	 */
	static void recreatePostgres(String url, String user, String password) throws Exception {
		String rest = url.substring("jdbc:postgresql://".length());
		int slash = rest.indexOf('/');
		String host = rest.substring(0, slash);
		String db = rest.substring(slash + 1);
		int q = db.indexOf('?');
		String params = q < 0 ? "" : db.substring(q);
		db = q < 0 ? db : db.substring(0, q);
		if (!db.matches("[a-z0-9_]*bench[a-z0-9_]*")) {
			throw new IllegalArgumentException("Từ chối xóa cơ sở dữ liệu \"" + db
					+ "\": tên cơ sở dữ liệu đo phải chứa \"bench\" (chữ thường, số, _).");
		}
		try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + "/postgres" + params, user,
				password); Statement s = c.createStatement()) {
			s.execute("drop database if exists " + db + " with (force)");
			s.execute("create database " + db + " encoding 'UTF8' template template0");
		}
	}

	private static void recreateH2(String url, String user, String password) throws Exception {
		try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
			s.execute("drop all objects");
		}
	}

}
