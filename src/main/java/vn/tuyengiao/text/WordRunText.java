package vn.tuyengiao.text;

import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;

/**
 * The text of one run of a Word (.docx) paragraph, as it was typed for the run's font.
 * <p>
 * TCVN3 codes "ư" as 0xAD, which Unicode calls the soft hyphen; Word and LibreOffice save
 * that character as a soft-hyphen element ({@code <w:softHyphen/>}), and POI's run text
 * drops it ("tưởng" would come out as "tởng"). For runs in a TCVN3 font the run is read
 * element by element and the element is kept as the code it was typed as, so
 * {@link LegacyVietnamese#toUnicode} turns it back into "ư". In old .doc files the same
 * character is Word's optional hyphen, 0x1F: {@link #legacyDocRun}.
 */
public final class WordRunText {

	private WordRunText() {
	}

	/**
	 * The run's text; {@code font} is the font the run is set in (or null when unknown).
	 */
	public static String of(XWPFRun run, String font) {
		if (!isTcvn3(font)) {
			return run.text();
		}
		StringBuilder sb = new StringBuilder();
		try (XmlCursor c = run.getCTR().newCursor()) {
			for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
				switch (c.getName().getLocalPart()) {
					case "t" -> sb.append(c.getTextValue());
					case "softHyphen" -> sb.append('\u00AD');
					case "tab", "ptab" -> sb.append('\t');
					case "br", "cr" -> sb.append('\n');
					case "noBreakHyphen" -> sb.append('-');
					default -> {
					}
				}
			}
		}
		return sb.toString();
	}

	/**
	 * Text of a Word 97–2003 character run in {@code font}: a TCVN3 run's optional
	 * hyphens (0x1F) are its "ư".
	 */
	public static String legacyDocRun(String text, String font) {
		return isTcvn3(font) ? text.replace('\u001F', '\u00AD') : text;
	}

	private static boolean isTcvn3(String font) {
		return font != null && LegacyVietnamese.fromFontName(font) == LegacyVietnamese.Encoding.TCVN3;
	}

}
