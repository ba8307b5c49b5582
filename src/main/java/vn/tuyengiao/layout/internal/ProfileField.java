package vn.tuyengiao.layout.internal;

import java.util.List;

/**
 * One value of the layout profile an administrator may change, with its label and the
 * range the form accepts (inside what {@link vn.tuyengiao.report.LayoutProfile} itself
 * validates).
 *
 * @param key the profile key, "size.body.pt"
 * @param labelKey message key of the label
 * @param kind NUMBER, INTEGER, TEXT or CHOICE
 * @param min smallest number accepted (numbers only)
 * @param max largest number accepted, or the longest text
 * @param step the form's step for numbers
 */
public record ProfileField(String key, String labelKey, Kind kind, double min, double max, double step) {

	public enum Kind {

		NUMBER, INTEGER, TEXT, CHOICE

	}

	/** The values of a CHOICE field (page numbers). */
	public static final List<String> PAGE_NUMBER_CHOICES = List.of("none", "header-center", "footer-center",
			"footer-right");

	static ProfileField number(String key, String label, double min, double max, double step) {
		return new ProfileField(key, label, Kind.NUMBER, min, max, step);
	}

	/** Every value on the admin page, in its order. */
	public static final List<ProfileField> ALL = List.of(number("margin.top.mm", "layout.field.marginTop", 10, 40, 0.5),
			number("margin.bottom.mm", "layout.field.marginBottom", 10, 40, 0.5),
			number("margin.left.mm", "layout.field.marginLeft", 15, 45, 0.5),
			number("margin.right.mm", "layout.field.marginRight", 10, 30, 0.5),
			new ProfileField("font.family", "layout.field.fontFamily", Kind.TEXT, 1, 60, 0),
			number("size.body.pt", "layout.field.sizeBody", 12, 15, 0.5),
			number("size.header.pt", "layout.field.sizeHeader", 10, 16, 0.5),
			number("size.party-title.pt", "layout.field.sizePartyTitle", 10, 18, 0.5),
			number("size.date.pt", "layout.field.sizeDate", 10, 16, 0.5),
			number("size.type-name.pt", "layout.field.sizeTypeName", 12, 20, 0.5),
			number("size.subject.pt", "layout.field.sizeSubject", 12, 16, 0.5),
			number("size.table.pt", "layout.field.sizeTable", 9, 15, 0.5),
			number("size.recipients-label.pt", "layout.field.sizeRecipientsLabel", 10, 16, 0.5),
			number("size.recipients.pt", "layout.field.sizeRecipients", 9, 14, 0.5),
			number("size.signature.pt", "layout.field.sizeSignature", 12, 16, 0.5),
			number("line.spacing", "layout.field.lineSpacing", 1, 1.5, 0.05),
			number("paragraph.spacing.pt", "layout.field.paragraphSpacing", 0, 18, 1),
			number("indent.first-line.mm", "layout.field.indent", 0, 20, 0.5),
			new ProfileField("signature.space.lines", "layout.field.signatureSpace", Kind.INTEGER, 2, 8, 1),
			new ProfileField("page-numbers", "layout.field.pageNumbers", Kind.CHOICE, 0, 0, 0),
			new ProfileField("closing.mark", "layout.field.closingMark", Kind.TEXT, 0, 10, 0),
			new ProfileField("filing.line", "layout.field.filingLine", Kind.TEXT, 4, 60, 0));

	/** The longest text accepted. */
	public int maxLength() {
		return (int) max;
	}

	public boolean isNumber() {
		return kind == Kind.NUMBER || kind == Kind.INTEGER;
	}

}
