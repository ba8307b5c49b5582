package vn.tuyengiao.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.UnitMembership;
import vn.tuyengiao.org.UnitTree;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.UserService;

/**
 * Target 3: the tree page of a province of 200,000 members in under 300 ms:
 * {@link OrgUnits#tree} directly (with its two queries timed apart), then the real page
 * {@code GET /units?root=…} over HTTP after a form login as an officer of the province.
 */
final class TreeBench {

	private static final int WARMUP = 5;

	private static final int RUNS = 30;

	private static final String PASSWORD = "BenchTinh2026";

	private final BenchApp app;

	TreeBench(BenchApp app) {
		this.app = app;
	}

	Result run(long provinceId) throws Exception {
		OrgUnits org = this.app.bean(OrgUnits.class);
		UnitMembership membership = this.app.bean(UnitMembership.class);
		String path = org.get(provinceId).getPath();
		Scope scope = new Scope("bench.tinh", path, provinceId, true, true, false);
		UnitTree tree = org.tree(scope, provinceId, false);
		long members = tree.root().totalMembers();
		long totalMembers = this.app.jdbc.queryForObject("select count(*) from member", Long.class);
		Result r = new Result("Cây tổ chức / Organisation tree (province of " + Stats.n(members) + " current members)");
		r.line("- Province \"" + tree.root().unit().getName() + "\": " + Stats.n(tree.size()) + " open units, "
				+ Stats.n(members) + " current members (rolled up), database holds " + Stats.n(totalMembers)
				+ " members.");
		String load = Stats.loadAverage();
		List<Double> treeMs = new ArrayList<>();
		List<Double> subtreeMs = new ArrayList<>();
		List<Double> countsMs = new ArrayList<>();
		for (int i = 0; i < WARMUP + RUNS; i++) {
			long t0 = System.nanoTime();
			org.tree(scope, provinceId, false);
			long t1 = System.nanoTime();
			org.subtree(path);
			long t2 = System.nanoTime();
			membership.currentMemberCounts(path);
			long t3 = System.nanoTime();
			if (i >= WARMUP) {
				treeMs.add((t1 - t0) / 1e6);
				subtreeMs.add((t2 - t1) / 1e6);
				countsMs.add((t3 - t2) / 1e6);
			}
		}
		Stats t = Stats.of(treeMs);
		r.line("");
		r.line("| Measured (" + RUNS + " runs after " + WARMUP + " warm-up, load avg " + load
				+ ") | p50 | p95 | max |");
		r.line("|---|---|---|---|");
		r.line(row("`OrgUnits.tree(scope, province, false)`", t));
		r.line(row("  of which units: `OrgUnits.subtree(path)`", Stats.of(subtreeMs)));
		r.line(row("  of which counts: `UnitMembership.currentMemberCounts(path)`", Stats.of(countsMs)));

		Stats page = null;
		long bytes = 0;
		try {
			UserService users = this.app.bean(UserService.class);
			if (users.find("bench.tinh").isEmpty()) {
				users.create(Scope.system(), new UserService.NewUser("bench.tinh", "Cán bộ đo hiệu năng", Role.OFFICER,
						provinceId, PASSWORD, false));
			}
			HttpClient http = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NORMAL)
				.connectTimeout(Duration.ofSeconds(5))
				.build();
			String base = "http://127.0.0.1:" + this.app.port();
			login(http, base, "bench.tinh", PASSWORD);
			List<Double> pageMs = new ArrayList<>();
			for (int i = 0; i < WARMUP + RUNS; i++) {
				long t0 = System.nanoTime();
				HttpResponse<byte[]> res = http.send(
						HttpRequest.newBuilder(URI.create(base + "/units?root=" + provinceId)).build(),
						HttpResponse.BodyHandlers.ofByteArray());
				double ms = (System.nanoTime() - t0) / 1e6;
				if (res.statusCode() != 200 || res.uri().getPath().startsWith("/login")) {
					throw new IllegalStateException("GET /units → " + res.statusCode() + " " + res.uri());
				}
				bytes = res.body().length;
				if (i >= WARMUP) {
					pageMs.add(ms);
				}
			}
			page = Stats.of(pageMs);
			r.line(row("HTTP `GET /units?root=" + provinceId + "` (logged-in officer, " + Stats.n(bytes / 1024)
					+ " KB HTML)", page));
		}
		catch (Exception ex) {
			r.line("| HTTP `GET /units` | failed: " + ex.getMessage() + " | | |");
		}
		r.line("");
		r.target("Tree of a province with " + Stats.n(members) + " members: `OrgUnits.tree` p50 / p95", "< 300 ms",
				Stats.ms(t.p50()) + " / " + Stats.ms(t.p95()) + " ms", t.p95() < 300);
		if (page != null) {
			r.target("  same, real page `GET /units?root=…` over HTTP p50 / p95", "< 300 ms",
					Stats.ms(page.p50()) + " / " + Stats.ms(page.p95()) + " ms", page.p95() < 300);
		}
		return r;
	}

	private static String row(String what, Stats s) {
		return "| " + what + " | " + Stats.ms(s.p50()) + " ms | " + Stats.ms(s.p95()) + " ms | " + Stats.ms(s.max())
				+ " ms |";
	}

	static void login(HttpClient http, String base, String user, String password) throws Exception {
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
		if (!m.find()) {
			m = Pattern.compile("value=\"([^\"]+)\"[^>]*name=\"_csrf\"").matcher(form.body());
			if (!m.find()) {
				throw new IllegalStateException("no CSRF token on /login");
			}
		}
		String body = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
		HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (res.uri().getPath().startsWith("/login")) {
			throw new IllegalStateException("login failed: " + res.uri());
		}
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
