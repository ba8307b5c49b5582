package vn.tuyengiao.text.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import vn.tuyengiao.text.DocumentProblem;
import vn.tuyengiao.text.LegacyVietnamese;

/**
 * Text of a .docx read by streaming its XML (StAX over the inflated parts) instead of
 * building POI's whole document model: one pass over the zip (counting what it inflates,
 * so a zip bomb is refused), one pass over the styles and one over the main document.
 * <p>
 * Every run's font is resolved as Word resolves it: the run's own {@code w:rFonts}, else
 * its character style, else its paragraph's style (or the default paragraph style), each
 * with its {@code basedOn} chain, else the document defaults. Of a {@code w:rFonts} the
 * legacy font wins if {@code w:hAnsi} (which Word uses for the characters from U+0080,
 * where the legacy codes are) or {@code w:ascii} names one. Consecutive runs in the same
 * legacy font are converted together, so a VNI letter split over two runs ("a" + "ù") is
 * still "á". A TCVN3 run's {@code <w:softHyphen/>} is its "ư" (0xAD); in a run with no
 * font at all it is kept until the document's encoding is known (TCVN3: "ư", else
 * dropped, as POI does). Text of {@code mc:Fallback} (a copy of the choice's text box),
 * deleted text and field codes is skipped.
 */
public final class DocxStream {

	static final XMLInputFactory XML = XMLInputFactory.newFactory();

	static {
		XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		XML.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
	}

	/** A soft hyphen met in a run without any font, until the encoding is known. */
	private static final char PENDING_SOFT_HYPHEN = '\uFFF9';

	private DocxStream() {
	}

	/**
	 * Reads the document's text, each run converted by its font.
	 * @throws DocumentProblem zipBomb, corrupt, or mismatch when the zip holds no Word
	 * document
	 */
	public static WordFiles.Raw read(String name, byte[] content, String expectedLabel) {
		Map<String, byte[]> parts = inflate(name, content);
		String main = target(parts.get("_rels/.rels"), "/officeDocument", "", "word/document.xml");
		byte[] document = parts.get(main);
		if (document == null) {
			throw FileKinds.mismatch(name, expectedLabel);
		}
		int slash = main.lastIndexOf('/');
		String dir = slash < 0 ? "" : main.substring(0, slash + 1);
		String stylesName = target(parts.get(dir + "_rels/" + main.substring(slash + 1) + ".rels"), "/styles", dir,
				dir + "styles.xml");
		try {
			DocxStyles styles = DocxStyles.parse(parts.get(stylesName));
			return new Body(styles).read(document);
		}
		catch (XMLStreamException | RuntimeException e) {
			throw DocumentProblem.invalid("corrupt", name);
		}
	}

	/**
	 * Inflates every part once, counting; keeps the XML and relation parts (not media).
	 */
	private static Map<String, byte[]> inflate(String name, byte[] content) {
		Map<String, byte[]> parts = new HashMap<>();
		long total = 0;
		byte[] buf = new byte[16 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				String entryName = entry.getName();
				boolean keep = entryName.endsWith(".xml") || entryName.endsWith(".rels");
				ByteArrayOutputStream out = keep ? new ByteArrayOutputStream(4096) : null;
				long inflated = 0;
				int n;
				while ((n = zip.read(buf)) > 0) {
					inflated += n;
					total += n;
					if (total > WordFiles.MAX_INFLATED_BYTES) {
						throw DocumentProblem.invalid("zipBomb", name);
					}
					if (out != null) {
						out.write(buf, 0, n);
					}
				}
				long compressed = entry.getCompressedSize();
				if (inflated > 100_000 && compressed > 0
						&& (double) compressed / inflated < WordFiles.MIN_INFLATE_RATIO) {
					throw DocumentProblem.invalid("zipBomb", name);
				}
				if (out != null) {
					parts.put(entryName.startsWith("/") ? entryName.substring(1) : entryName, out.toByteArray());
				}
			}
		}
		catch (IOException e) {
			throw DocumentProblem.invalid("corrupt", name);
		}
		if (parts.isEmpty()) {
			throw DocumentProblem.invalid("corrupt", name);
		}
		return parts;
	}

	/**
	 * The target of the first relation whose type ends in {@code typeSuffix}, resolved
	 * against {@code dir}; {@code fallback} when there is none.
	 */
	private static String target(byte[] rels, String typeSuffix, String dir, String fallback) {
		if (rels == null) {
			return fallback;
		}
		try {
			XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(rels));
			try {
				while (r.hasNext()) {
					if (r.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(r.getLocalName())) {
						String type = r.getAttributeValue(null, "Type");
						String target = r.getAttributeValue(null, "Target");
						if (type != null && target != null && type.endsWith(typeSuffix)) {
							return target.startsWith("/") ? target.substring(1) : dir + target;
						}
					}
				}
			}
			finally {
				r.close();
			}
		}
		catch (XMLStreamException e) {
			return fallback;
		}
		return fallback;
	}

	/** The main document's text, paragraph by paragraph. */
	private static final class Body {

		private final DocxStyles styles;

		private final StringBuilder out = new StringBuilder(8192);

		/** Text of the current group of consecutive runs in one font. */
		private final StringBuilder group = new StringBuilder(256);

		private String groupFont;

		private LegacyVietnamese.Encoding met = LegacyVietnamese.Encoding.UNICODE;

		private boolean pendingSoftHyphens;

		Body(DocxStyles styles) {
			this.styles = styles;
		}

		WordFiles.Raw read(byte[] xml) throws XMLStreamException {
			XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
			try {
				String paragraphStyle = null;
				String runStyle = null;
				String runFont = null;
				boolean inRun = false;
				boolean inRunProps = false;
				boolean inText = false;
				int skipDepth = 0;
				while (r.hasNext()) {
					int event = r.next();
					if (event == XMLStreamConstants.START_ELEMENT) {
						String local = r.getLocalName();
						if (skipDepth > 0) {
							skipDepth++;
							continue;
						}
						switch (local) {
							case "Fallback", "delText", "instrText", "del", "rPrChange", "pPrChange" -> skipDepth = 1;
							case "p" -> {
								if (isWord(r)) {
									paragraphStyle = null;
								}
							}
							case "pStyle" -> paragraphStyle = DocxStyles.attribute(r, "val");
							case "r" -> {
								inRun = isWord(r);
								runStyle = null;
								runFont = null;
							}
							case "rPr" -> inRunProps = inRun;
							case "rStyle" -> {
								if (inRunProps) {
									runStyle = DocxStyles.attribute(r, "val");
								}
							}
							case "rFonts" -> {
								if (inRunProps) {
									runFont = DocxStyles.font(r);
								}
							}
							case "t" -> inText = inRun && isWord(r);
							case "tab", "ptab" -> append(inRun, '\t', runFont, runStyle, paragraphStyle);
							case "br", "cr" -> append(inRun, '\n', runFont, runStyle, paragraphStyle);
							case "noBreakHyphen" -> append(inRun, '-', runFont, runStyle, paragraphStyle);
							case "softHyphen" -> {
								String font = resolve(runFont, runStyle, paragraphStyle);
								LegacyVietnamese.Encoding enc = LegacyVietnamese.fromFontName(font);
								if (enc == LegacyVietnamese.Encoding.TCVN3) {
									append(inRun, '\u00AD', runFont, runStyle, paragraphStyle);
								}
								else if (font == null) {
									this.pendingSoftHyphens = true;
									append(inRun, PENDING_SOFT_HYPHEN, runFont, runStyle, paragraphStyle);
								}
							}
							default -> {
							}
						}
					}
					else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
						if (inText && skipDepth == 0) {
							text(r.getText(), resolve(runFont, runStyle, paragraphStyle));
						}
					}
					else if (event == XMLStreamConstants.END_ELEMENT) {
						if (skipDepth > 0) {
							skipDepth--;
							continue;
						}
						switch (r.getLocalName()) {
							case "t" -> inText = false;
							case "rPr" -> inRunProps = false;
							case "r" -> inRun = false;
							case "p" -> {
								if (isWord(r)) {
									flush();
									this.out.append('\n');
								}
							}
							default -> {
							}
						}
					}
				}
			}
			finally {
				r.close();
			}
			flush();
			String text = this.out.toString();
			if (this.pendingSoftHyphens) {
				String without = text.replace(String.valueOf(PENDING_SOFT_HYPHEN), "");
				text = LegacyVietnamese.detect(without) == LegacyVietnamese.Encoding.TCVN3
						? text.replace(PENDING_SOFT_HYPHEN, '\u00AD') : without;
			}
			return new WordFiles.Raw(text, this.met);
		}

		private static boolean isWord(XMLStreamReader r) {
			String ns = r.getNamespaceURI();
			return ns == null || ns.isEmpty() || ns.contains("wordprocessingml");
		}

		private String resolve(String runFont, String runStyle, String paragraphStyle) {
			if (runFont != null) {
				return runFont;
			}
			String f = runStyle != null ? this.styles.fontOf(runStyle) : null;
			if (f == null) {
				f = this.styles.fontOf(paragraphStyle != null ? paragraphStyle : this.styles.defaultParagraphStyle());
			}
			return f != null ? f : this.styles.defaultFont();
		}

		private void append(boolean inRun, char c, String runFont, String runStyle, String paragraphStyle) {
			if (inRun) {
				text(String.valueOf(c), resolve(runFont, runStyle, paragraphStyle));
			}
		}

		/**
		 * Text in {@code font}: joins the current group, or ends it and starts another.
		 */
		private void text(String s, String font) {
			if (!sameConversion(font, this.groupFont)) {
				flush();
				this.groupFont = font;
			}
			this.group.append(s);
		}

		private static boolean sameConversion(String a, String b) {
			LegacyVietnamese.Encoding ea = LegacyVietnamese.fromFontName(a);
			LegacyVietnamese.Encoding eb = LegacyVietnamese.fromFontName(b);
			return ea == eb && (ea == LegacyVietnamese.Encoding.UNICODE
					|| LegacyVietnamese.isUpperCaseFont(a) == LegacyVietnamese.isUpperCaseFont(b));
		}

		private void flush() {
			if (this.group.isEmpty()) {
				return;
			}
			String font = this.groupFont;
			LegacyVietnamese.Encoding enc = LegacyVietnamese.fromFontName(font);
			String s = this.group.toString();
			if (enc == LegacyVietnamese.Encoding.UNICODE) {
				this.out.append(s);
			}
			else {
				this.met = enc;
				this.out
					.append(LegacyVietnamese.toUnicode(symbolCodes(s), enc, LegacyVietnamese.isUpperCaseFont(font)));
			}
			this.group.setLength(0);
		}

		/**
		 * Word stores text in a font it takes for a symbol font at U+F020–U+F0FF: the
		 * code is the low byte.
		 */
		private static String symbolCodes(String s) {
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				if (c >= 0xF020 && c <= 0xF0FF) {
					char[] chars = s.toCharArray();
					for (int j = i; j < chars.length; j++) {
						if (chars[j] >= 0xF020 && chars[j] <= 0xF0FF) {
							chars[j] = (char) (chars[j] - 0xF000);
						}
					}
					return new String(chars);
				}
			}
			return s;
		}

	}

}
