package vn.tuyengiao.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.supervision.Answer;
import vn.tuyengiao.supervision.Finding;
import vn.tuyengiao.supervision.Plan;
import vn.tuyengiao.supervision.PlanKind;
import vn.tuyengiao.supervision.SupervisionPlans;
import vn.tuyengiao.supervision.Visit;
import vn.tuyengiao.supervision.VisitSync;
import vn.tuyengiao.support.BrowserIntegrationTest;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.UserService;

/**
 * Issue 13 item 4, acceptance "Offline": a team member downloads the visit pack on a
 * phone (390×844), the network is cut (Playwright offline mode), she answers the
 * checklist (yes/no, count, grade, text, a photo) and records a finding with a photo,
 * reloads the page with no network (the service worker serves it, IndexedDB keeps the
 * records), and when the network is back everything is synced exactly once; two phones
 * adding findings to one visit offline keep both. A sibling commune's officer gets
 * nothing.
 */
@BrowserIntegrationTest
class OfflineVisitBrowserTest extends BrowserSupport {

	@Autowired
	OrgService org;

	@Autowired
	UserService users;

	@Autowired
	SupervisionPlans plans;

	@Autowired
	VisitSync sync;

	@Autowired
	JdbcTemplate jdbc;

	record Setup(Visit visit, String member, String member2, String sibling, long cell) {
	}

	private Setup setup() {
		Scope system = Scope.system();
		String n = uniqueLetters(6).toUpperCase();
		OrgUnit province = this.org.create(system, new NewUnit(null, OrgUnitKind.PROVINCIAL_COMMITTEE,
				"Tỉnh ủy Bạc Liêu " + n, n, "TU", LocalDate.of(2015, 1, 1)));
		OrgUnit commune = this.org.create(system, new NewUnit(province.getId(), OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy xã Vĩnh Hậu", n + ".VH", "ĐU", LocalDate.of(2025, 7, 1)));
		OrgUnit sibling = this.org.create(system, new NewUnit(province.getId(), OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy xã Vĩnh Thịnh", n + ".VT", "ĐU", LocalDate.of(2025, 7, 1)));
		OrgUnit cell = this.org.create(system, new NewUnit(commune.getId(), OrgUnitKind.CELL, "Chi bộ ấp Vĩnh Thạnh",
				n + ".VH.VT", "CB", LocalDate.of(2025, 7, 1)));
		String member = "tgs1." + n.toLowerCase();
		String member2 = "tgs2." + n.toLowerCase();
		String siblingOfficer = "vt." + n.toLowerCase();
		this.users.create(system,
				new UserService.NewUser(member, member, Role.OFFICER, province.getId(), Fixture.PASSWORD, false));
		this.users.create(system,
				new UserService.NewUser(member2, member2, Role.OFFICER, province.getId(), Fixture.PASSWORD, false));
		this.users.create(system, new UserService.NewUser(siblingOfficer, siblingOfficer, Role.OFFICER, sibling.getId(),
				Fixture.PASSWORD, false));
		Plan plan = this.plans.create(system,
				new SupervisionPlans.NewPlan(province.getId(), PlanKind.THEMATIC, "Kế hoạch số 91-KH/TU ngày 23/6/2026",
						"Giám sát thực hiện Kết luận 01-KL/TW và tủ sách pháp luật", LocalDate.of(2026, 3, 1),
						LocalDate.of(2026, 10, 31), List.of(commune.getId(), sibling.getId()), List.of(member, member2),
						member));
		Visit visit = this.plans.addVisit(system, plan.id(), commune.getId(), LocalDate.of(2026, 5, 12), List.of());
		return new Setup(visit, member, member2, siblingOfficer, cell.getId());
	}

	@Test
	void aTeamMemberFillsTheVisitOfflineReloadsAndEverythingIsSyncedOnce() throws IOException {
		Setup s = setup();
		long id = s.visit().id();
		usePhone();
		login(s.member());
		this.page.navigate("/supervision/visits/" + id);
		this.page.locator("#offline-link").tap();
		assertThat(this.page.locator("#offline-status"))
			.hasText("Phiếu chưa được tải về máy này. Khi có mạng, bấm \"Tải về để làm ngoại tuyến\".");
		this.page.locator("#download").tap();
		assertThat(this.page.locator("#offline-status")).hasText("Mọi trả lời và phát hiện trên máy này đã gửi lên.");
		assertThat(this.page.locator("#checklist .answer-item")).hasCount(16);
		waitUntilTheServiceWorkerKeepsThePage();

		this.context.setOffline(true);
		assertThat(this.page.locator("#network-state")).hasText("Đang ngoại tuyến (không có mạng)");
		this.page.locator("label[for='a-SLOGANS-YES']").tap();
		this.page.locator("label[for='a-BOOKS_LOG-NO']").tap();
		this.page.locator("#a-BOARDS_5S").fill("1");
		this.page.locator("label[for='a-OVERALL_GRADE-FAIR']").tap();
		this.page.locator("#a-NOTES").fill("Tủ sách đặt trong phòng làm việc của Văn phòng Đảng ủy");
		this.page.locator("#a-SITE_PHOTO").setInputFiles(jpeg("tu-sach.jpg", "Tủ sách"));
		assertThat(this.page.locator(".answer-item[data-code=SITE_PHOTO] .photo-thumb")).isVisible();
		this.page.locator("#f-item").selectOption("BOOKS_LOG");
		this.page.locator("#f-note").fill("Không có sổ theo dõi cho mượn sách");
		this.page.locator("#f-photo").setInputFiles(jpeg("so-muon.jpg", "Sổ mượn"));
		assertThat(this.page.locator("#f-photo-state")).containsText("Đã lưu ảnh trên máy");
		this.page.locator("#f-remedy").fill("Lập sổ theo dõi cho mượn sách");
		this.page.locator("#f-deadline").fill("30/06/2026");
		// The responsible unit, picked with no network from the pack's list, typed
		// without diacritics.
		assertThat(this.page.locator("#f-unit-chosen")).hasText("Đơn vị được giám sát: Đảng ủy xã Vĩnh Hậu");
		this.page.locator("#f-unit-filter").fill("vinh thanh");
		assertThat(this.page.locator("#f-unit-list .unit-option")).hasCount(1);
		this.page.locator("#f-unit-list .unit-option").first().click();
		assertThat(this.page.locator("#f-unit-chosen")).containsText("Chi bộ ấp Vĩnh Thạnh");
		this.page.locator("#add-finding").click();
		assertThat(this.page.locator("#finding-error")).hasText("");
		assertThat(this.page.locator("#visit-findings .finding-row .unsent")).hasCount(1);
		// a slow phone: a field saved twice before the first write lands (its typing
		// timer, then its change event) still keeps one unsent answer
		this.page.locator("#a-NOTES")
			.evaluate("f => { f.dispatchEvent(new Event('change')); f.dispatchEvent(new Event('change')); }");
		assertThat(this.page.locator("#offline-status")).hasText("Đã lưu trên máy, chưa gửi: 7 mục");
		assertNoHorizontalScroll();
		screenshot("offline");

		// Reload with no network: the service worker serves the page, IndexedDB the
		// records.
		this.page.reload();
		assertThat(this.page.locator("#visit-title")).containsText("Đảng ủy xã Vĩnh Hậu");
		assertStyled();
		assertThat(this.page.locator("#network-state")).hasText("Đang ngoại tuyến (không có mạng)");
		assertThat(this.page.locator("#offline-status")).hasText("Đã lưu trên máy, chưa gửi: 7 mục");
		assertThat(this.page.locator("#a-SLOGANS-YES")).isChecked();
		assertThat(this.page.locator("#a-BOARDS_5S")).hasValue("1");
		assertThat(this.page.locator("#visit-findings .finding-row .unsent")).hasCount(1);
		assertThat(this.page.locator("#visit-findings .finding-note")).hasText("Không có sổ theo dõi cho mượn sách");
		assertThat(this.page.locator(".answer-item[data-code=SITE_PHOTO] .photo-thumb")).isVisible();
		assertThat(this.page.locator(".answer-item[data-code=SITE_PHOTO] .unsent")).hasText("chưa gửi");

		// Back online: sent on the `online` event.
		this.context.setOffline(false);
		assertThat(this.page.locator("#offline-status")).hasText("Mọi trả lời và phát hiện trên máy này đã gửi lên.");
		assertThat(this.page.locator("#sync-summary")).containsText("Đã gửi lên: 6 trả lời, 1 phát hiện, 2 ảnh mới");
		assertStoredOnce(id, s.member());

		// Sending again stores nothing twice.
		this.page.locator("#sync").tap();
		assertThat(this.page.locator("#sync-summary")).containsText("Đã gửi lên: 0 trả lời, 0 phát hiện, 0 ảnh mới");
		assertStoredOnce(id, s.member());
		assertThat(this.page.locator("#visit-findings .finding-row")).hasCount(1);
		assertThat(this.page.locator("#visit-findings .unsent")).hasCount(0);
		assertThat(this.page.locator("#visit-findings .responsible-unit")).containsText("Chi bộ ấp Vĩnh Thạnh");

		// The photos are shown again after the sync, as the server's thumbnails (320 px;
		// the phone's own were 240 px) kept in the pack, so they show offline too.
		assertServerThumb(".answer-item[data-code=SITE_PHOTO] .photo-thumb");
		assertServerThumb("#visit-findings .photo-thumb");
		this.context.setOffline(true);
		this.page.reload();
		assertThat(this.page.locator("#network-state")).hasText("Đang ngoại tuyến (không có mạng)");
		assertStyled();
		assertServerThumb(".answer-item[data-code=SITE_PHOTO] .photo-thumb");
		assertServerThumb("#visit-findings .photo-thumb");
		this.context.setOffline(false);
		screenshot("synced");

		// The desktop visit page shows them as well.
		this.page.navigate("/supervision/visits/" + id);
		assertServerThumb("#photo-answers .photo-thumb");
		assertServerThumb("#visit-findings .photo-thumb");
		assertNoHorizontalScroll();
		String photoUuid = this.page.locator("#visit-findings .photo-thumb").getAttribute("data-photo");

		// A sibling commune's officer: no page, no pack, no sync.
		usePhone();
		login(s.sibling());
		String csrf = this.page.locator("meta[name=_csrf]").getAttribute("content");
		String header = this.page.locator("meta[name=_csrf_header]").getAttribute("content");
		Page.NavigateOptions none = new Page.NavigateOptions();
		assertThat(this.page.navigate("/supervision/visits/" + id + "/offline", none).status()).isEqualTo(403);
		assertThat(this.page.request().get("/supervision/visits/" + id + "/offline/pack").status()).isEqualTo(403);
		var refused = this.page.request()
			.post("/supervision/visits/" + id + "/offline/sync",
					RequestOptions.create()
						.setHeader(header, csrf)
						.setMultipart(FormData.create()
							.set("batch", new FilePayload("batch.json", "application/json",
									"{\"answers\":[],\"findings\":[],\"photos\":[]}".getBytes()))));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(this.page.request().get("/supervision/photos/" + photoUuid + "/thumb").status()).isEqualTo(403);
		assertThat(this.page.request().get("/supervision/photos/" + photoUuid).status()).isEqualTo(403);
		assertThat(this.sync.pack(Scope.system(), id).answers()).hasSize(6);
		assertThat(this.sync.pack(Scope.system(), id).findings().get(0).responsibleUnitId()).isEqualTo(s.cell());
	}

	@Test
	void twoPhonesAddFindingsToOneVisitOfflineAndBothAreKept() {
		Setup s = setup();
		long id = s.visit().id();
		usePhone();
		Page first = this.page;
		BrowserContext firstContext = this.context;
		login(s.member());
		openAndDownload(id);
		BrowserContext secondContext = newContext(phone());
		try {
			Page second = this.page;
			login(s.member2());
			openAndDownload(id);

			firstContext.setOffline(true);
			secondContext.setOffline(true);
			addFinding(first, "Bảng chuẩn mực đạo đức phai màu, mất chữ");
			addFinding(second, "Biên bản sinh hoạt chi bộ chưa đúng Hướng dẫn 42-HD/BTCTW");

			firstContext.setOffline(false);
			assertThat(first.locator("#sync-summary")).containsText("Đã gửi lên: 0 trả lời, 1 phát hiện");
			secondContext.setOffline(false);
			assertThat(second.locator("#sync-summary")).containsText("Đã gửi lên: 0 trả lời, 1 phát hiện");
			assertThat(second.locator("#visit-findings .finding-row")).hasCount(2);
			first.locator("#sync").tap();
			assertThat(first.locator("#visit-findings .finding-row")).hasCount(2);

			List<Finding> stored = this.sync.pack(Scope.system(), id).findings();
			assertThat(stored).extracting(Finding::note)
				.containsExactlyInAnyOrder("Bảng chuẩn mực đạo đức phai màu, mất chữ",
						"Biên bản sinh hoạt chi bộ chưa đúng Hướng dẫn 42-HD/BTCTW");
			assertThat(stored).extracting(Finding::createdBy).containsExactlyInAnyOrder(s.member(), s.member2());
		}
		finally {
			this.page = first;
			secondContext.close();
		}
	}

	private void openAndDownload(long id) {
		this.page.navigate("/supervision/visits/" + id + "/offline");
		this.page.locator("#download").tap();
		assertThat(this.page.locator("#offline-status")).hasText("Mọi trả lời và phát hiện trên máy này đã gửi lên.");
		waitUntilTheServiceWorkerKeepsThePage();
	}

	private static void addFinding(Page p, String note) {
		p.locator("label[for='fk-SHORTCOMING']").tap();
		p.locator("#f-note").fill(note);
		p.locator("#add-finding").tap();
		assertThat(p.locator("#offline-status")).hasText("Đã lưu trên máy, chưa gửi: 1 mục");
	}

	private static Browser.NewContextOptions phone() {
		return new Browser.NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true);
	}

	/**
	 * The page is controlled by the worker and kept in its cache, as after any first
	 * visit.
	 */
	private void waitUntilTheServiceWorkerKeepsThePage() {
		this.page.waitForFunction("async () => navigator.serviceWorker.controller !== null"
				+ " && !!(await caches.match(location.pathname, {ignoreVary: true}))");
	}

	/** The image is loaded and is the server's thumbnail: 320 px on its longer side. */
	private void assertServerThumb(String selector) {
		this.page.locator(selector).first().scrollIntoViewIfNeeded();
		assertThat(this.page.locator(selector).first()).isVisible();
		this.page.waitForFunction("s => { const i = document.querySelector(s); return i && i.complete"
				+ " && Math.max(i.naturalWidth, i.naturalHeight) === 320; }", selector);
	}

	private void assertStoredOnce(long id, String member) {
		VisitSync.Pack pack = this.sync.pack(Scope.system(), id);
		Map<String, String> answers = pack.answers()
			.stream()
			.collect(Collectors.toMap(Answer::itemCode, a -> String.valueOf(a.value())));
		assertThat(pack.answers()).hasSize(6).allMatch(a -> Answer.CURRENT.equals(a.status()));
		assertThat(pack.answers()).allMatch(a -> member.equals(a.answeredBy()));
		assertThat(answers).containsEntry("SLOGANS", "YES")
			.containsEntry("BOOKS_LOG", "NO")
			.containsEntry("BOARDS_5S", "1")
			.containsEntry("OVERALL_GRADE", "FAIR")
			.containsEntry("NOTES", "Tủ sách đặt trong phòng làm việc của Văn phòng Đảng ủy");
		Answer photo = pack.answers().stream().filter(a -> "SITE_PHOTO".equals(a.itemCode())).findFirst().orElse(null);
		assertThat(photo).isNotNull();
		assertThat(photo.photoUuid()).isNotNull();
		assertThat(pack.findings()).hasSize(1);
		Finding f = pack.findings().get(0);
		assertThat(f.note()).isEqualTo("Không có sổ theo dõi cho mượn sách");
		assertThat(f.itemCode()).isEqualTo("BOOKS_LOG");
		assertThat(f.deadline()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(f.photoUuid()).isNotNull();
		assertThat(this.jdbc.queryForObject("select count(*) from supervision_photo where visit_id = ?", Integer.class,
				id))
			.isEqualTo(2);
	}

	/** A small photo as a phone would take it: a JPEG with something drawn on it. */
	private static FilePayload jpeg(String name, String label) throws IOException {
		BufferedImage img = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = img.createGraphics();
		g.setColor(new Color(0xd7, 0xc4, 0xa3));
		g.fillRect(0, 0, 640, 480);
		g.setColor(new Color(0x6d, 0x4c, 0x41));
		g.fillRect(120, 60, 400, 360);
		g.setColor(Color.WHITE);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 36));
		g.drawString(label, 160, 250);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(img, "jpg", out);
		return new FilePayload(name, "image/jpeg", out.toByteArray());
	}

	/**
	 * The page has its Bootstrap and app styles (offline they come from the service
	 * worker's shell cache): a second offline reload once showed the page unstyled.
	 */
	private void assertStyled() {
		Object rules = this.page.evaluate("""
				() => [...document.styleSheets]
				  .filter(s => s.href && (s.href.includes('bootstrap') || s.href.includes('/css/app.css')))
				  .map(s => { try { return s.cssRules.length; } catch (e) { return 0; } })
				  .filter(n => n > 0).length""");
		assertThat(((Number) rules).intValue()).as("styled stylesheets loaded").isEqualTo(2);
	}

}
