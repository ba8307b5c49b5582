package vn.tuyengiao.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;

import vn.tuyengiao.commitment.Commitment;
import vn.tuyengiao.commitment.CommitmentCampaign;
import vn.tuyengiao.commitment.CommitmentKind;
import vn.tuyengiao.commitment.CommitmentService;
import vn.tuyengiao.copydetection.CopyFindings;
import vn.tuyengiao.copydetection.CopyStatus;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.generator.CommitmentGenerator;
import vn.tuyengiao.support.BrowserIntegrationTest;
import vn.tuyengiao.support.Fixture;

/**
 * The commune officer finds a flagged pair in the campaign's list of copied commitments,
 * opens the two commitments side by side, sees the shared passages highlighted in both
 * (the copy has its sentences in another order), and marks the pair as a confirmed copy
 * with a comment.
 */
@BrowserIntegrationTest
class CopyBrowserTest extends BrowserSupport {

	@Autowired
	Fixture.Data fixture;

	@Autowired
	CommitmentService commitments;

	@Autowired
	CopyFindings findings;

	@Test
	void anOfficerOpensAFlaggedPairSideBySideAndConfirmsTheCopy() {
		int year = 2042;
		CommitmentCampaign c = this.commitments.createCampaign(Scope.system(),
				new CommitmentService.NewCampaign(this.fixture.communeVbb(), year, CommitmentKind.YEARLY_COMMITMENT,
						"Bản cam kết năm " + year + " " + uniqueLetters(4), LocalDate.of(year, 1, 10),
						LocalDate.of(year, 3, 31), false, true, CommitmentGenerator.TEMPLATE));
		String original = new CommitmentGenerator(301, 0).next().text();
		Commitment thang = this.commitments.save(Scope.system(), c.id(), this.fixture.thangVl1(),
				CommitmentService.Draft.text(original), null);
		// Hòa's text: Thắng's with the sentences of each paragraph in reverse order.
		StringBuilder reordered = new StringBuilder();
		for (String para : original.split("\n")) {
			List<String> sentences = new java.util.ArrayList<>(List.of(para.split("(?<=\\.) ")));
			java.util.Collections.reverse(sentences);
			reordered.append(String.join(" ", sentences)).append('\n');
		}
		Commitment hoa = this.commitments.save(Scope.system(), c.id(), this.fixture.hoaVl1(),
				CommitmentService.Draft.text(reordered.toString()), null);

		login("canbo.vbb");
		this.page.navigate("/commitments/campaigns/" + c.id());
		this.page.locator("#copies-link").click();
		assertThat(this.page.locator("#copies-title")).containsText("Bản cam kết trùng nhau");
		assertThat(this.page.locator("#clusters .cluster")).hasCount(1);
		// A cluster is one line until opened: its pairs and their "So sánh" buttons.
		this.page.locator("#clusters .cluster summary").click();
		Locator row = this.page.locator("#clusters .cluster tr[data-finding]");
		assertThat(row).hasCount(1);
		screenshot("list");
		row.locator(".compare-link").click();

		assertThat(this.page.locator("#pair-title")).hasText("So sánh hai bản cam kết");
		assertThat(this.page.locator("#decision-form")).isVisible();
		this.page.waitForLoadState();
		Locator leftMarks = this.page.locator("#left-text mark");
		Locator rightMarks = this.page.locator("#right-text mark");
		assertTrue(leftMarks.count() > 5, "shared passages are highlighted on the left");
		assertEquals(leftMarks.count(), rightMarks.count());
		// Every highlighted passage on one side is highlighted on the other, wherever it
		// sits there; nearly all read
		// the same (a passage may bridge a word or two that differ, such as a moved
		// section number).
		int same = 0;
		for (int i = 0; i < leftMarks.count(); i++) {
			String passage = leftMarks.nth(i).getAttribute("data-passage");
			Locator right = this.page.locator("#right-text mark[data-passage='" + passage + "']");
			assertThat(right).hasCount(1);
			same += leftMarks.nth(i).innerText().equals(right.innerText()) ? 1 : 0;
		}
		assertTrue(same >= leftMarks.count() * 0.8, same + " of " + leftMarks.count() + " passages read the same");
		assertThat(this.page.locator("#pair-share")).containsText("trùng ");
		assertThat(this.page.locator("#pair-status")).hasText("Chưa xem xét");
		screenshot("pair");

		this.page.locator("#decision-CONFIRMED_COPY").check();
		this.page.locator("#decision-comment").fill("Chép bản của đồng chí Thắng, chỉ đảo thứ tự câu");
		this.page.locator("#decision-submit").click();
		assertThat(this.page.locator("#flash")).hasText("Đã ghi nhận: bản cam kết bị sao chép.");
		assertThat(this.page.locator("#pair-status")).hasText("Xác nhận sao chép");
		assertThat(this.page.locator("#pair-decided")).containsText("canbo.vbb");
		screenshot("confirmed");

		CopyFindings.Finding f = this.findings.forCommitment(Scope.system(), hoa.id())
			.stream()
			.filter(x -> x.otherThan(hoa.id()).commitmentId() == thang.id())
			.findFirst()
			.orElseThrow();
		assertEquals(CopyStatus.CONFIRMED_COPY, f.status());
		assertEquals("Chép bản của đồng chí Thắng, chỉ đảo thứ tự câu", f.comment());

		// On the member's own page the pair now says so.
		this.page.navigate("/commitments/" + hoa.id());
		assertThat(this.page.locator("#similar .similar-item")).hasCount(1);
		assertThat(this.page.locator("#similar .similar-item")).containsText("Xác nhận sao chép");

		// On a phone the "So sánh" button is on screen, in a cluster and in the list of
		// pairs (it was the last column, off to the right).
		usePhone();
		login("canbo.vbb");
		this.page.navigate("/commitments/campaigns/" + c.id() + "/copies");
		this.page.locator("#clusters .cluster summary").click();
		assertOnScreen(this.page.locator("#clusters .compare-link").first());
		this.page.locator("#view-pairs").click();
		assertOnScreen(this.page.locator("#pairs-table .compare-link").first());
		assertNoHorizontalScroll();
		screenshot("phone-pairs");
	}

	private void assertOnScreen(Locator button) {
		assertThat(button).isVisible();
		var box = button.boundingBox();
		assertTrue(box.x >= 0 && box.x + box.width <= 390, "the button is at x=" + box.x + " on a 390 px screen");
	}

}
