package vn.tuyengiao.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * The layout rules of a guidance on party document format, as data: page, margins, font,
 * type sizes, spacing. The default is Hướng dẫn 36-HD/VPTW (2018), bundled as
 * {@value #DEFAULT_RESOURCE}; a later guidance is added by writing another properties
 * file with the same keys and loading it with {@link #load(Path)}, not by changing code.
 * Every profile is validated when built, so a bad file fails on loading with a message
 * naming the key.
 *
 * @param id short name of the guidance, "HD36-2018"
 * @param version version of this profile file, so a document can record which rules laid
 * it out
 * @param source the guidance the values come from, for people
 * @param page paper and margins
 * @param fontFamily the font named in Word files and CSS; the PDF embeds a
 * metric-compatible font under this name
 * @param sizes type sizes in points
 * @param lineSpacing line spacing as a multiple of single spacing (Word's "Multiple"; 1.0
 * is single)
 * @param paragraphSpacingPt space after each body paragraph
 * @param firstLineIndentMm first-line indent of body paragraphs and items
 * @param headerLeftPercent share of the text width taken by the header's left column
 * (issuer, number)
 * @param subjectRuleMm length of the short rule under the subject
 * @param signatureSpaceLines empty lines left between the signer's title and name for the
 * signature and seal
 * @param pageNumbers where page numbers go
 * @param numberFirstPage whether the first page shows its number
 * @param closingMark what ends the last paragraph ("./."), in place of the "./." a
 * drafted document ends with
 * @param filingLine the filing copy's line when a document gives none of its own ("Lưu.",
 * "Lưu VT.")
 */
public record LayoutProfile(String id, String version, String source, PageSetup page, String fontFamily,
		TypeSizes sizes, double lineSpacing, double paragraphSpacingPt, double firstLineIndentMm,
		double headerLeftPercent, double subjectRuleMm, int signatureSpaceLines, PageNumbers pageNumbers,
		boolean numberFirstPage, String closingMark, String filingLine) {

	/** The closing mark of 36-HD/VPTW. */
	public static final String DEFAULT_CLOSING_MARK = "./.";

	/** The filing line of 36-HD/VPTW. */
	public static final String DEFAULT_FILING_LINE = "Lưu.";

	/** A profile with the guidance's closing mark and filing line. */
	public LayoutProfile(String id, String version, String source, PageSetup page, String fontFamily, TypeSizes sizes,
			double lineSpacing, double paragraphSpacingPt, double firstLineIndentMm, double headerLeftPercent,
			double subjectRuleMm, int signatureSpaceLines, PageNumbers pageNumbers, boolean numberFirstPage) {
		this(id, version, source, page, fontFamily, sizes, lineSpacing, paragraphSpacingPt, firstLineIndentMm,
				headerLeftPercent, subjectRuleMm, signatureSpaceLines, pageNumbers, numberFirstPage,
				DEFAULT_CLOSING_MARK, DEFAULT_FILING_LINE);
	}

	/** Classpath location of the bundled 36-HD/VPTW profile. */
	public static final String DEFAULT_RESOURCE = "/report/profiles/hd36-2018.properties";

	private static volatile LayoutProfile defaultProfile;

	public LayoutProfile {
		List<String> problems = new ArrayList<>();
		if (id == null || id.isBlank()) {
			problems.add("profile.id is missing");
		}
		if (version == null || version.isBlank()) {
			problems.add("profile.version is missing");
		}
		if (fontFamily == null || fontFamily.isBlank()) {
			problems.add("font.family is missing");
		}
		if (page == null || sizes == null || pageNumbers == null) {
			problems.add("page, sizes and page numbers are required");
		}
		else {
			page.check(problems);
			sizes.check(problems);
		}
		range(problems, "line.spacing", lineSpacing, 0.8, 3);
		range(problems, "paragraph.spacing.pt", paragraphSpacingPt, 0, 30);
		range(problems, "indent.first-line.mm", firstLineIndentMm, 0, 30);
		range(problems, "header.left.percent", headerLeftPercent, 25, 60);
		range(problems, "rule.subject.mm", subjectRuleMm, 5, 100);
		range(problems, "signature.space.lines", signatureSpaceLines, 1, 12);
		closingMark = closingMark == null ? DEFAULT_CLOSING_MARK : closingMark.strip();
		filingLine = filingLine == null || filingLine.isBlank() ? DEFAULT_FILING_LINE : filingLine.strip();
		if (closingMark.length() > 10) {
			problems.add("closing.mark must be at most 10 characters (was \"" + closingMark + "\")");
		}
		if (!filingLine.startsWith("Lưu") || filingLine.length() > 60) {
			problems
				.add("filing.line must start with \"Lưu\" and be at most 60 characters (was \"" + filingLine + "\")");
		}
		if (!problems.isEmpty()) {
			throw new LayoutProfileException(id, problems);
		}
		id = id.strip();
		version = version.strip();
		source = source == null ? "" : source.strip();
		fontFamily = fontFamily.strip();
	}

	/** The bundled 36-HD/VPTW (2018) profile. */
	public static LayoutProfile defaultProfile() {
		LayoutProfile p = defaultProfile;
		if (p == null) {
			try (InputStream in = LayoutProfile.class.getResourceAsStream(DEFAULT_RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException("Bundled layout profile missing: " + DEFAULT_RESOURCE);
				}
				p = load(in);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			defaultProfile = p;
		}
		return p;
	}

	/**
	 * Loads a profile file (UTF-8 properties, the keys of {@value #DEFAULT_RESOURCE}).
	 */
	public static LayoutProfile load(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return load(in);
		}
		catch (LayoutProfileException e) {
			throw new LayoutProfileException(file.getFileName().toString(), e);
		}
	}

	/** Loads a profile from UTF-8 properties; the stream is not closed. */
	public static LayoutProfile load(InputStream in) throws IOException {
		Properties p = new Properties();
		Reader reader = new InputStreamReader(Objects.requireNonNull(in, "in"), StandardCharsets.UTF_8);
		p.load(reader);
		return fromProperties(p);
	}

	/** Builds a profile from properties with the keys of {@value #DEFAULT_RESOURCE}. */
	public static LayoutProfile fromProperties(Properties p) {
		Values v = new Values(p);
		PageSetup page = new PageSetup(v.number("page.width.mm"), v.number("page.height.mm"), v.number("margin.top.mm"),
				v.number("margin.bottom.mm"), v.number("margin.left.mm"), v.number("margin.right.mm"));
		TypeSizes sizes = new TypeSizes(v.number("size.body.pt"), v.number("size.header.pt"),
				v.number("size.party-title.pt"), v.number("size.date.pt"), v.number("size.type-name.pt"),
				v.number("size.subject.pt"), v.number("size.table.pt"), v.number("size.recipients-label.pt"),
				v.number("size.recipients.pt"), v.number("size.signature.pt"));
		String id = v.text("profile.id");
		String version = v.text("profile.version");
		String family = v.text("font.family");
		double lineSpacing = v.number("line.spacing");
		double paragraphSpacing = v.number("paragraph.spacing.pt");
		double indent = v.number("indent.first-line.mm");
		double headerLeft = v.number("header.left.percent");
		double subjectRule = v.number("rule.subject.mm");
		double signatureSpace = v.number("signature.space.lines");
		PageNumbers pageNumbers = v.pageNumbers("page-numbers");
		boolean numberFirstPage = v.bool("page-numbers.first-page");
		if (!v.problems.isEmpty()) {
			throw new LayoutProfileException(id, v.problems);
		}
		LayoutProfile profile = new LayoutProfile(id, version, p.getProperty("profile.source"), page, family, sizes,
				lineSpacing, paragraphSpacing, indent, headerLeft, subjectRule, (int) signatureSpace, pageNumbers,
				numberFirstPage, p.getProperty("closing.mark", DEFAULT_CLOSING_MARK),
				p.getProperty("filing.line", DEFAULT_FILING_LINE));
		return profile;
	}

	/**
	 * The profile as properties with the keys of {@value #DEFAULT_RESOURCE}, so
	 * {@link #fromProperties} gives it back.
	 */
	public Properties toProperties() {
		Properties p = new Properties();
		p.setProperty("profile.id", id);
		p.setProperty("profile.version", version);
		p.setProperty("profile.source", source);
		p.setProperty("page.width.mm", fmt(page.widthMm()));
		p.setProperty("page.height.mm", fmt(page.heightMm()));
		p.setProperty("margin.top.mm", fmt(page.topMm()));
		p.setProperty("margin.bottom.mm", fmt(page.bottomMm()));
		p.setProperty("margin.left.mm", fmt(page.leftMm()));
		p.setProperty("margin.right.mm", fmt(page.rightMm()));
		p.setProperty("font.family", fontFamily);
		p.setProperty("size.body.pt", fmt(sizes.bodyPt()));
		p.setProperty("size.header.pt", fmt(sizes.headerPt()));
		p.setProperty("size.party-title.pt", fmt(sizes.partyTitlePt()));
		p.setProperty("size.date.pt", fmt(sizes.datePt()));
		p.setProperty("size.type-name.pt", fmt(sizes.typeNamePt()));
		p.setProperty("size.subject.pt", fmt(sizes.subjectPt()));
		p.setProperty("size.table.pt", fmt(sizes.tablePt()));
		p.setProperty("size.recipients-label.pt", fmt(sizes.recipientsLabelPt()));
		p.setProperty("size.recipients.pt", fmt(sizes.recipientsPt()));
		p.setProperty("size.signature.pt", fmt(sizes.signaturePt()));
		p.setProperty("line.spacing", fmt(lineSpacing));
		p.setProperty("paragraph.spacing.pt", fmt(paragraphSpacingPt));
		p.setProperty("indent.first-line.mm", fmt(firstLineIndentMm));
		p.setProperty("header.left.percent", fmt(headerLeftPercent));
		p.setProperty("rule.subject.mm", fmt(subjectRuleMm));
		p.setProperty("signature.space.lines", Integer.toString(signatureSpaceLines));
		p.setProperty("page-numbers", pageNumbers.name().toLowerCase(Locale.ROOT).replace('_', '-'));
		p.setProperty("page-numbers.first-page", Boolean.toString(numberFirstPage));
		p.setProperty("closing.mark", closingMark);
		p.setProperty("filing.line", filingLine);
		return p;
	}

	/** The last paragraph's "./." replaced by this profile's closing mark. */
	public String close(String text) {
		if (!text.endsWith(DEFAULT_CLOSING_MARK) || closingMark.equals(DEFAULT_CLOSING_MARK)) {
			return text;
		}
		String body = text.substring(0, text.length() - DEFAULT_CLOSING_MARK.length());
		return closingMark.isEmpty() ? body + "." : body + closingMark;
	}

	/** The recipients' printed lines, the default filing line as this profile has it. */
	public List<String> recipientLines(Recipients recipients) {
		List<String> lines = new ArrayList<>(recipients.lines());
		if (recipients.filing().equals(DEFAULT_FILING_LINE) && !filingLine.equals(DEFAULT_FILING_LINE)) {
			lines.set(lines.size() - 1, "- " + filingLine);
		}
		return lines;
	}

	/** Text width between the margins, in millimetres. */
	public double textWidthMm() {
		return page.widthMm() - page.leftMm() - page.rightMm();
	}

	/** Paper size and margins in millimetres. A4 is 210 × 297. */
	public record PageSetup(double widthMm, double heightMm, double topMm, double bottomMm, double leftMm,
			double rightMm) {

		void check(List<String> problems) {
			range(problems, "page.width.mm", widthMm, 100, 500);
			range(problems, "page.height.mm", heightMm, 100, 500);
			positive(problems, "margin.top.mm", topMm);
			positive(problems, "margin.bottom.mm", bottomMm);
			positive(problems, "margin.left.mm", leftMm);
			positive(problems, "margin.right.mm", rightMm);
			if (leftMm + rightMm >= widthMm / 2 || topMm + bottomMm >= heightMm / 2) {
				problems.add("the margins leave less than half the page for text");
			}
		}

		private static void positive(List<String> problems, String key, double mm) {
			if (!(mm > 0)) {
				problems.add(key + " must be positive (was " + fmt(mm) + ")");
			}
		}

	}

	/**
	 * Type sizes in points. The body is 13–14 pt in the guidance; anything from 12 to 15
	 * is accepted so an office can fit a table-heavy report, nothing outside that.
	 */
	public record TypeSizes(double bodyPt, double headerPt, double partyTitlePt, double datePt, double typeNamePt,
			double subjectPt, double tablePt, double recipientsLabelPt, double recipientsPt, double signaturePt) {

		void check(List<String> problems) {
			range(problems, "size.body.pt", bodyPt, 12, 15);
			range(problems, "size.header.pt", headerPt, 10, 16);
			range(problems, "size.party-title.pt", partyTitlePt, 10, 18);
			range(problems, "size.date.pt", datePt, 10, 16);
			range(problems, "size.type-name.pt", typeNamePt, 12, 20);
			range(problems, "size.subject.pt", subjectPt, 12, 16);
			range(problems, "size.table.pt", tablePt, 9, 15);
			range(problems, "size.recipients-label.pt", recipientsLabelPt, 10, 16);
			range(problems, "size.recipients.pt", recipientsPt, 9, 14);
			range(problems, "size.signature.pt", signaturePt, 12, 16);
		}

	}

	/** Where page numbers are printed. */
	public enum PageNumbers {

		NONE, HEADER_CENTER, FOOTER_CENTER, FOOTER_RIGHT;

		/** "footer-center" → FOOTER_CENTER. */
		static PageNumbers parse(String s) {
			return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}

	}

	private static void range(List<String> problems, String key, double value, double min, double max) {
		if (!(value >= min && value <= max)) {
			problems.add(key + " must be between " + fmt(min) + " and " + fmt(max) + " (was " + fmt(value) + ")");
		}
	}

	static String fmt(double d) {
		return d == Math.rint(d) && !Double.isInfinite(d) ? Long.toString((long) d) : Double.toString(d);
	}

	/** Reads keys and gathers every problem, so one error message lists all of them. */
	private static final class Values {

		private final Properties p;

		private final List<String> problems = new ArrayList<>();

		Values(Properties p) {
			this.p = p;
		}

		String text(String key) {
			String s = p.getProperty(key);
			if (s == null || s.isBlank()) {
				problems.add(key + " is missing");
				return null;
			}
			return s.strip();
		}

		double number(String key) {
			String s = text(key);
			if (s == null) {
				return Double.NaN;
			}
			try {
				return Double.parseDouble(s.replace(',', '.'));
			}
			catch (NumberFormatException e) {
				problems.add(key + " must be a number (was \"" + s + "\")");
				return Double.NaN;
			}
		}

		boolean bool(String key) {
			String s = text(key);
			if (s == null) {
				return false;
			}
			if (!s.equalsIgnoreCase("true") && !s.equalsIgnoreCase("false")) {
				problems.add(key + " must be true or false (was \"" + s + "\")");
			}
			return Boolean.parseBoolean(s);
		}

		PageNumbers pageNumbers(String key) {
			String s = text(key);
			if (s == null) {
				return PageNumbers.NONE;
			}
			try {
				return PageNumbers.parse(s);
			}
			catch (IllegalArgumentException e) {
				problems.add(key + " must be none, header-center, footer-center or footer-right (was \"" + s + "\")");
				return PageNumbers.NONE;
			}
		}

	}

}
