package vn.tuyengiao.cluster;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.tuyengiao.TuyenGiaoApplication;
import vn.tuyengiao.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL database, as in production behind a proxy without
 * sticky sessions: instance A is a separate JVM (so it can be killed like kill -9),
 * instance B runs in this JVM. A user logs in on A and goes on with the same cookie on B;
 * a member import started on A is followed on B; A is killed while the import is running,
 * and B runs it again to the end, once. Runs in the PostgreSQL suite only (an H2 database
 * is not shared between processes).
 */
@Tag("db")
class TwoInstancesTest {

	private static final String PASSWORD = "Cum-thu-2026!";

	private static final int MEMBERS = 400;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private String cookie;

	@Test
	void aUserAndAnImportGoOnWhenTheInstanceServingThemIsKilled() throws Exception {
		Assumptions.assumeTrue(TestDatabase.postgres(),
				"Two instances need a database two processes share: run with -Ppostgres");
		try (Cluster c = startCluster("cluster", "10m")) {
			String onA = c.onA();
			String onB = c.onB();
			JdbcTemplate jdbc = c.jdbc();
			Scheduler bScheduler = c.bScheduler();
			Process a = c.a();
			login(onA);
			assertThat(get(onB + "/members").statusCode()).as("the session made on A is known to B").isEqualTo(200);

			String jobId = uploadMembers(onA, 9900_0000);
			HttpResponse<String> progressOnB = get(onB + "/imports/" + jobId);
			assertThat(progressOnB.statusCode()).isEqualTo(200);
			assertThat(progressOnB.body()).contains("cum-thu.csv");
			await(Duration.ofMinutes(2),
					() -> "VALIDATING"
						.equals(jdbc.queryForObject("select state from import_job where id = ?", String.class, jobId)),
					"A holds the import after reading it");

			a.destroyForcibly().waitFor();
			bScheduler.start();

			await(Duration.ofMinutes(3),
					() -> get(onB + "/imports/" + jobId + "/status").body().contains("id=\"import-done\""),
					"B finishes the import");
			assertThat(jdbc.queryForObject("select count(*) from member where card_number like '9900%'", Integer.class))
				.as("every member written once")
				.isEqualTo(MEMBERS);
			assertThat(jdbc.queryForObject("select attempts from import_job where id = ?", Integer.class, jobId))
				.isEqualTo(2);
			assertThat(jdbc.queryForObject("select instance_name from import_job where id = ?", String.class, jobId))
				.isEqualTo(bScheduler.getSchedulerInstanceId());
			assertThat(get(onB + "/members").statusCode()).as("the session outlives instance A").isEqualTo(200);
		}
	}

	/**
	 * A rolling deploy: instance A is stopped (SIGTERM) while it runs an import. It
	 * finishes the import before it exits, once, while the user goes on on B with the
	 * same session.
	 */
	@Test
	void aRollingDeployLetsTheRunningImportFinishOnceAndKeepsTheSession() throws Exception {
		Assumptions.assumeTrue(TestDatabase.postgres(),
				"Two instances need a database two processes share: run with -Ppostgres");
		try (Cluster c = startCluster("rolling", "8s")) {
			String onA = c.onA();
			String onB = c.onB();
			JdbcTemplate jdbc = c.jdbc();
			Scheduler bScheduler = c.bScheduler();
			Process a = c.a();
			login(onA);
			String jobId = uploadMembers(onA, 9901_0000);
			await(Duration.ofMinutes(2),
					() -> "VALIDATING"
						.equals(jdbc.queryForObject("select state from import_job where id = ?", String.class, jobId)),
					"A holds the import after reading it");

			a.destroy();
			// While A drains, the user goes on on B.
			assertThat(get(onB + "/members").statusCode()).isEqualTo(200);
			assertThat(a.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)).as("A stops").isTrue();
			bScheduler.start();

			assertThat(get(onB + "/imports/" + jobId + "/status").body()).as("A finished the import before it exited")
				.contains("id=\"import-done\"");
			assertThat(jdbc.queryForObject("select count(*) from member where card_number like '9901%'", Integer.class))
				.as("every member written once")
				.isEqualTo(MEMBERS);
			assertThat(jdbc.queryForObject("select attempts from import_job where id = ?", Integer.class, jobId))
				.isEqualTo(1);
			assertThat(jdbc.queryForObject("select instance_name from import_job where id = ?", String.class, jobId))
				.isNotEqualTo(bScheduler.getSchedulerInstanceId());
			assertThat(get(onB + "/members").statusCode()).as("the session outlives instance A").isEqualTo(200);
		}
	}

	/**
	 * Instance B in this JVM (its scheduler on standby, so that A claims the import: A
	 * would win the race anyway, it is told at once), the test's units imported, and
	 * instance A started and ready; closing stops both.
	 */
	private record Cluster(ConfigurableApplicationContext b, String onB, JdbcTemplate jdbc, Scheduler bScheduler,
			Process a, String onA) implements AutoCloseable {

		@Override
		public void close() {
			this.a.destroyForcibly();
			this.b.close();
		}

	}

	private Cluster startCluster(String dbName, String holdAfterReading) throws Exception {
		ConfigurableApplicationContext b = startInstanceB(dbName);
		String onB = "http://127.0.0.1:" + b.getEnvironment().getProperty("local.server.port");
		Scheduler bScheduler = b.getBean(Scheduler.class);
		bScheduler.standby();
		importUnits(onB);
		int portA = freePort();
		String onA = "http://127.0.0.1:" + portA;
		Process a = startInstanceA(b.getEnvironment().getProperty("spring.datasource.url"), portA, holdAfterReading);
		Cluster c = new Cluster(b, onB, b.getBean(JdbcTemplate.class), bScheduler, a, onA);
		try {
			await(Duration.ofMinutes(5), () -> status(onA + "/actuator/health/readiness") == 200, "A ready");
		}
		catch (InterruptedException | AssertionError ex) {
			c.close();
			throw ex;
		}
		return c;
	}

	private static ConfigurableApplicationContext startInstanceB(String dbName) {
		return new SpringApplicationBuilder(TuyenGiaoApplication.class).initializers(new TestDatabase())
			// Arguments, not default properties: those would lose to application.yml.
			.run("--tuyengiao.test.db-name=" + dbName, "--server.port=0", "--tuyengiao.demo-data=false",
					"--spring.main.banner-mode=off", "--TUYENGIAO_ADMIN_PASSWORD=" + PASSWORD,
					"--tuyengiao.cluster.checkin-interval=1s");
	}

	private Process startInstanceA(String dbUrl, int port, String hold) throws IOException {
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		File log = new File("target/two-instances-a-" + port + ".log");
		return new ProcessBuilder(List.of(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
				TuyenGiaoApplication.class.getName(), "--server.port=" + port, "--spring.datasource.url=" + dbUrl,
				"--spring.datasource.username=postgres", "--spring.datasource.password=", "--tuyengiao.demo-data=false",
				"--spring.main.banner-mode=off", "--TUYENGIAO_ADMIN_PASSWORD=" + PASSWORD,
				"--tuyengiao.cluster.checkin-interval=1s", "--tuyengiao.import.hold-after-reading=" + hold))
			.redirectErrorStream(true)
			.redirectOutput(log)
			.start();
	}

	private void importUnits(String base) throws Exception {
		String csv = """
				Mã đơn vị,Tên tổ chức đảng,Loại,Mã đơn vị cấp trên,Hiệu lực từ
				CT,Tỉnh ủy Cụm Thử,Tỉnh ủy,,01/07/2025
				CT.BA,Đảng ủy xã Bình An,Đảng ủy xã,CT,01/07/2025
				CT.BA.CB1,Chi bộ ấp Bình An 1,Chi bộ trực thuộc,CT.BA,01/07/2025
				""";
		String boundary = "----cum" + UUID.randomUUID();
		HttpResponse<String> res = this.http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/units/import"))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, null, "don-vi.csv", csv)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
	}

	private void login(String base) throws Exception {
		String csrf = csrf(get(base + "/login").body());
		String form = "username=admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		HttpResponse<String> res = send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(res.statusCode()).isEqualTo(302);
		assertThat(res.headers().firstValue("Location").orElse("")).doesNotContain("error");
	}

	private String uploadMembers(String base, int firstCard) throws Exception {
		String csrf = csrf(get(base + "/members/import").body());
		StringBuilder csv = new StringBuilder(
				"Họ và tên,Giới tính,Ngày sinh,Số thẻ đảng viên,Ngày vào Đảng,Ngày chính thức,Mã chi bộ,Chức vụ,Chức trách nhiệm vụ,Tình trạng,Từ ngày,Cán bộ hưu\n");
		String[] families = { "Trần", "Nguyễn", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi" };
		String[] middles = { "Văn", "Thị", "Minh", "Hữu", "Ngọc" };
		String[] givens = { "Bình", "An", "Hòa", "Phúc", "Lộc", "Thảo", "Nghĩa", "Tâm", "Xuân", "Hạnh" };
		for (int i = 0; i < MEMBERS; i++) {
			// Names are letters only (the import refuses digits): 8 × 5 × 10 = 400
			// different ones.
			csv.append(families[i % 8])
				.append(' ')
				.append(middles[i / 8 % 5])
				.append(' ')
				.append(givens[i / 40 % 10])
				.append(",Nam,01/01/1970,")
				.append(firstCard + i)
				.append(",01/01/1995,01/01/1996,CT.BA.CB1,Đảng viên,,Đang sinh hoạt,,Không\n");
		}
		String boundary = "----cum" + UUID.randomUUID();
		HttpResponse<String> res = send(HttpRequest.newBuilder(URI.create(base + "/members/import"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, csrf, "cum-thu.csv", csv.toString()))));
		assertThat(res.statusCode()).as(res.body()).isEqualTo(302);
		String location = res.headers().firstValue("Location").orElseThrow();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private static byte[] multipart(String boundary, String csrf, String fileName, String content) {
		StringBuilder b = new StringBuilder();
		if (csrf != null) {
			b.append("--")
				.append(boundary)
				.append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
				.append(csrf)
				.append("\r\n");
		}
		b.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
			.append(fileName)
			.append("\"\r\nContent-Type: text/csv\r\n\r\n")
			.append(content)
			.append("\r\n--")
			.append(boundary)
			.append("--\r\n");
		return b.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String csrf(String html) {
		Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"")
			.matcher(html);
		assertThat(m.find()).as("a CSRF token on the page").isTrue();
		return m.group(1) != null ? m.group(1) : m.group(2);
	}

	private HttpResponse<String> get(String url) {
		try {
			return send(HttpRequest.newBuilder(URI.create(url)).GET());
		}
		catch (Exception ex) {
			throw new IllegalStateException(url, ex);
		}
	}

	private int status(String url) {
		try {
			return this.http
				.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (Exception ex) {
			return -1;
		}
	}

	/**
	 * Sends with the session cookie, keeping the one the server sets (login changes it).
	 */
	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		if (this.cookie != null) {
			request.header("Cookie", this.cookie);
		}
		HttpResponse<String> res = this.http.send(request.timeout(Duration.ofSeconds(60)).build(),
				HttpResponse.BodyHandlers.ofString());
		res.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("SESSION="))
			.findFirst()
			.ifPresent(c -> this.cookie = c.substring(0, c.indexOf(';')));
		return res;
	}

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

	private static void await(Duration limit, BooleanSupplier condition, String what) throws InterruptedException {
		long end = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < end) {
			if (condition.getAsBoolean()) {
				return;
			}
			Thread.sleep(500);
		}
		throw new AssertionError("Not within " + limit + ": " + what);
	}

}
