package vn.tuyengiao.report;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A party document as HTML: a fragment for the on-screen preview (insert it with
 * {@code th:utext}; it carries its own scoped style) and a standalone XHTML page with
 * print rules for {@link PdfRenderer}. Both come from one markup so the preview shows
 * what the PDF prints. Output is well-formed XHTML because the PDF engine parses XML.
 */
public final class HtmlRenderer {

	/** Tooltip on paragraphs drafted from data. */
	static final String DRAFT_HINT = "Đoạn dự thảo từ số liệu — cần rà soát trước khi ký";

	private final LayoutProfile profile;

	public HtmlRenderer(LayoutProfile profile) {
		this.profile = Objects.requireNonNull(profile, "profile");
	}

	public LayoutProfile profile() {
		return profile;
	}

	/**
	 * The document as one {@code <div class="tg-doc">} drawn as a sheet of paper,
	 * preceded by its {@code <style>} (every rule scoped under {@code .tg-doc}, so it
	 * cannot restyle the page around it).
	 */
	public String fragment(PartyDocument doc) {
		return "<style>" + css(false) + "</style>\n" + markup(doc);
	}

	/** Only the markup, for a page that includes {@link #stylesheet()} itself. */
	public String markup(PartyDocument doc) {
		StringBuilder h = new StringBuilder(8192);
		h.append("<div class=\"tg-doc\" lang=\"vi\">\n");
		if (doc.isDraft()) {
			h.append("<div class=\"tg-draft-mark\"><span>")
				.append(esc(PartyDocument.DRAFT_MARK))
				.append("</span></div>\n");
		}
		header(h, doc);
		h.append("<div class=\"tg-type\">").append(esc(doc.typeName())).append("</div>\n");
		if (!doc.subject().isEmpty()) {
			h.append("<div class=\"tg-subject\">");
			for (String line : doc.subject()) {
				h.append("<div>").append(esc(line)).append("</div>");
			}
			h.append("</div>\n");
		}
		h.append("<div class=\"tg-subject-rule\"></div>\n");
		List<Block> body = doc.body();
		int last = body.isEmpty() || body.get(body.size() - 1) instanceof Block.Table ? body.size() : body.size() - 1;
		h.append("<div class=\"tg-body\">\n");
		for (Block b : body.subList(0, last)) {
			block(h, b);
		}
		h.append("</div>\n");
		// The last paragraph and the signature share a page: the signature never stands
		// alone at the top of a page.
		h.append("<div class=\"tg-closing\">\n<div class=\"tg-body\">\n");
		for (Block b : body.subList(last, body.size())) {
			block(h, b);
		}
		h.append("</div>\n");
		footer(h, doc);
		h.append("</div>\n</div>\n");
		return h.toString();
	}

	/** The scoped screen stylesheet used by {@link #fragment}. */
	public String stylesheet() {
		return css(false);
	}

	/**
	 * A complete XHTML document with page rules (size, margins, page numbers), as the PDF
	 * renderer takes it.
	 */
	public String standalone(PartyDocument doc) {
		LayoutProfile.PageSetup pg = profile.page();
		StringBuilder h = new StringBuilder(12288);
		h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\">\n<head>\n")
			.append("<meta charset=\"UTF-8\" />\n<title>")
			.append(esc(doc.typeName() + " " + String.join(" ", doc.subject())))
			.append("</title>\n<style>\n");
		h.append("@page { size: ")
			.append(mm(pg.widthMm()))
			.append(' ')
			.append(mm(pg.heightMm()))
			.append("; margin: ")
			.append(mm(pg.topMm()))
			.append(' ')
			.append(mm(pg.rightMm()))
			.append(' ')
			.append(mm(pg.bottomMm()))
			.append(' ')
			.append(mm(pg.leftMm()));
		String box = switch (profile.pageNumbers()) {
			case NONE -> null;
			case HEADER_CENTER -> "top-center";
			case FOOTER_CENTER -> "bottom-center";
			case FOOTER_RIGHT -> "bottom-right";
		};
		if (box != null) {
			h.append("; @")
				.append(box)
				.append(" { content: counter(page); font-family: ")
				.append(families())
				.append("; font-size: ")
				.append(pt(profile.sizes().headerPt()))
				.append(" }");
		}
		h.append(" }\n");
		if (box != null && !profile.numberFirstPage()) {
			h.append("@page :first { @").append(box).append(" { content: none } }\n");
		}
		h.append("body { margin: 0; padding: 0 }\n");
		h.append(css(true));
		h.append("</style>\n</head>\n<body>\n").append(markup(doc)).append("</body>\n</html>\n");
		return h.toString();
	}

	private void header(StringBuilder h, PartyDocument doc) {
		DocumentHeader hd = doc.header();
		h.append("<table class=\"tg-head\"><tr>");
		h.append("<td class=\"tg-head-left\" style=\"width: ").append(num(profile.headerLeftPercent())).append("%\">");
		double column = profile.textWidthMm() * profile.headerLeftPercent() / 100 * 72 / 25.4;
		double size = profile.sizes().headerPt();
		if (hd.superiorBody() != null) {
			h.append("<div class=\"tg-superior\">")
				.append(lines(HeaderLines.balance(hd.superiorBody(), ReportFonts.Face.REGULAR, size, column)))
				.append("</div>");
		}
		h.append("<div class=\"tg-issuer\">")
			.append(lines(HeaderLines.balance(hd.issuingBody(), ReportFonts.Face.BOLD, size, column)))
			.append("</div>");
		h.append("<div class=\"tg-star\">*</div>");
		h.append("<div class=\"tg-number\">").append(esc(hd.numberLine(doc.stage()))).append("</div>");
		h.append("</td><td class=\"tg-head-right\">");
		h.append("<div class=\"tg-party\"><span class=\"tg-party-title\">")
			.append(esc(DocumentHeader.PARTY_TITLE))
			.append("</span></div>");
		h.append("<div class=\"tg-date\">").append(esc(hd.dateLine())).append("</div>");
		h.append("</td></tr></table>\n");
	}

	private void block(StringBuilder h, Block b) {
		// Java 17: no pattern matching in switch yet.
		if (b instanceof Block.Heading hd) {
			h.append("<p class=\"tg-h").append(hd.level()).append("\">").append(text(hd.line())).append("</p>\n");
		}
		else if (b instanceof Block.Paragraph p) {
			paragraph(h, "tg-p", p.text(), p.draft());
		}
		else if (b instanceof Block.Item i) {
			paragraph(h, "tg-item", i.line(), i.draft());
		}
		else if (b instanceof Block.Table t) {
			table(h, t);
		}
	}

	private static void paragraph(StringBuilder h, String cls, String text, boolean draft) {
		h.append("<p class=\"").append(cls);
		if (draft) {
			h.append(" tg-draft\" title=\"").append(esc(DRAFT_HINT));
		}
		h.append("\">").append(text(text)).append("</p>\n");
	}

	private static void table(StringBuilder h, Block.Table t) {
		if (t.caption() != null) {
			h.append("<p class=\"tg-caption\">").append(esc(t.caption())).append("</p>\n");
		}
		h.append("<table class=\"tg-table\"><thead><tr>");
		for (String c : t.header()) {
			h.append("<th>").append(esc(c)).append("</th>");
		}
		h.append("</tr></thead><tbody>\n");
		for (var row : t.rows()) {
			h.append("<tr>");
			for (String c : row) {
				h.append(Block.Table.isFigure(c) ? "<td class=\"tg-fig\">" + esc(c) : "<td>" + text(c)).append("</td>");
			}
			h.append("</tr>\n");
		}
		h.append("</tbody></table>\n");
	}

	private void footer(StringBuilder h, PartyDocument doc) {
		h.append("<table class=\"tg-foot\"><tr><td class=\"tg-recipients\">");
		h.append("<div class=\"tg-recipients-label\">").append(esc(Recipients.LABEL)).append("</div>");
		for (String line : doc.recipients().lines()) {
			h.append("<div class=\"tg-recipient\">").append(text(line)).append("</div>");
		}
		h.append("</td><td class=\"tg-signature\">");
		Signature s = doc.signature();
		if (s.authority() != null) {
			h.append("<div class=\"tg-authority\">").append(esc(s.authority())).append("</div>");
		}
		h.append("<div class=\"tg-title\">").append(esc(s.title())).append("</div>");
		if (doc.stage() == PartyDocument.Stage.ISSUED) {
			h.append("<div class=\"tg-sign-space tg-half\"></div>");
			h.append("<div class=\"tg-signed\">").append(esc(PartyDocument.SIGNED_MARK)).append("</div>");
			h.append("<div class=\"tg-sign-space tg-half\"></div>");
		}
		else {
			h.append("<div class=\"tg-sign-space\"></div>");
		}
		h.append("<div class=\"tg-name\">").append(esc(s.name())).append("</div>");
		h.append("</td></tr></table>\n");
	}

	private String css(boolean print) {
		LayoutProfile p = profile;
		LayoutProfile.TypeSizes s = p.sizes();
		LayoutProfile.PageSetup pg = p.page();
		// Word's single spacing for Times New Roman is about 1.15 em (ascent + descent +
		// gap), so the same profile
		// value gives the same line pitch in Word and here.
		String lh = num(1.15 * p.lineSpacing());
		String d = ".tg-doc";
		StringBuilder c = new StringBuilder(4096);
		c.append(d)
			.append(" { font-family: ")
			.append(families())
			.append("; font-size: ")
			.append(pt(s.bodyPt()))
			.append("; line-height: ")
			.append(lh)
			.append("; color: #000; background: #fff; text-align: left; ");
		if (print) {
			c.append("}\n");
		}
		else {
			c.append("box-sizing: border-box; width: ")
				.append(mm(pg.widthMm()))
				.append("; max-width: 100%; min-height: ")
				.append(mm(pg.heightMm()))
				.append("; padding: ")
				.append(mm(pg.topMm()))
				.append(' ')
				.append(mm(pg.rightMm()))
				.append(' ')
				.append(mm(pg.bottomMm()))
				.append(' ')
				.append(mm(pg.leftMm()))
				.append("; margin: 0 auto; box-shadow: 0 0 4px rgba(0,0,0,.35); }\n");
		}
		c.append(d).append(" div, ").append(d).append(" p { margin: 0; padding: 0 }\n");
		c.append(d)
			.append(" table.tg-head, ")
			.append(d)
			.append(" table.tg-foot { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 }\n");
		c.append(d)
			.append(" table.tg-head td, ")
			.append(d)
			.append(" table.tg-foot td { vertical-align: top; padding: 0; border: none }\n");
		c.append(d).append(" .tg-head td { text-align: center; line-height: 1.2 }\n");
		c.append(d).append(" .tg-superior { font-size: ").append(pt(s.headerPt())).append(" }\n");
		c.append(d).append(" .tg-issuer { font-size: ").append(pt(s.headerPt())).append("; font-weight: bold }\n");
		c.append(d).append(" .tg-star { font-size: ").append(pt(s.headerPt())).append("; line-height: 1 }\n");
		c.append(d).append(" .tg-number { font-size: ").append(pt(s.headerPt())).append(" }\n");
		c.append(d).append(" .tg-party { font-size: ").append(pt(s.partyTitlePt())).append("; font-weight: bold }\n");
		c.append(d)
			.append(" .tg-party-title { display: inline-block; border-bottom: 0.75pt solid #000; padding-bottom: 1pt }\n");
		c.append(d)
			.append(" .tg-date { font-size: ")
			.append(pt(s.datePt()))
			.append("; font-style: italic; margin-top: 8pt }\n");
		c.append(d)
			.append(" .tg-type { font-size: ")
			.append(pt(s.typeNamePt()))
			.append("; font-weight: bold; text-align: center; margin-top: 18pt }\n");
		c.append(d)
			.append(" .tg-subject { font-size: ")
			.append(pt(s.subjectPt()))
			.append("; font-weight: bold; text-align: center; line-height: 1.2 }\n");
		c.append(d)
			.append(" .tg-subject-rule { width: ")
			.append(mm(p.subjectRuleMm()))
			.append("; margin: 5pt auto 12pt auto; border-top: 0.75pt solid #000; height: 0 }\n");
		c.append(d)
			.append(" .tg-body p { text-align: justify; text-indent: ")
			.append(mm(p.firstLineIndentMm()))
			.append("; margin-bottom: ")
			.append(pt(p.paragraphSpacingPt()))
			.append(" }\n");
		c.append(d).append(" .tg-body p.tg-h1 { font-weight: bold }\n");
		c.append(d).append(" .tg-body p.tg-h2 { font-weight: bold; font-style: italic }\n");
		c.append(d).append(" .tg-body p.tg-h3 { font-style: italic }\n");
		c.append(d)
			.append(" .tg-body p.tg-caption { text-indent: 0; text-align: center; font-style: italic; margin-bottom: 2pt }\n");
		c.append(d).append(" .tg-body p.tg-draft { background-color: #fff2a8 }\n");
		c.append(d)
			.append(" table.tg-table { width: 100%; border-collapse: collapse; margin: 2pt 0 ")
			.append(pt(p.paragraphSpacingPt() + 3))
			.append(" 0; font-size: ")
			.append(pt(s.tablePt()))
			.append("; line-height: 1.2; -fs-table-paginate: paginate }\n");
		c.append(d)
			.append(" table.tg-table th, ")
			.append(d)
			.append(" table.tg-table td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: middle }\n");
		c.append(d).append(" table.tg-table th { font-weight: bold; text-align: center }\n");
		c.append(d).append(" table.tg-table td.tg-fig { text-align: center; white-space: nowrap }\n");
		c.append(d).append(" table.tg-table tr { page-break-inside: avoid }\n");
		c.append(d).append(" table.tg-foot { margin-top: 12pt; page-break-inside: avoid }\n");
		c.append(d).append(" .tg-closing { page-break-inside: avoid }\n");
		c.append(d).append(" .tg-nw { white-space: nowrap }\n");
		c.append(d).append(" td.tg-recipients { width: 50%; text-align: left; line-height: 1.15 }\n");
		c.append(d)
			.append(" .tg-recipients-label { font-size: ")
			.append(pt(s.recipientsLabelPt()))
			.append("; font-weight: bold; font-style: italic }\n");
		c.append(d).append(" .tg-recipient { font-size: ").append(pt(s.recipientsPt())).append(" }\n");
		c.append(d)
			.append(" td.tg-signature { text-align: center; font-size: ")
			.append(pt(s.signaturePt()))
			.append("; font-weight: bold; line-height: 1.2 }\n");
		c.append(d).append(" .tg-sign-space { height: ").append(num(1.2 * p.signatureSpaceLines())).append("em }\n");
		c.append(d)
			.append(" .tg-sign-space.tg-half { height: ")
			.append(num(0.6 * (p.signatureSpaceLines() - 1)))
			.append("em }\n");
		c.append(d).append(" .tg-signed { font-weight: normal; font-style: italic }\n");
		c.append(d)
			.append(" .tg-draft-mark { text-align: right; font-size: ")
			.append(pt(s.headerPt()))
			.append("; font-weight: bold; margin-bottom: 4pt }\n");
		c.append(d).append(" .tg-draft-mark span { border: 1pt solid #000; padding: 1pt 6pt }\n");
		return c.toString();
	}

	private String families() {
		String f = profile.fontFamily().replace("'", "");
		return "'" + f + "', '" + ReportFonts.FAMILY + "', Tinos, serif";
	}

	/**
	 * Dates ("15-5-2016", "03/3/2020"), document numbers ("92-KH/HU") and ratios
	 * ("2.825/3.153") that must not break across lines at their hyphens or slashes.
	 */
	private static final Pattern UNBREAKABLE = Pattern
		.compile("\\d{1,2}[-/]\\d{1,2}[-/]\\d{2,4}|\\d+-[A-ZĐ]+(?:/[A-ZĐ0-9]+)+|\\d[\\d.,]*/\\d[\\d.,]*%?");

	/** Escaped text with dates, numbers and ratios held on one line. */
	static String text(String s) {
		Matcher m = UNBREAKABLE.matcher(esc(s));
		return m.replaceAll("<span class=\"tg-nw\">$0</span>");
	}

	private static String lines(List<String> lines) {
		return String.join("<br />", lines.stream().map(HtmlRenderer::esc).toList());
	}

	static String nfc(String s) {
		return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
	}

	/** NFC-normalised and escaped for XHTML text and attribute values. */
	static String esc(String s) {
		String t = nfc(s);
		StringBuilder b = new StringBuilder(t.length() + 16);
		for (int i = 0; i < t.length(); i++) {
			char ch = t.charAt(i);
			switch (ch) {
				case '&' -> b.append("&amp;");
				case '<' -> b.append("&lt;");
				case '>' -> b.append("&gt;");
				case '"' -> b.append("&quot;");
				case '\'' -> b.append("&#39;");
				default -> {
					// XML 1.0 forbids most control characters; pasted Word text sometimes
					// carries them.
					if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
						b.append(ch);
					}
				}
			}
		}
		return b.toString();
	}

	private static String pt(double v) {
		return num(v) + "pt";
	}

	private static String mm(double v) {
		return num(v) + "mm";
	}

	private static String num(double v) {
		return v == Math.rint(v) ? Long.toString((long) v)
				: String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "");
	}

}
