package vn.tuyengiao.report;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
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

	private final Supplier<LayoutProfile> current;

	public HtmlRenderer(LayoutProfile profile) {
		this.profile = Objects.requireNonNull(profile, "profile");
		this.current = null;
	}

	/**
	 * A renderer that lays out every document with the profile current at that moment (an
	 * administrator may change it while the application runs).
	 */
	public HtmlRenderer(Supplier<LayoutProfile> current) {
		this.profile = null;
		this.current = Objects.requireNonNull(current, "current");
	}

	public LayoutProfile profile() {
		return current == null ? profile : current.get();
	}

	/** This renderer with the profile fixed for one document. */
	private HtmlRenderer now() {
		return current == null ? this : new HtmlRenderer(current.get());
	}

	/**
	 * The document as one {@code <div class="tg-doc">} drawn as a sheet of paper,
	 * preceded by its {@code <style>} (every rule scoped under {@code .tg-doc}, so it
	 * cannot restyle the page around it).
	 */
	public String fragment(PartyDocument doc) {
		if (current != null) {
			return now().fragment(doc);
		}
		return "<style>" + HtmlStyles.css(profile, false) + "</style>\n" + markup(doc);
	}

	/** Only the markup, for a page that includes {@link #stylesheet()} itself. */
	public String markup(PartyDocument doc) {
		if (current != null) {
			return now().markup(doc);
		}
		StringBuilder h = new StringBuilder(8192);
		h.append("<div class=\"tg-doc\" lang=\"vi\">\n");
		if (doc.showsDraftMark()) {
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
		return current != null ? now().stylesheet() : HtmlStyles.css(profile, false);
	}

	/**
	 * A complete XHTML document with page rules (size, margins, page numbers), as the PDF
	 * renderer takes it.
	 */
	public String standalone(PartyDocument doc) {
		if (current != null) {
			return now().standalone(doc);
		}
		LayoutProfile.PageSetup pg = profile.page();
		StringBuilder h = new StringBuilder(12288);
		h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\">\n<head>\n")
			.append("<meta charset=\"UTF-8\" />\n<title>")
			.append(esc(doc.typeName() + " " + String.join(" ", doc.subject())))
			.append("</title>\n<style>\n");
		h.append("@page { size: ")
			.append(HtmlStyles.mm(pg.widthMm()))
			.append(' ')
			.append(HtmlStyles.mm(pg.heightMm()))
			.append("; margin: ")
			.append(HtmlStyles.mm(pg.topMm()))
			.append(' ')
			.append(HtmlStyles.mm(pg.rightMm()))
			.append(' ')
			.append(HtmlStyles.mm(pg.bottomMm()))
			.append(' ')
			.append(HtmlStyles.mm(pg.leftMm()));
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
				.append(HtmlStyles.families(profile))
				.append("; font-size: ")
				.append(HtmlStyles.pt(profile.sizes().headerPt()))
				.append(" }");
		}
		h.append(" }\n");
		if (box != null && !profile.numberFirstPage()) {
			h.append("@page :first { @").append(box).append(" { content: none } }\n");
		}
		h.append("body { margin: 0; padding: 0 }\n");
		h.append(HtmlStyles.css(profile, true));
		h.append("</style>\n</head>\n<body>\n").append(markup(doc)).append("</body>\n</html>\n");
		return h.toString();
	}

	private void header(StringBuilder h, PartyDocument doc) {
		DocumentHeader hd = doc.header();
		h.append("<table class=\"tg-head\"><tr>");
		h.append("<td class=\"tg-head-left\" style=\"width: ")
			.append(HtmlStyles.num(profile.headerLeftPercent()))
			.append("%\">");
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

	private void paragraph(StringBuilder h, String cls, String text, boolean draft) {
		text = profile.close(text);
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
		for (String line : profile.recipientLines(doc.recipients())) {
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

}
