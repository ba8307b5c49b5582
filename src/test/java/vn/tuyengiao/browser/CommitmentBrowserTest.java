package vn.tuyengiao.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;

import vn.tuyengiao.commitment.Commitment;
import vn.tuyengiao.commitment.CommitmentCampaign;
import vn.tuyengiao.commitment.CommitmentKind;
import vn.tuyengiao.commitment.CommitmentSection;
import vn.tuyengiao.commitment.CommitmentService;
import vn.tuyengiao.commitment.CommitmentStatus;
import vn.tuyengiao.commitment.Samples;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.support.BrowserIntegrationTest;
import vn.tuyengiao.support.Fixture;

/**
 * The cell secretary on a phone: opens the commitment campaign, finds a member who has
 * not handed in, types the member's paper commitment into the form on the member's
 * behalf, reads the content checks and signs it off for the cell committee. (The
 * officer's side-by-side view of a flagged pair comes with copy detection.)
 */
@BrowserIntegrationTest
class CommitmentBrowserTest extends BrowserSupport {

	@Autowired
	Fixture.Data fixture;

	@Autowired
	CommitmentService commitments;

	@Autowired
	vn.tuyengiao.commitment.CommitmentCompleteness completeness;

	@Test
	void cellSecretaryEntersACommitmentForAMemberAndSignsItOnAPhone() {
		int year = 2041;
		CommitmentCampaign c = this.commitments.createCampaign(Scope.system(),
				new CommitmentService.NewCampaign(this.fixture.communeVbb(), year, CommitmentKind.YEARLY_COMMITMENT,
						"Bản cam kết năm " + year + " " + uniqueLetters(4), LocalDate.of(year, 1, 10),
						LocalDate.of(year, 3, 31), false, true, null));

		usePhone();
		login("bithu.vl1");
		this.page.navigate("/commitments");
		this.page.locator("#campaign-list a").filter(new Locator.FilterOptions().setHasText(c.title())).tap();
		assertThat(this.page.locator("#campaign-title")).hasText(c.title());
		// Opens on his own cell: the members, none handed in yet.
		assertThat(this.page.locator("#unit-name")).containsText("Chi bộ ấp Vĩnh Lộc 1");
		Locator hoa = this.page.locator("#member-list li")
			.filter(new Locator.FilterOptions().setHasText("Trần Thị Hòa"));
		assertThat(hoa.locator(".commitment-status")).hasText("Chưa nộp");
		// Other browser tests may add members to this cell: the denominator is the live
		// one.
		long expected = this.completeness.rollup(Scope.system(), c.id(), this.fixture.cellVl1()).figures().expected();
		assertThat(this.page.locator("#summary-submitted")).hasText("0/" + expected);
		assertNoHorizontalScroll();
		screenshot("cell");

		hoa.locator(".enter-for").tap();
		assertThat(this.page.locator("#entry-title")).hasText("Bản cam kết của Trần Thị Hòa");
		Map<CommitmentSection, String> sections = Samples.sections("Đảng viên");
		for (var e : sections.entrySet()) {
			this.page.locator("#section_" + e.getKey().name()).fill(e.getValue());
		}
		assertNoHorizontalScroll();
		screenshot("form");
		this.page.locator("#entry-save").tap();

		assertThat(this.page.locator("#flash")).hasText("Đã lưu bản cam kết.");
		assertThat(this.page.locator("#commitment-status")).hasText("Đã nộp, chờ ký");
		assertThat(this.page.locator("#commitment-body"))
			.containsText("5. Khuyết điểm, hạn chế năm trước và biện pháp khắc phục");
		// The advisory checks are in front of the signer.
		assertThat(this.page.locator("#checks [data-check=NO_DUTIES_ON_FILE]"))
			.containsText("chưa ghi chức vụ, nhiệm vụ cụ thể");
		assertThat(this.page.locator("#checks [data-check=MISSING_SECTIONS]")).hasCount(0);
		assertNoHorizontalScroll();
		screenshot("entered");

		this.page.locator("#comment").fill("Chi ủy đã đọc, nội dung đầy đủ các mục");
		this.page.locator("#signoff-submit").tap();
		assertThat(this.page.locator("#flash")).hasText("Đã ký xác nhận bản cam kết của Trần Thị Hòa.");
		assertThat(this.page.locator("#commitment-status")).hasText("Chi ủy đã ký");
		assertThat(this.page.locator("#history li")).hasCount(2);
		assertThat(this.page.locator("#history")).containsText("bithu.vl1");
		assertThat(this.page.locator("#signoff-box")).hasCount(0);
		assertNoHorizontalScroll();
		screenshot("signed");

		Commitment saved = this.commitments.forMember(Scope.system(), c.id(), this.fixture.hoaVl1()).orElseThrow();
		assertEquals(CommitmentStatus.SIGNED, saved.status());
		assertEquals("Chi ủy đã đọc, nội dung đầy đủ các mục", saved.signoffComment());
		assertEquals("bithu.vl1", saved.signedBy());

		// Back on the cell's list, her line says signed and the count moved.
		this.page.navigate("/commitments/campaigns/" + c.id());
		assertThat(hoa.locator(".commitment-status")).hasText("Chi ủy đã ký");
		assertThat(this.page.locator("#summary-submitted")).hasText("1/" + expected);
		assertThat(this.page).hasURL(Pattern.compile("/commitments/campaigns/" + c.id() + "$"));
	}

}
