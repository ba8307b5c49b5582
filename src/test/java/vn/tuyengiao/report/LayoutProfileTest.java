package vn.tuyengiao.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LayoutProfileTest {

	@Test
	void bundledProfileIsGuidance36() {
		LayoutProfile p = LayoutProfile.defaultProfile();
		assertThat(p.id()).isEqualTo("HD36-2018");
		assertThat(p.source()).contains("36-HD/VPTW");
		assertThat(p.page()).isEqualTo(new LayoutProfile.PageSetup(210, 297, 20, 20, 30, 15));
		assertThat(p.fontFamily()).isEqualTo("Times New Roman");
		assertThat(p.sizes().bodyPt()).isEqualTo(14);
		assertThat(p.sizes().headerPt()).isEqualTo(13);
		assertThat(p.firstLineIndentMm()).isEqualTo(10);
		assertThat(p.paragraphSpacingPt()).isEqualTo(6);
		assertThat(p.lineSpacing()).isEqualTo(1.0);
		assertThat(p.textWidthMm()).isCloseTo(165, within(1e-9));
		assertThat(p.pageNumbers()).isEqualTo(LayoutProfile.PageNumbers.FOOTER_CENTER);
		assertThat(LayoutProfile.defaultProfile()).isSameAs(p);
	}

	@Test
	void anotherGuidanceLoadsFromAFile(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("hd05-2026.properties");
		Files.writeString(file,
				bundled().replace("profile.id=HD36-2018", "profile.id=HD05-2026")
					.replace("size.body.pt=14", "size.body.pt=13")
					.replace("margin.left.mm=30", "margin.left.mm=30,5")
					.replace("page-numbers=footer-center", "page-numbers=header-center"),
				StandardCharsets.UTF_8);
		LayoutProfile p = LayoutProfile.load(file);
		assertThat(p.id()).isEqualTo("HD05-2026");
		assertThat(p.sizes().bodyPt()).isEqualTo(13);
		assertThat(p.page().leftMm()).isEqualTo(30.5);
		assertThat(p.pageNumbers()).isEqualTo(LayoutProfile.PageNumbers.HEADER_CENTER);
	}

	@Test
	void badValuesAreAllNamedInOneClearError() {
		String bad = bundled().replace("margin.left.mm=30", "margin.left.mm=-3")
			.replace("size.body.pt=14", "size.body.pt=18");
		assertThatThrownBy(() -> load(bad)).isInstanceOf(LayoutProfileException.class)
			.hasMessageContaining("\"HD36-2018\" is invalid")
			.hasMessageContaining("margin.left.mm must be positive (was -3)")
			.hasMessageContaining("size.body.pt must be between 12 and 15 (was 18)")
			.satisfies(e -> assertThat(((LayoutProfileException) e).problems()).hasSize(2));
	}

	@Test
	void missingAndMalformedKeysAreNamed() {
		String bad = bundled().replace("margin.top.mm=20\n", "")
			.replace("line.spacing=1.0", "line.spacing=single")
			.replace("page-numbers=footer-center", "page-numbers=bottom");
		assertThatThrownBy(() -> load(bad)).isInstanceOf(LayoutProfileException.class)
			.hasMessageContaining("margin.top.mm is missing")
			.hasMessageContaining("line.spacing must be a number (was \"single\")")
			.hasMessageContaining("page-numbers must be none, header-center, footer-center or footer-right");
	}

	@Test
	void aBadFileIsNamedInTheError(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("broken.properties");
		Files.writeString(file, bundled().replace("size.body.pt=14", "size.body.pt=11"));
		assertThatThrownBy(() -> LayoutProfile.load(file)).hasMessageStartingWith("broken.properties: ")
			.hasMessageContaining("size.body.pt must be between 12 and 15 (was 11)");
	}

	@Test
	void profilesBuiltInCodeAreCheckedToo() {
		LayoutProfile p = LayoutProfile.defaultProfile();
		assertThatThrownBy(() -> new LayoutProfile(p.id(), p.version(), p.source(),
				new LayoutProfile.PageSetup(210, 297, 0, 20, 30, 15), p.fontFamily(), p.sizes(), p.lineSpacing(),
				p.paragraphSpacingPt(), p.firstLineIndentMm(), p.headerLeftPercent(), p.subjectRuleMm(),
				p.signatureSpaceLines(), p.pageNumbers(), p.numberFirstPage()))
			.hasMessageContaining("margin.top.mm must be positive (was 0)");
	}

	private static LayoutProfile load(String text) throws IOException {
		return LayoutProfile.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static String bundled() {
		try (InputStream in = LayoutProfile.class.getResourceAsStream(LayoutProfile.DEFAULT_RESOURCE)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void aProfileGoesToPropertiesAndBackWithItsClosingMarkAndFilingLine() {
		LayoutProfile file = LayoutProfile.defaultProfile();
		assertThat(LayoutProfile.fromProperties(file.toProperties())).isEqualTo(file);
		java.util.Properties p = file.toProperties();
		p.setProperty("closing.mark", "");
		p.setProperty("filing.line", "Lưu VT.");
		LayoutProfile changed = LayoutProfile.fromProperties(p);
		assertThat(changed.close("Trên đây là báo cáo kết quả./.")).isEqualTo("Trên đây là báo cáo kết quả.");
		assertThat(file.close("Trên đây là báo cáo kết quả./.")).isEqualTo("Trên đây là báo cáo kết quả./.");
		assertThat(changed.recipientLines(Recipients.of("Thường trực Huyện ủy (b/c)")))
			.containsExactly("- Thường trực Huyện ủy (b/c);", "- Lưu VT.");
		p.setProperty("filing.line", "Văn thư");
		assertThatThrownBy(() -> LayoutProfile.fromProperties(p)).hasMessageContaining("filing.line");
	}

}
