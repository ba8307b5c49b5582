package vn.tuyengiao.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.microsoft.playwright.options.FilePayload;

import vn.tuyengiao.bookcabinet.BookCabinet;
import vn.tuyengiao.bookcabinet.BookCabinets;
import vn.tuyengiao.bookcabinet.BookCategory;
import vn.tuyengiao.bookcabinet.Catalogue;
import vn.tuyengiao.bookcabinet.LocationKind;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.support.BrowserIntegrationTest;
import vn.tuyengiao.support.Fixture;

/**
 * Issue 14 on a phone (390×844): the commune's librarian photographs a book's QR label
 * (the camera stubbed with a generated image), lends the book to a resident in one tap,
 * then photographs it again when it comes back and takes it back in one tap.
 */
@BrowserIntegrationTest
class BookLendingBrowserTest extends BrowserSupport {

	@Autowired
	BookCabinets cabinets;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Fixture.Data fx;

	@Test
	void aLibrarianLendsAndTakesBackABookByScanningItsLabel() throws Exception {
		Scope system = Scope.system();
		String code = "BBT-" + uniqueLetters(5).toUpperCase() + "-01";
		BookCabinet c = this.cabinets.create(system,
				new BookCabinets.CabinetData(this.fx.communeVbb(), "Tủ sách Nhà văn hóa xã Vĩnh Bình Bắc",
						LocationKind.PUBLIC_READING, "Ấp Vĩnh Lộc 1", "Nguyễn Thị Hồng"));
		this.catalogue.add(system, c.getId(),
				List.of(new Catalogue.Delivered("Sổ tay đảng viên", "Ban Tuyên giáo Trung ương",
						"Chính trị quốc gia Sự thật", 2023, BookCategory.POLITICAL_THEORY, 1, List.of(code))),
				LocalDate.of(2026, 1, 5));
		FilePayload photo = new FilePayload("nhan-sach.png", "image/png", qrPng(code));

		usePhone();
		login("canbo.vbb");
		this.page.navigate("/books/scan");
		this.page.locator("#photo").setInputFiles(photo);
		assertThat(this.page.locator("#copy-title")).hasText("Sổ tay đảng viên");
		assertThat(this.page.locator("#copy-status")).hasText("Có trên giá");
		this.page.locator("#name").fill("Trần Văn Bảy");
		this.page.locator("#hamlet").fill("Ấp Vĩnh Lộc 1");
		assertNoHorizontalScroll();
		this.page.locator("#lend-submit").click();
		assertThat(this.page.locator("#flash")).containsText("Đã cho mượn bản " + code + " — Trần Văn Bảy");
		assertThat(this.page.locator("#copy-status")).hasText("Đang cho mượn");
		screenshot("lent");

		this.page.locator("#scan-next").click();
		this.page.locator("#photo").setInputFiles(photo);
		assertThat(this.page.locator("#current-loan")).containsText("Trần Văn Bảy");
		this.page.locator("#return-submit").click();
		assertThat(this.page.locator("#flash")).containsText("Đã nhận lại bản " + code + " từ Trần Văn Bảy");
		assertThat(this.page.locator("#copy-status")).hasText("Có trên giá");
		assertThat(this.page.locator("#lend-form")).isVisible();
	}

	static byte[] qrPng(String text) throws Exception {
		BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 400, 400);
		BufferedImage img = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < m.getHeight(); y++) {
			for (int x = 0; x < m.getWidth(); x++) {
				img.setRGB(x, y, m.get(x, y) ? 0x000000 : 0xFFFFFF);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(img, "png", out);
		return out.toByteArray();
	}

}
