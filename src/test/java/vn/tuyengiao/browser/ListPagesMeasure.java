package vn.tuyengiao.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Measures the list pages of a running application with the demo data (issue 12, defect
 * 5: no page taller than 15,000 px at 1366×900, first page under 500 ms). Not part of the
 * build: run against an application started in evaluation mode with
 * {@code ./mvnw -o test -Dtest=ListPagesMeasure -Dtuyengiao.measure.url=http://localhost:18093};
 * writes {@code target/list-pages.md}.
 */
class ListPagesMeasure {

	@Test
	void measure() throws Exception {
		String base = System.getProperty("tuyengiao.measure.url");
		Assumptions.assumeTrue(base != null, "set -Dtuyengiao.measure.url to measure a running application");
		List<String> lines = new ArrayList<>();
		lines.add("| user | page | height (px) | server time (ms) |");
		lines.add("|---|---|---|---|");
		try (Playwright pw = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
			Browser browser = pw.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(BrowserSupport.chromium())
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
			for (String user : List.of("canbo.tinh", "admin")) {
				BrowserContext ctx = browser.newContext(
						new Browser.NewContextOptions().setViewportSize(1366, 900).setBaseURL(base).setLocale("vi-VN"));
				ctx.setDefaultTimeout(120_000);
				Page page = ctx.newPage();
				page.navigate("/login");
				page.locator("#username").fill(user);
				page.locator("#password").fill("TuyenGiao2026");
				page.locator("#login-submit").click();
				page.waitForURL("**/");
				List<String> urls = new ArrayList<>(List.of("/members", "/models", "/exemplars", "/awards", "/audit"));
				page.navigate("/study");
				String study = firstLink(page, "a[href^='/study/campaigns/']");
				page.navigate("/commitments");
				String commitments = firstLink(page, "a[href^='/commitments/campaigns/']");
				if (study != null) {
					urls.add(study);
					urls.add(study + "/missing");
				}
				if (commitments != null) {
					urls.add(commitments);
					urls.add(commitments + "/copies");
					urls.add(commitments + "/copies?view=pairs");
					urls.add(commitments + "/reminders");
				}
				for (String url : urls) {
					page.navigate(url);
					page.navigate(url);
					Number height = (Number) page.evaluate("() => document.documentElement.scrollHeight");
					Number ms = (Number) page.evaluate(
							"() => { const n = performance.getEntriesByType('navigation')[0]; return Math.round(n.responseEnd - n.requestStart); }");
					lines.add("| " + user + " | " + url + " | " + height + " | " + ms + " |");
					String next = firstLink(page, ".pager-next");
					if (next != null && url.equals("/members")) {
						for (int i = 0; i < 45 && next != null; i++) {
							page.navigate(next);
							next = firstLink(page, ".pager-next");
						}
						Number h = (Number) page.evaluate("() => document.documentElement.scrollHeight");
						Number t = (Number) page.evaluate(
								"() => { const n = performance.getEntriesByType('navigation')[0]; return Math.round(n.responseEnd - n.requestStart); }");
						lines.add("| " + user + " | /members, page 46 (" + page.locator(".pager-range").innerText()
								+ ") | " + h + " | " + t + " |");
					}
				}
				ctx.close();
			}
			browser.close();
		}
		Path out = Paths.get("target", "list-pages.md");
		Files.write(out, lines);
		lines.forEach(System.out::println);
	}

	private static String firstLink(Page page, String selector) {
		var l = page.locator(selector);
		return l.count() == 0 ? null : l.first().getAttribute("href");
	}

}
