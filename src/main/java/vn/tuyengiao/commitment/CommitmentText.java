package vn.tuyengiao.commitment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.text.LegacyVietnamese;
import vn.tuyengiao.text.VietnameseText;
import vn.tuyengiao.text.WordRunText;

/**
 * Text of a commitment from what members hand in: .docx, .doc, .pdf with a text layer, or
 * .txt (UTF-8, UTF-16 or Windows-1258). The format is judged by content (magic bytes),
 * the extension only says what is expected; anything unreadable is refused with a
 * Vietnamese message naming the file. The result is normalised: NFC, one tone-mark
 * placement, and legacy TCVN3 (.VnTime) or VNI-Windows text converted to Unicode — per
 * run from the font name in Word files, by detection elsewhere. Plain Java: used by the
 * web module and usable by batch commands.
 */
public final class CommitmentText {

	/** No commitment is longer than this; a longer text is a wrong file. */
	public static final int MAX_CHARS = 200_000;

	/**
	 * A .docx inflated beyond this, in all its parts, is refused as a zip bomb (a real
	 * one is a few MB).
	 */
	static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;

	/**
	 * Word's xml deflates to 5–20 %; below one percent the archive is crafted (the
	 * tabular reader's rule).
	 */
	static final double MIN_INFLATE_RATIO = 0.01;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

	private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029|\\f|\\u000B");

	private static final Pattern LEFTOVER_MARK = Pattern.compile("[\\p{M}\\uFFFD]");

	/**
	 * In real Windows-1258 text a tone mark follows a vowel (or another mark), never a
	 * consonant.
	 */
	private static final Pattern MARK_AFTER_CONSONANT = Pattern
		.compile("[^aăâeêioôơuưyAĂÂEÊIOÔƠUƯY\\u0300\\u0301\\u0303\\u0309\\u0323][\\u0300\\u0301\\u0303\\u0309\\u0323]");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

	private CommitmentText() {
	}

	/**
	 * The text and what it came from: the file's format and the legacy encoding
	 * converted, if any.
	 */
	public record Extracted(String text, String mediaType, LegacyVietnamese.Encoding sourceEncoding) {
	}

	public enum Format {

		DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (.docx)"),
		DOC("application/msword", "Word 97–2003 (.doc)"), PDF("application/pdf", "PDF"),
		TXT("text/plain", "văn bản thuần (.txt)");

		final String mediaType;

		final String label;

		Format(String mediaType, String label) {
			this.mediaType = mediaType;
			this.label = label;
		}

		public String mediaType() {
			return this.mediaType;
		}

	}

	/**
	 * Reads an uploaded file whole (it is capped far below memory limits).
	 * @throws AppException 400 with a {@code commitment.file.*} message naming the file,
	 * or 413 when too large
	 */
	public static Extracted extract(String fileName, InputStream in, long declaredSize, long maxBytes) {
		String name = displayName(fileName);
		if (declaredSize > maxBytes) {
			throw tooLarge(name, declaredSize, maxBytes);
		}
		byte[] content;
		try {
			content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
		}
		catch (IOException e) {
			throw AppException.invalid("commitment.file.corrupt", name);
		}
		if (content.length > maxBytes) {
			throw tooLarge(name, content.length, maxBytes);
		}
		return extract(name, content);
	}

	public static Extracted extract(String fileName, byte[] content) {
		String name = displayName(fileName);
		Format expected = formatOf(name);
		if (content.length == 0) {
			throw AppException.invalid("commitment.file.empty", name);
		}
		Raw extracted = switch (expected) {
			case DOCX -> docx(name, content);
			case DOC -> doc(name, content);
			case PDF -> new Raw(pdf(name, content), LegacyVietnamese.Encoding.UNICODE);
			case TXT -> new Raw(txt(name, content), LegacyVietnamese.Encoding.UNICODE);
		};
		String raw = extracted.text();
		// Word runs in a legacy font were converted run by run; other text is recognised
		// by its characters.
		LegacyVietnamese.Encoding converted = extracted.converted();
		if (converted == LegacyVietnamese.Encoding.UNICODE) {
			LegacyVietnamese.Encoding detected = LegacyVietnamese.detect(raw);
			if (detected != LegacyVietnamese.Encoding.UNICODE) {
				raw = LegacyVietnamese.toUnicode(raw, detected);
				converted = detected;
			}
		}
		String text = normalize(raw);
		if (text.isBlank()) {
			throw AppException
				.invalid(expected == Format.PDF ? "commitment.file.imageOnlyPdf" : "commitment.file.noText", name);
		}
		if (text.length() > MAX_CHARS) {
			throw AppException.invalid("commitment.file.tooLong", name, MAX_CHARS);
		}
		return new Extracted(text, expected.mediaType, converted);
	}

	/**
	 * Canonical stored form of a multi-line text: every line normalised like names (NFC,
	 * one tone placement, single spaces), blank lines kept as one paragraph break.
	 */
	public static String normalize(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder sb = new StringBuilder(text.length());
		boolean blank = false;
		for (String line : LINE_BREAKS.split(text, -1)) {
			String n = VietnameseText.normalize(line);
			if (n.isEmpty()) {
				blank = sb.length() > 0;
				continue;
			}
			if (sb.length() > 0) {
				sb.append(blank ? "\n\n" : "\n");
			}
			sb.append(n);
			blank = false;
		}
		return sb.toString();
	}

	/** Syllables (words) in a text: the unit of the "too short" check. */
	public static int wordCount(String text) {
		if (text == null) {
			return 0;
		}
		int n = 0;
		var m = WORD.matcher(text);
		while (m.find()) {
			n++;
		}
		return n;
	}

	/** The expected format by extension. */
	public static Format formatOf(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".docx")) {
			return Format.DOCX;
		}
		if (lower.endsWith(".doc")) {
			return Format.DOC;
		}
		if (lower.endsWith(".pdf")) {
			return Format.PDF;
		}
		if (lower.endsWith(".txt")) {
			return Format.TXT;
		}
		throw AppException.invalid("commitment.file.unsupported", name);
	}

	// ---- .docx

	private record Raw(String text, LegacyVietnamese.Encoding converted) {
	}

	private static Raw docx(String name, byte[] content) {
		if (startsWith(content, OLE2)) {
			throw ole2Problem(name, content, Format.DOCX);
		}
		if (!startsWith(content, ZIP)) {
			throw mismatch(name, Format.DOCX);
		}
		checkInflation(name, content);
		Path tmp = null;
		OPCPackage pkg = null;
		try {
			// From a file POI inflates one part at a time; from a stream it would inflate
			// all of them first.
			tmp = Files.createTempFile("commitment-", ".docx");
			try (OutputStream out = Files.newOutputStream(tmp)) {
				out.write(content);
			}
			pkg = OPCPackage.open(tmp.toFile(), PackageAccess.READ);
			try (XWPFDocument doc = new XWPFDocument(pkg)) {
				StringBuilder sb = new StringBuilder();
				LegacyVietnamese.Encoding[] met = { LegacyVietnamese.Encoding.UNICODE };
				for (IBodyElement e : doc.getBodyElements()) {
					appendElement(sb, e, met);
				}
				return new Raw(sb.toString(), met[0]);
			}
		}
		catch (AppException e) {
			throw e;
		}
		catch (Exception e) {
			throw translate(name, e, Format.DOCX);
		}
		finally {
			if (pkg != null) {
				pkg.revert();
			}
			if (tmp != null) {
				try {
					Files.deleteIfExists(tmp);
				}
				catch (IOException ignored) {
					// a temporary file left behind is harmless
				}
			}
		}
	}

	private static void appendElement(StringBuilder sb, IBodyElement e, LegacyVietnamese.Encoding[] met) {
		if (e instanceof XWPFParagraph p) {
			appendParagraph(sb, p, met);
		}
		else if (e instanceof XWPFTable t) {
			for (XWPFTableRow row : t.getRows()) {
				for (XWPFTableCell cell : row.getTableCells()) {
					for (IBodyElement inner : cell.getBodyElements()) {
						appendElement(sb, inner, met);
					}
				}
			}
		}
	}

	private static void appendParagraph(StringBuilder sb, XWPFParagraph p, LegacyVietnamese.Encoding[] met) {
		for (XWPFRun run : p.getRuns()) {
			String font = run.getFontFamily();
			if (font == null) {
				font = run.getFontName();
			}
			if (font == null && p.getStyleID() != null && p.getDocument() != null
					&& p.getDocument().getStyles() != null) {
				var style = p.getDocument().getStyles().getStyle(p.getStyleID());
				if (style != null && style.getCTStyle().getRPr() != null
						&& style.getCTStyle().getRPr().sizeOfRFontsArray() > 0) {
					font = style.getCTStyle().getRPr().getRFontsArray(0).getAscii();
				}
			}
			String text = WordRunText.of(run, font);
			if (text == null || text.isEmpty()) {
				continue;
			}
			sb.append(convert(text, font, met));
		}
		sb.append('\n');
	}

	private static String convert(String text, String font, LegacyVietnamese.Encoding[] met) {
		LegacyVietnamese.Encoding enc = font == null ? LegacyVietnamese.Encoding.UNICODE
				: LegacyVietnamese.fromFontName(font);
		if (enc == LegacyVietnamese.Encoding.UNICODE) {
			return text;
		}
		met[0] = enc;
		// .VnTimeH and its kin show lower-case TCVN3 codes as capitals: headings are
		// typed that way.
		return LegacyVietnamese.toUnicode(text, enc, LegacyVietnamese.isUpperCaseFont(font));
	}

	/**
	 * Inflates every part once, counting, before POI sees the file: a crafted archive is
	 * refused whatever the process-wide POI limits are.
	 */
	private static void checkInflation(String name, byte[] content) {
		long total = 0;
		byte[] buf = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				long inflated = 0;
				int n;
				while ((n = zip.read(buf)) > 0) {
					inflated += n;
					total += n;
					if (total > MAX_INFLATED_BYTES) {
						throw AppException.invalid("commitment.file.zipBomb", name);
					}
				}
				long compressed = entry.getCompressedSize();
				if (inflated > 100_000 && compressed > 0 && (double) compressed / inflated < MIN_INFLATE_RATIO) {
					throw AppException.invalid("commitment.file.zipBomb", name);
				}
			}
		}
		catch (IOException e) {
			throw AppException.invalid("commitment.file.corrupt", name);
		}
	}

	// ---- .doc

	private static Raw doc(String name, byte[] content) {
		if (!startsWith(content, OLE2)) {
			throw mismatch(name, Format.DOC);
		}
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
				throw AppException.invalid("commitment.file.encrypted", name);
			}
			if (!root.hasEntry("WordDocument")) {
				throw mismatch(name, Format.DOC);
			}
			try (HWPFDocument doc = new HWPFDocument(fs)) {
				Range range = doc.getRange();
				StringBuilder sb = new StringBuilder();
				LegacyVietnamese.Encoding[] met = { LegacyVietnamese.Encoding.UNICODE };
				for (int i = 0; i < range.numParagraphs(); i++) {
					var paragraph = range.getParagraph(i);
					for (int j = 0; j < paragraph.numCharacterRuns(); j++) {
						CharacterRun run = paragraph.getCharacterRun(j);
						String text = run.text().replace('\r', '\n').replace('\u0007', '\n');
						text = WordRunText.legacyDocRun(text, run.getFontName());
						sb.append(convert(stripFields(text), run.getFontName(), met));
					}
				}
				return new Raw(sb.toString(), met[0]);
			}
		}
		catch (AppException e) {
			throw e;
		}
		catch (Exception e) {
			throw translate(name, e, Format.DOC);
		}
	}

	/**
	 * Word's field codes and special characters below U+0020, other than line breaks and
	 * tabs.
	 */
	private static String stripFields(String text) {
		StringBuilder sb = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x20 || c == '\n' || c == '\t') {
				sb.append(c);
			}
		}
		return sb.toString();
	}

	// ---- .pdf

	private static String pdf(String name, byte[] content) {
		if (!startsWith(content, PDF)) {
			throw mismatch(name, Format.PDF);
		}
		try (PDDocument doc = Loader.loadPDF(content)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return stripper.getText(doc);
		}
		catch (InvalidPasswordException e) {
			throw AppException.invalid("commitment.file.encrypted", name);
		}
		catch (IOException | RuntimeException e) {
			throw AppException.invalid("commitment.file.corrupt", name);
		}
	}

	// ---- .txt

	private static String txt(String name, byte[] content) {
		if (startsWith(content, ZIP) || startsWith(content, OLE2) || startsWith(content, PDF)) {
			throw mismatch(name, Format.TXT);
		}
		String text;
		if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF) {
			text = decode(content, 3, StandardCharsets.UTF_8, name);
		}
		else if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
			text = decode(content, 2, StandardCharsets.UTF_16LE, name);
		}
		else if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
			text = decode(content, 2, StandardCharsets.UTF_16BE, name);
		}
		else if (utf16WithoutBom(content) != null) {
			text = decode(content, 0, utf16WithoutBom(content), name);
		}
		else {
			try {
				text = StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(content))
					.toString();
			}
			catch (CharacterCodingException e) {
				// Not UTF-8: an old TCVN3/VNI file (its bytes are the legacy font's
				// codes), or Windows-1258 (tone marks
				// as combining characters), as old Vietnamese Notepad saved.
				// Windows-1258 comes first; its tone marks always attach to a vowel, so
				// marks left over after NFC (or
				// bytes it does not define) say the bytes are a legacy font's codes
				// instead.
				String raw1258 = new String(content, WINDOWS_1258);
				String cp1258 = java.text.Normalizer.normalize(raw1258, java.text.Normalizer.Form.NFC);
				String bytesAsCodes = new String(content, StandardCharsets.ISO_8859_1);
				boolean clean = !LEFTOVER_MARK.matcher(cp1258).find() && !MARK_AFTER_CONSONANT.matcher(raw1258).find();
				text = clean || LegacyVietnamese.detect(bytesAsCodes) == LegacyVietnamese.Encoding.UNICODE ? cp1258
						: bytesAsCodes;
			}
		}
		int control = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
				control++;
			}
		}
		if (control > Math.max(2, text.length() / 100)) {
			throw mismatch(name, Format.TXT);
		}
		return text;
	}

	/**
	 * UTF-16 saved without a byte-order mark: one of every two bytes is zero in
	 * Latin-script text.
	 */
	private static Charset utf16WithoutBom(byte[] b) {
		int n = Math.min(b.length - b.length % 2, 4000);
		if (n < 4) {
			return null;
		}
		int evenZero = 0;
		int oddZero = 0;
		for (int i = 0; i < n; i += 2) {
			if (b[i] == 0) {
				evenZero++;
			}
			if (b[i + 1] == 0) {
				oddZero++;
			}
		}
		int pairs = n / 2;
		if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) {
			return StandardCharsets.UTF_16LE;
		}
		if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	private static String decode(byte[] b, int offset, Charset cs, String name) {
		try {
			return cs.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(b, offset, b.length - offset))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw AppException.invalid("commitment.file.badEncoding", name);
		}
	}

	// ---- helpers

	/**
	 * Office puts both old binary documents and password-protected new ones in an OLE2
	 * container.
	 */
	private static AppException ole2Problem(String name, byte[] content, Format expected) {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
			if (fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
				return AppException.invalid("commitment.file.encrypted", name);
			}
			if (expected == Format.DOCX && fs.getRoot().hasEntry("WordDocument")) {
				return AppException.invalid("commitment.file.docNamedDocx", name);
			}
			return mismatch(name, expected);
		}
		catch (IOException | RuntimeException e) {
			return AppException.invalid("commitment.file.corrupt", name);
		}
	}

	private static AppException translate(String name, Exception e, Format expected) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof AppException a) {
				return a;
			}
			if (t instanceof EncryptedDocumentException) {
				return AppException.invalid("commitment.file.encrypted", name);
			}
			String message = t.getMessage();
			if (message != null && (message.contains("Zip bomb") || message.contains("ZipSecureFile"))) {
				return AppException.invalid("commitment.file.zipBomb", name);
			}
			if (t instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
					|| t instanceof org.apache.poi.openxml4j.exceptions.InvalidFormatException) {
				return mismatch(name, expected);
			}
		}
		return AppException.invalid("commitment.file.corrupt", name);
	}

	private static AppException mismatch(String name, Format expected) {
		int dot = name.lastIndexOf('.');
		return AppException.invalid("commitment.file.mismatch", name, dot < 0 ? "" : name.substring(dot),
				expected.label);
	}

	private static AppException tooLarge(String name, long size, long max) {
		return new AppException(413, "commitment.file.tooLarge", name,
				String.format(Locale.ROOT, "%.1f", size / 1024.0 / 1024.0).replace('.', ','), max / 1024 / 1024);
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Browsers on Windows may send "C:\fakepath\bancamket.docx"; the official only needs
	 * "bancamket.docx".
	 */
	public static String displayName(String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return "";
		}
		String name = fileName.strip();
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		return name.substring(slash + 1);
	}

}
