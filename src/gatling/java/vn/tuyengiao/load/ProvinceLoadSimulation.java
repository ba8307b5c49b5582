package vn.tuyengiao.load;

import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Issue 18 item 2: a province's working day at a deadline. Cell secretaries on phones open
 * their cell, tick the attendance of today's meeting draft and of the study class, and
 * enter members' commitments; commune and provincial officers open roll-ups, lists and
 * the campaign pages, and download reports (.docx, .pdf, .xlsx). Every virtual user logs
 * in through the login form (CSRF token from the page) with its own account from the
 * feeders written by {@code bench --only load}; a secretary has a cell of its own, so no
 * two users write the same rows. The users are spread round robin over the instances in
 * {@code load.baseUrls}. Parameters (system properties): {@code load.users} (200),
 * {@code load.duration} seconds (300), {@code load.ramp} seconds (30), {@code load.data}
 * (the feeders' directory), {@code load.baseUrls} (comma-separated).
 */
public class ProvinceLoadSimulation extends Simulation {

	static final int USERS = Integer.getInteger("load.users", 200);

	static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("load.duration", 300));

	static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("load.ramp", 30));

	static final String DATA = System.getProperty("load.data", "target/load");

	static final List<String> BASE_URLS = Arrays
		.asList(System.getProperty("load.baseUrls", "http://127.0.0.1:8181,http://127.0.0.1:8182").split(","));

	/** Pages a user waits for (target: p95 < 500 ms, p99 < 1.5 s). */
	static final List<String> PAGES = new ArrayList<>();

	/** Report downloads (target: p95 < 2 s). */
	static final List<String> DOWNLOADS = new ArrayList<>();

	/** Logged in and not an error page: the layout's "log out" link. */
	static final CheckBuilder LOGGED_IN = substring("Đăng xuất");

	static final CheckBuilder NOT_LOGIN = currentLocationRegex(".*/login.*").notExists();

	static String page(String name) {
		if (!PAGES.contains(name)) {
			PAGES.add(name);
		}
		return name;
	}

	/**
	 * A form post answered by a redirect: Gatling times the followed page on its own, as
	 * "… Redirect 1", and that is a page the user waits for too.
	 */
	static String posted(String name) {
		page(name + " Redirect 1");
		return page(name);
	}

	static String download(String name) {
		if (!DOWNLOADS.contains(name)) {
			DOWNLOADS.add(name);
		}
		return name;
	}

	HttpProtocolBuilder protocol = http.baseUrls(BASE_URLS)
		.acceptLanguageHeader("vi-VN,vi;q=0.9")
		.acceptEncodingHeader("gzip, deflate")
		.userAgentHeader("Mozilla/5.0 (Linux; Android 13) TuyenGiao load test")
		.disableCaching();

	static ChainBuilder login() {
		return exec(http(page("login page")).get("/login")
			.check(status().is(200), substring("Đăng nhập"), css("input[name=_csrf]", "value").saveAs("csrf")))
			.pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
			.exec(http(posted("login")).post("/login")
				.formParam("username", "#{username}")
				.formParam("password", "#{password}")
				.formParam("_csrf", "#{csrf}")
				.check(status().is(200), NOT_LOGIN, LOGGED_IN));
	}

	// ---- cell secretaries (phones)

	static final ChainBuilder MEETING = exec(http(page("cell meetings")).get("/meetings/cells/#{cellId}")
		.check(status().is(200), LOGGED_IN, substring("Sinh hoạt chi bộ")))
		.pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
		.exec(http(page("meeting form")).get("/meetings/#{meetingId}")
			.check(status().is(200), LOGGED_IN, css("#meeting-form input[name=version]", "value").saveAs("version"),
					css("#meeting-form input[name=heldOn]", "value").saveAs("heldOn"),
					css("#meeting-form input[name=kind]", "value").saveAs("kind"),
					css("#meeting-form input[name=rollIds]", "value").findAll().saveAs("roll"),
					css("#meeting-form input[name=_csrf]", "value").saveAs("csrf")))
		.pause(Duration.ofSeconds(8), Duration.ofSeconds(20))
		.exec(session -> session.set("present", mostOf(session.getList("roll"))))
		.exec(http(posted("meeting save")).post("/meetings/#{meetingId}")
			.formParam("_csrf", "#{csrf}")
			.formParam("heldOn", "#{heldOn}")
			.formParam("kind", "#{kind}")
			.formParam("version", "#{version}")
			.formParam("action", "draft")
			.multivaluedFormParam("rollIds", "#{roll}")
			.multivaluedFormParam("present", "#{present}")
			.check(status().is(200), LOGGED_IN, substring("Đã lưu nháp biên bản sinh hoạt")));

	static final ChainBuilder STUDY_CHECKLIST = exec(
			http(page("study checklist")).get("/study/sessions/#{sessionId}/cells/#{cellId}")
				.check(status().is(200), LOGGED_IN, substring("Điểm danh"),
						css("input[name=present]:not([disabled])", "value").findAll().saveAs("listed"),
						css("input[name=_csrf]", "value").saveAs("csrf")))
		.pause(Duration.ofSeconds(6), Duration.ofSeconds(15))
		.exec(session -> session.set("ticked", mostOf(session.getList("listed"))))
		.exec(http(posted("study checklist save")).post("/study/sessions/#{sessionId}/cells/#{cellId}")
			.formParam("_csrf", "#{csrf}")
			.multivaluedFormParam("present", "#{ticked}")
			.check(status().is(200), LOGGED_IN, substring("Đã lưu điểm danh")));

	static final ChainBuilder COMMITMENT = exec(session -> {
		String[] ids = session.getString("memberIds").split(";");
		return session.remove("commitmentVersion")
			.set("memberId", ids[ThreadLocalRandom.current().nextInt(ids.length)]);
	}).exec(http(page("commitment entry"))
		.get("/commitments/campaigns/#{commitmentCampaignId}/members/#{memberId}?mode=TEXT")
		.check(status().is(200), LOGGED_IN, substring("Bản cam kết của"),
				css("#text-entry input[name=version]", "value").optional().saveAs("commitmentVersion"),
				css("#text-entry input[name=_csrf]", "value").saveAs("csrf")))
		.pause(Duration.ofSeconds(20), Duration.ofSeconds(40))
		.exec(http(posted("commitment save"))
			.post("/commitments/campaigns/#{commitmentCampaignId}/members/#{memberId}/text")
			.formParam("_csrf", "#{csrf}")
			.formParam("version", session -> session.contains("commitmentVersion")
					? session.getString("commitmentVersion") : "")
			.formParam("text", ProvinceLoadSimulation::commitmentText)
			.check(status().is(200), LOGGED_IN, substring("Đã lưu bản cam kết")));

	static final ScenarioBuilder SECRETARIES = scenario("Bí thư chi bộ (điện thoại)")
		.feed(csv(DATA + "/secretaries.csv").queue())
		.exec(login())
		.exitHereIfFailed()
		.during(DURATION)
		.on(randomSwitch().on(percent(45).then(exitBlockOnFail().on(MEETING)),
				percent(25).then(exitBlockOnFail().on(STUDY_CHECKLIST)),
				percent(30).then(exitBlockOnFail().on(COMMITMENT)))
			.pause(Duration.ofSeconds(5), Duration.ofSeconds(15)));

	// ---- officers (commune and province)

	static ChainBuilder officerPage(String name, String url, String expected) {
		return exec(http(page(name)).get(url).check(status().is(200), LOGGED_IN, substring(expected)))
			.pause(Duration.ofSeconds(5), Duration.ofSeconds(15));
	}

	static ChainBuilder report(String name, String url, String mediaType) {
		return exec(http(download(name)).get(url)
			.check(status().is(200), header("Content-Type").transform(v -> v.startsWith(mediaType)).is(true),
					bodyBytes().transform(b -> b.length).gt(1000)))
			.pause(Duration.ofSeconds(5), Duration.ofSeconds(15));
	}

	static final ChainBuilder OFFICER_ROUND = randomSwitch().on(
			percent(22).then(officerPage("meeting roll-up", "/meetings?unit=#{unitId}", "Sinh hoạt chi bộ: ")),
			percent(18).then(officerPage("study roll-up", "/study/campaigns/#{studyCampaignId}?unit=#{unitId}",
							"Chuyên đề học tập và làm theo")),
			percent(14).then(officerPage("commitments roll-up", "/commitments/campaigns/#{commitmentCampaignId}?unit=#{unitId}",
							"Cam kết tu dưỡng")),
			percent(12).then(officerPage("member list", "/members?unit=#{unitId}", "Đảng viên")),
			percent(8).then(officerPage("member search", "/members?unit=#{unitId}&q=nguyen", "Đảng viên")),
			percent(6).then(officerPage("study missing list",
					"/study/campaigns/#{studyCampaignId}/missing?unit=#{unitId}", "Chuyên đề học tập")),
			percent(6).then(report("study report .docx",
					"/study/campaigns/#{studyCampaignId}/report.docx?unit=#{unitId}",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
			percent(5).then(report("study report .pdf", "/study/campaigns/#{studyCampaignId}/report.pdf?unit=#{unitId}",
							"application/pdf")),
			percent(5).then(report("meeting roll-up .xlsx", "/meetings.xlsx?unit=#{unitId}",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
			percent(4).then(report("study missing .xlsx",
					"/study/campaigns/#{studyCampaignId}/missing.xlsx?unit=#{unitId}",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")));

	static final ScenarioBuilder COMMUNE_OFFICERS = scenario("Cán bộ tuyên giáo xã")
		.feed(csv(DATA + "/officers-commune.csv").queue())
		.exec(login())
		.exitHereIfFailed()
		.during(DURATION)
		.on(OFFICER_ROUND);

	static final ScenarioBuilder PROVINCE_OFFICERS = scenario("Cán bộ Ban Tuyên giáo tỉnh")
		.feed(csv(DATA + "/officers-province.csv").queue())
		.exec(login())
		.exitHereIfFailed()
		.during(DURATION)
		.on(OFFICER_ROUND);

	{
		int province = Math.max(1, USERS / 10);
		int commune = Math.max(1, USERS * 2 / 10);
		int secretaries = Math.max(1, USERS - province - commune);
		setUp(SECRETARIES.injectOpen(rampUsers(secretaries).during(RAMP)),
				COMMUNE_OFFICERS.injectOpen(rampUsers(commune).during(RAMP)),
				PROVINCE_OFFICERS.injectOpen(rampUsers(province).during(RAMP)))
			.protocols(this.protocol)
			.assertions(assertions());
	}

	static List<Assertion> assertions() {
		List<Assertion> a = new ArrayList<>();
		a.add(global().failedRequests().count().is(0L));
		for (String p : PAGES) {
			a.add(details(p).allRequests().count().gte(0L));
			a.add(details(p).failedRequests().count().is(0L));
			a.add(details(p).responseTime().percentile(95.0).lt(500));
			a.add(details(p).responseTime().percentile(99.0).lt(1500));
		}
		for (String d : DOWNLOADS) {
			a.add(details(d).allRequests().count().gte(0L));
			a.add(details(d).failedRequests().count().is(0L));
			a.add(details(d).responseTime().percentile(95.0).lt(2000));
		}
		return a;
	}

	/** Most of a roll ticked present (85–100 %), as a secretary does at a meeting. */
	static List<String> mostOf(List<Object> roll) {
		List<String> out = new ArrayList<>();
		ThreadLocalRandom r = ThreadLocalRandom.current();
		int absentPercent = r.nextInt(16);
		for (Object id : roll) {
			if (r.nextInt(100) >= absentPercent) {
				out.add(String.valueOf(id));
			}
		}
		return out;
	}

	static final String[] RESOLVES = { "gương mẫu thực hiện nghị quyết của chi bộ", "tham gia đầy đủ sinh hoạt chi bộ",
			"học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "giữ gìn đoàn kết nội bộ",
			"vận động gia đình chấp hành chủ trương của Đảng, pháp luật của Nhà nước", "đóng đảng phí đầy đủ, đúng hạn",
			"tham gia xây dựng nông thôn mới ở khu dân cư", "tiết kiệm, chống lãng phí trong công việc" };

	static String commitmentText(Session session) {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		StringBuilder b = new StringBuilder("BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026\n\n");
		b.append("Tôi là đảng viên số ").append(session.getString("memberId")).append(", sinh hoạt tại chi bộ số ")
			.append(session.getString("cellId"))
			.append(". Căn cứ kế hoạch của chi bộ, tôi xin cam kết:\n");
		for (int i = 1; i <= 4; i++) {
			b.append(i)
				.append(". Tôi cam kết ")
				.append(RESOLVES[r.nextInt(RESOLVES.length)])
				.append(", phấn đấu hoàn thành ")
				.append(70 + r.nextInt(31))
				.append("% chỉ tiêu được giao trong quý ")
				.append(1 + r.nextInt(4))
				.append(".\n");
		}
		b.append("\nTôi xin chịu sự giám sát của chi bộ và quần chúng nơi cư trú.");
		return b.toString();
	}

}
