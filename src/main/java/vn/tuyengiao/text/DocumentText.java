package vn.tuyengiao.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import vn.tuyengiao.text.internal.FileKinds;
import vn.tuyengiao.text.internal.PlainText;
import vn.tuyengiao.text.internal.WordFiles;

/**
 * The one way documents are read, by the web upload and by batch commands alike: .docx,
 * .doc, .pdf with a text layer, or .txt (UTF-8, UTF-16 or Windows-1258). The format is
 * judged by content (magic bytes), the extension only says what is expected; anything
 * unreadable is refused with a {@link DocumentProblem} whose key names the reason. The
 * result is normalised: NFC, one tone-mark placement, and legacy TCVN3 (.VnTime) or
 * VNI-Windows text converted to Unicode — per run from the font name in Word files, by
 * detection elsewhere. Plain Java: no Spring, no web.
 */
public final class DocumentText {

	/** No document read here is longer than this; a longer text is a wrong file. */
	public static final int MAX_CHARS = 200_000;

	private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029|\\f|\\u000B");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

	private DocumentText() {
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
	 * @throws DocumentProblem naming the file; status 413 when too large
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
			throw DocumentProblem.invalid("corrupt", name);
		}
		if (content.length > maxBytes) {
			throw tooLarge(name, content.length, maxBytes);
		}
		return extract(name, content);
	}

	/**
	 * Reads a file and requires text in it, at most {@link #MAX_CHARS} characters.
	 * @throws DocumentProblem naming the file
	 */
	public static Extracted extract(String fileName, byte[] content) {
		Extracted e = read(fileName, content);
		String name = displayName(fileName);
		if (e.text().isBlank()) {
			throw DocumentProblem.invalid(formatOf(name) == Format.PDF ? "imageOnlyPdf" : "noText", name);
		}
		if (e.text().length() > MAX_CHARS) {
			throw DocumentProblem.invalid("tooLong", name, MAX_CHARS);
		}
		return e;
	}

	/**
	 * Reads a file's text, normalised, which may be blank (an empty page) and has no
	 * length limit.
	 * @throws DocumentProblem naming the file
	 */
	public static Extracted read(String fileName, byte[] content) {
		String name = displayName(fileName);
		Format expected = formatOf(name);
		if (content.length == 0) {
			throw DocumentProblem.invalid("empty", name);
		}
		WordFiles.Raw extracted = switch (expected) {
			case DOCX -> WordFiles.docx(name, content);
			case DOC -> WordFiles.doc(name, content);
			case PDF -> new WordFiles.Raw(pdf(name, content), LegacyVietnamese.Encoding.UNICODE);
			case TXT -> new WordFiles.Raw(PlainText.read(name, content), LegacyVietnamese.Encoding.UNICODE);
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
		return new Extracted(normalize(raw), expected.mediaType, converted);
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

	/** Syllables (words) in a text. */
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
		throw DocumentProblem.invalid("unsupported", name);
	}

	// ---- .pdf

	private static String pdf(String name, byte[] content) {
		if (!FileKinds.startsWith(content, FileKinds.PDF)) {
			throw FileKinds.mismatch(name, Format.PDF.label);
		}
		try (PDDocument doc = Loader.loadPDF(content)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return stripper.getText(doc);
		}
		catch (InvalidPasswordException e) {
			throw DocumentProblem.invalid("encrypted", name);
		}
		catch (IOException | RuntimeException e) {
			throw DocumentProblem.invalid("corrupt", name);
		}
	}

	private static DocumentProblem tooLarge(String name, long size, long max) {
		return new DocumentProblem(413, "tooLarge", name,
				String.format(Locale.ROOT, "%.1f", size / 1024.0 / 1024.0).replace('.', ','), max / 1024 / 1024);
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
