package vn.tuyengiao.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import vn.tuyengiao.support.Fixture;

/**
 * What the browser test classes share: headless system Chromium driven by Playwright
 * (never a downloaded browser), the skip when no Chromium is installed
 * ({@code /usr/bin/chromium}, or the path in {@code -Dtuyengiao.chromium=...}), one fresh
 * browser context per test, login, and a full-page screenshot of the last page of each
 * test in {@code target/screenshots/}. Subclasses carry
 * {@link vn.tuyengiao.support.BrowserIntegrationTest @BrowserIntegrationTest}, so they
 * share one application context (and its fixture database).
 */
@ExtendWith(BrowserSupport.ChromiumInstalled.class)
abstract class BrowserSupport {

	static final String CHROMIUM_PROPERTY = "tuyengiao.chromium";

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	int port;

	BrowserContext context;

	Page page;

	String testName;

	static Path chromium() {
		return Paths.get(System.getProperty(CHROMIUM_PROPERTY, "/usr/bin/chromium"));
	}

	static String missingChromium() {
		return "Chromium not found at " + chromium() + ": browser tests skipped (apt-get install chromium, or -D"
				+ CHROMIUM_PROPERTY + "=/path/to/chromium)";
	}

	/**
	 * Skips the class before its Spring context starts when there is no Chromium, so the
	 * reports show the tests as skipped with the reason (an assumption failing in
	 * {@code @BeforeAll} hides both).
	 */
	static class ChromiumInstalled implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			return Files.isExecutable(chromium()) ? ConditionEvaluationResult.enabled("Chromium at " + chromium())
					: ConditionEvaluationResult.disabled(missingChromium());
		}

	}

	@BeforeAll
	static void launchBrowser() {
		Path chromium = chromium();
		Assumptions.assumeTrue(Files.isExecutable(chromium), BrowserSupport::missingChromium);
		// The driver (node) ships inside the Maven jar; never download browsers, the
		// system Chromium is used.
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
				.setHeadless(true)
				// Without the background-networking flags Chromium stalls on a closed
				// network.
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
		PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	@BeforeEach
	void openContext(TestInfo info) {
		this.testName = info.getTestMethod().map(m -> m.getName()).orElse(info.getDisplayName());
		this.context = newContext(new Browser.NewContextOptions());
	}

	@AfterEach
	void screenshotAndClose() {
		if (this.context == null) {
			return;
		}
		try {
			if (this.page != null && !this.page.isClosed()) {
				screenshot(null);
			}
		}
		finally {
			this.context.close();
			this.context = null;
			this.page = null;
		}
	}

	BrowserContext newContext(Browser.NewContextOptions options) {
		if (options.locale == null) {
			options.setLocale("vi-VN");
		}
		BrowserContext c = browser.newContext(options.setBaseURL("http://localhost:" + this.port));
		c.setDefaultTimeout(30_000);
		this.page = c.newPage();
		return c;
	}

	/**
	 * Replaces the test's desktop context with a phone's: 390×844, touch, twice the pixel
	 * density.
	 */
	void usePhone() {
		this.context.close();
		this.context = newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true));
	}

	/**
	 * Replaces the test's context with an English-language browser (en-US), whose own
	 * controls would say "Choose Files" and show dates as mm/dd/yyyy.
	 */
	void useEnglishBrowser() {
		this.context.close();
		this.context = newContext(new Browser.NewContextOptions().setLocale("en-US"));
	}

	/** Logs in from the login page and lands on the home page. */
	void login(String username) {
		this.page.navigate("/login");
		submitLogin(username);
		assertThat(this.page).hasURL(Pattern.compile(":" + this.port + "/$"));
	}

	void submitLogin(String username) {
		assertThat(this.page.locator("h1")).containsText("TuyenGiao");
		this.page.locator("#username").fill(username);
		this.page.locator("#password").fill(Fixture.PASSWORD);
		this.page.locator("#login-submit").click();
		assertThat(this.page.locator("#account-menu")).containsText(username);
	}

	/**
	 * Saves the whole page as target/screenshots/&lt;test&gt;[-step].png, for a human to
	 * look at.
	 */
	void screenshot(String step) {
		String name = step == null ? this.testName : this.testName + "-" + step;
		this.page
			.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	void assertNoHorizontalScroll() {
		Object overflow = this.page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		assertTrue(((Number) overflow).intValue() <= 0, "the page scrolls sideways by " + overflow + " px on a phone");
	}

	static String uniqueLetters(int n) {
		String letters = "abcdefghijklmnopqrstuvwxyz";
		StringBuilder sb = new StringBuilder("Z");
		for (int i = 0; i < n; i++) {
			sb.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
		}
		return sb.toString();
	}

}
