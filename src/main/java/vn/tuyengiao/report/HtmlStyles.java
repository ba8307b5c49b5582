package vn.tuyengiao.report;

import java.util.Locale;

/**
 * The stylesheet of {@link HtmlRenderer}: every rule scoped under {@code .tg-doc}, sizes
 * and spacing from the layout profile, the same for the screen and the PDF except the
 * sheet-of-paper look on screen.
 */
final class HtmlStyles {

	private HtmlStyles() {
	}

	static String css(LayoutProfile profile, boolean print) {
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
			.append(families(profile))
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

	static String families(LayoutProfile profile) {
		String f = profile.fontFamily().replace("'", "");
		return "'" + f + "', '" + ReportFonts.FAMILY + "', Tinos, serif";
	}

	static String pt(double v) {
		return num(v) + "pt";
	}

	static String mm(double v) {
		return num(v) + "mm";
	}

	static String num(double v) {
		return v == Math.rint(v) ? Long.toString((long) v)
				: String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "");
	}

}
