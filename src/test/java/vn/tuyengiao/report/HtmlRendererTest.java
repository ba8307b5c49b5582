package vn.tuyengiao.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlRendererTest {

	private final HtmlRenderer html = new HtmlRenderer(LayoutProfile.defaultProfile());

	@Test
	void fragmentCarriesItsOwnScopedStyle() {
		String f = html.fragment(SeedReports.report002());
		assertThat(f).startsWith("<style>").contains("<div class=\"tg-doc\" lang=\"vi\">");
		String css = html.stylesheet();
		List<String> selectors = Pattern.compile("([^{}]+)\\{[^}]*\\}")
			.matcher(css)
			.results()
			.map(m -> m.group(1).strip())
			.toList();
		assertThat(selectors).isNotEmpty().allSatisfy(sel -> {
			for (String part : sel.split(",")) {
				assertThat(part.strip()).startsWith(".tg-doc");
			}
		});
		// The sheet of paper: A4 with the guidance margins as padding.
		assertThat(css).contains("width: 210mm", "padding: 20mm 15mm 20mm 30mm", "font-size: 14pt",
				"text-indent: 10mm");
	}

	@Test
	void markupFollowsThePartyLayout() {
		String m = html.markup(SeedReports.report002());
		assertThat(m).contains("<div class=\"tg-superior\">HUYỆN ỦY VĨNH THUẬN</div>",
				"<div class=\"tg-issuer\">BAN TUYÊN GIÁO</div>", "<div class=\"tg-star\">*</div>",
				"<div class=\"tg-number\">Số 03-BC/BTG</div>",
				"<span class=\"tg-party-title\">ĐẢNG CỘNG SẢN VIỆT NAM</span>",
				"<div class=\"tg-date\">Vĩnh Thuận, ngày 25 tháng 8 năm 2020</div>",
				"<div class=\"tg-type\">BÁO CÁO</div>", "<p class=\"tg-h1\">1. Công tác tổ chức",
				"<p class=\"tg-h2\">- Hình thức tổ chức học tập:</p>", "<td class=\"tg-fig\">98,43%</td>",
				"<div class=\"tg-recipient\">- Lưu.</div>", "<div class=\"tg-name\">Võ Thanh Xuân</div>");
		assertThat(m).doesNotContain("tg-draft");
		String preview = html.markup(SeedReports.builder002().build());
		assertThat(preview).containsOnlyOnce("tg-p tg-draft");
		assertThat(preview).contains("<p class=\"tg-p tg-draft\" title=\"" + HtmlRenderer.DRAFT_HINT
				+ "\">Tính đến ngày <span class=\"tg-nw\">27-02-2020</span>");
	}

	@Test
	void textIsEscapedAndNormalisedToNfc() {
		String nfd = Normalizer.normalize("Nguyễn Thị Hoà <b>&</b>", Normalizer.Form.NFD);
		PartyDocument d = PartyDocument.builder(SeedReports.header000(), DocumentType.NOTICE)
			.subject("thử")
			.paragraph(nfd)
			.recipients(Recipients.of("A;"))
			.signature(Signature.head("TRƯỞNG BAN", "B"))
			.build();
		String m = html.markup(d);
		assertThat(m).contains("Nguyễn Thị Hoà &lt;b&gt;&amp;&lt;/b&gt;").doesNotContain("<b>");
	}

	@Test
	void standaloneIsWellFormedXhtmlWithPageRules() throws Exception {
		String s = html.standalone(SeedReports.report002());
		assertThat(s).contains("@page { size: 210mm 297mm; margin: 20mm 15mm 20mm 30mm",
				"@bottom-center { content: counter(page)", "@page :first { @bottom-center { content: none } }");
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setNamespaceAware(true);
		f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
		Document xml = f.newDocumentBuilder().parse(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
		assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("html");
	}

}
