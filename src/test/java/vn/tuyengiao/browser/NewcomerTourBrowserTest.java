package vn.tuyengiao.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;

import vn.tuyengiao.system.DemoDataStatus;
import vn.tuyengiao.support.TestDatabase;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The acceptance tour of issue 12: a newcomer logs in with each demo account, on a
 * desktop (1366×900) and on a phone (390×844), opens every entry of the navigation and
 * the main pages under it, and meets none of what {@link TourChecks} looks for, nor an
 * HTTP error (of the page or of anything it loads). Runs on the evaluation installation's
 * own demo data (its own database), as a newcomer would see it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tuyengiao.demo-data=true", "spring.main.banner-mode=off",
				TestDatabase.DB_NAME_PROPERTY + "=tour" })
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("browser")
class NewcomerTourBrowserTest extends BrowserSupport {

	static final String DEMO_PASSWORD = "TuyenGiao2026";

	/** Pages opened under each navigation entry, on a desktop and on a phone. */
	static final int DESKTOP_DEPTH = 3;

	static final int PHONE_DEPTH = 1;

	/** Links that download a file, leave the app or end the session. */
	private static final Pattern NOT_A_PAGE = Pattern.compile(
			".*(\\.(xlsx|docx|pdf|csv|svg|png)(\\?.*)?$|/file$|/attachments/|/api/|/logout|/swagger|/v3/|/webjars/|/export).*");

	@Autowired
	DemoDataStatus demo;

	private final TourChecks checks = new TourChecks();

	/** The viewer's tour: also no control that changes data. */
	private boolean readOnly;

	@BeforeEach
	void demoLoaded() throws InterruptedException {
		Assumptions.assumeFalse(TestDatabase.postgres(), "the demo data load only in evaluation mode (H2)");
		Instant until = Instant.now().plus(Duration.ofMinutes(5));
		while (this.demo.isLoading() && Instant.now().isBefore(until)) {
			Thread.sleep(500);
		}
		assertTrue(!this.demo.isLoading(), "the demo data did not finish loading in 5 minutes");
	}

	@ParameterizedTest(name = "{0} on a {1}")
	@CsvSource({ "admin, desktop", "canbo.tinh, desktop", "canbo.xa, desktop", "bithu, desktop", "xem, desktop",
			"admin, phone", "canbo.tinh, phone", "canbo.xa, phone", "bithu, phone", "xem, phone" })
	void aNewcomerMeetsNothingStrange(String username, String device) {
		boolean desktop = device.equals("desktop");
		this.readOnly = username.equals("xem");
		this.context.close();
		this.context = newContext(desktop ? new Browser.NewContextOptions().setViewportSize(1366, 900)
				: new Browser.NewContextOptions().setViewportSize(390, 844)
					.setDeviceScaleFactor(2)
					.setIsMobile(true)
					.setHasTouch(true));
		List<String> httpErrors = new ArrayList<>();
		this.page.onResponse(r -> {
			if (r.status() >= 400 && r.url().contains("localhost:" + this.port)) {
				httpErrors.add(r.status() + " " + r.url().replaceFirst("^https?://[^/]+", ""));
			}
		});
		this.page.navigate("/login");
		this.page.locator("#username").fill(username);
		this.page.locator("#password").fill(DEMO_PASSWORD);
		this.page.locator("#login-submit").click();
		// Signed in: the account menu is there (folded into the menu button on a phone).
		assertThat(this.page.locator("#account-menu")).hasCount(1);

		Map<String, List<String>> problems = new LinkedHashMap<>();
		Set<String> visited = new LinkedHashSet<>();
		Set<String> patterns = new LinkedHashSet<>();
		for (String entry : links("nav.navbar a.nav-link[href], nav.navbar a.dropdown-item[href]")) {
			if (!visit(entry, desktop, visited, problems, httpErrors)) {
				continue;
			}
			int opened = 0;
			for (String sub : links("main a[href]")) {
				if (opened >= (desktop ? DESKTOP_DEPTH : PHONE_DEPTH)) {
					break;
				}
				// One page of a kind per tour: /members/{id} once, not for every member.
				if (patterns.add(sub.replaceAll("\\d+", "{n}").replaceAll("[?#].*", ""))
						&& visit(sub, desktop, visited, problems, httpErrors)) {
					opened++;
				}
			}
		}
		screenshot(username + "-" + device);
		StringBuilder report = new StringBuilder();
		problems.forEach((page, list) -> list.forEach(p -> report.append("\n  ").append(page).append(": ").append(p)));
		assertTrue(problems.isEmpty(),
				username + " on a " + device + ", " + visited.size() + " pages opened:" + report);
	}

	/**
	 * Opens the page and records what is wrong on it; false when it was no page to open.
	 */
	private boolean visit(String path, boolean desktop, Set<String> visited, Map<String, List<String>> problems,
			List<String> httpErrors) {
		if (NOT_A_PAGE.matcher(path).matches() || !visited.add(path.replaceAll("#.*", ""))) {
			return false;
		}
		httpErrors.clear();
		Response r = this.page.navigate(path);
		this.page.waitForLoadState(LoadState.NETWORKIDLE);
		List<String> found = new ArrayList<>();
		if (r != null && r.status() >= 400) {
			found.add("HTTP " + r.status());
		}
		httpErrors.forEach(e -> found.add("HTTP " + e));
		found.addAll(this.checks.check(this.page, path, desktop));
		if (this.readOnly) {
			found.addAll(TourChecks.writeControls(this.page));
		}
		if (!found.isEmpty()) {
			problems.put(path, found);
		}
		return true;
	}

	/** The app's own links under the selector, in page order, without repeats. */
	@SuppressWarnings("unchecked")
	private List<String> links(String selector) {
		List<String> hrefs = (List<String>) this.page.evaluate("""
				sel => [...document.querySelectorAll(sel)].map(a => a.getAttribute('href'))
				  .filter(h => h && h.startsWith('/') && !h.startsWith('//'))""", selector);
		return new ArrayList<>(new LinkedHashSet<>(hrefs));
	}

}
