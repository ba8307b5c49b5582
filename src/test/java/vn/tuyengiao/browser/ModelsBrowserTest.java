package vn.tuyengiao.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.options.SelectOption;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.emulation.ModelService;
import vn.tuyengiao.emulation.Movement;
import vn.tuyengiao.emulation.Registration;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.support.BrowserIntegrationTest;
import vn.tuyengiao.support.Fixture;

/**
 * A commune officer registers a cell's model in the browser, is warned that it repeats
 * the cell's own Dân vận khéo model, and sees the cell leave the list of cells without a
 * model.
 */
@BrowserIntegrationTest
class ModelsBrowserTest extends BrowserSupport {

	@Autowired
	Fixture.Data fixture;

	@Autowired
	OrgUnits org;

	@Autowired
	OrgService orgChanges;

	@Autowired
	ModelService models;

	@Test
	void communeOfficerRegistersACellsModelSeesTheDanVanKheoOverlapAndTheCellLeavesTheWithoutList() {
		String suffix = uniqueLetters(5);
		String cellName = "Chi bộ ấp Kinh Xáng " + suffix;
		OrgUnit cell = this.orgChanges.create(Scope.system(), new NewUnit(this.fixture.communeVbb(), OrgUnitKind.CELL,
				cellName, "T.VBB.KX" + suffix, "CB", LocalDate.of(2025, 7, 1)));
		long group = this.models.groups().get(0).getId();
		String dvkTitle = "Dân vận khéo: thắp sáng đường quê " + suffix;
		this.models.register(Scope.system(), new Registration(cell.getId(), null, dvkTitle, group,
				Movement.DAN_VAN_KHEO, null, null, null,
				"Vận động các hộ dân lắp đèn chiếu sáng dọc tuyến đường liên ấp, mỗi hộ đóng góp một bóng đèn và tiền điện hằng tháng",
				null, null, null, null, null, false, false, LocalDate.now().minusMonths(3), null));

		login("canbo.vbb");
		this.page.navigate("/models/coverage");
		assertThat(this.page.locator("#without-model")).containsText(cellName);
		screenshot("without-before");

		this.page.navigate("/models");
		this.page.evaluate("document.getElementById('new-model').open = true");
		// The owner is picked by name (issue 12: no unit lists or codes).
		this.page.locator("#ownerUnitId-picker").fill(cellName);
		this.page.locator("#ownerUnitId-picker-list [role=option]")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(cellName))
			.first()
			.click();
		this.page.locator("#title").fill("Thắp sáng đường quê ấp Kinh Xáng");
		this.page.locator("#movement").selectOption("HO_CHI_MINH");
		this.page.locator("#situation").fill("Tuyến đường liên ấp dài 3 km chưa có đèn, ban đêm đi lại khó khăn");
		this.page.locator("#content")
			.fill("Vận động hộ dân lắp đèn chiếu sáng dọc tuyến đường liên ấp; mỗi hộ đóng góp một bóng đèn và tiền điện hằng tháng");
		this.page.locator("#outputs").fill("3 km đường có đèn");
		this.page.locator("#model-save").click();

		assertThat(this.page).hasURL(Pattern.compile("/models/\\d+$"));
		assertThat(this.page.locator("#flash")).containsText("Đã đăng ký mô hình «Thắp sáng đường quê ấp Kinh Xáng»");
		assertThat(this.page.locator("#overlap-warnings")).isVisible();
		assertThat(this.page.locator("#overlap-warnings .overlap-parallel")).containsText(dvkTitle);
		assertThat(this.page.locator("#overlap-warnings .overlap-parallel")).containsText("Dân vận khéo");
		assertThat(this.page.locator("#overlap-warnings .overlap-parallel"))
			.containsText("không được là mô hình do Mặt trận");
		screenshot("overlap");

		this.page.locator("#tab-coverage").click();
		assertThat(this.page.locator("#without-model")).not().containsText(cellName);
		assertThat(this.page.locator("#without-model")).containsText("Chi bộ ấp Vĩnh Lộc 1");
	}

}
