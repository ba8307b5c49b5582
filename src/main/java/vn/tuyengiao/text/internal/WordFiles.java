package vn.tuyengiao.text.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import vn.tuyengiao.text.DocumentProblem;
import vn.tuyengiao.text.LegacyVietnamese;
import vn.tuyengiao.text.WordRunText;

/**
 * Text of Word documents, .docx and .doc, every run converted by its font (TCVN3 for
 * .VnTime and kin, VNI for VNI-Times and kin). A .docx is read by streaming its XML
 * ({@link DocxStream}: inflated once, counting, so a zip bomb is refused; no POI document
 * model); a .doc by POI's HWPF.
 */
public final class WordFiles {

	/**
	 * A .docx inflated beyond this, in all its parts, is refused as a zip bomb (a real
	 * one is a few MB).
	 */
	public static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;

	/**
	 * Word's xml deflates to 5–20 %; below one percent the archive is crafted (the
	 * tabular reader's rule).
	 */
	public static final double MIN_INFLATE_RATIO = 0.01;

	private static final String DOCX = "Word (.docx)";

	private static final String DOC = "Word 97–2003 (.doc)";

	private WordFiles() {
	}

	/** The text read and the legacy encoding met in its runs, if any. */
	public record Raw(String text, LegacyVietnamese.Encoding converted) {
	}

	public static Raw docx(String name, byte[] content) {
		if (FileKinds.startsWith(content, FileKinds.OLE2)) {
			throw ole2Problem(name, content, DOCX);
		}
		if (!FileKinds.startsWith(content, FileKinds.ZIP)) {
			throw FileKinds.mismatch(name, DOCX);
		}
		return DocxStream.read(name, content, DOCX);
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

	// ---- .doc

	public static Raw doc(String name, byte[] content) {
		if (!FileKinds.startsWith(content, FileKinds.OLE2)) {
			throw FileKinds.mismatch(name, DOC);
		}
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
				throw DocumentProblem.invalid("encrypted", name);
			}
			if (!root.hasEntry("WordDocument")) {
				throw FileKinds.mismatch(name, DOC);
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
		catch (DocumentProblem e) {
			throw e;
		}
		catch (Exception e) {
			throw translate(name, e, DOC);
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

	/**
	 * Office puts both old binary documents and password-protected new ones in an OLE2
	 * container.
	 */
	private static DocumentProblem ole2Problem(String name, byte[] content, String expected) {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
			if (fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
				return DocumentProblem.invalid("encrypted", name);
			}
			if (DOCX.equals(expected) && fs.getRoot().hasEntry("WordDocument")) {
				return DocumentProblem.invalid("docNamedDocx", name);
			}
			return FileKinds.mismatch(name, expected);
		}
		catch (IOException | RuntimeException e) {
			return DocumentProblem.invalid("corrupt", name);
		}
	}

	private static DocumentProblem translate(String name, Exception e, String expected) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof DocumentProblem a) {
				return a;
			}
			if (t instanceof EncryptedDocumentException) {
				return DocumentProblem.invalid("encrypted", name);
			}
			String message = t.getMessage();
			if (message != null && (message.contains("Zip bomb") || message.contains("ZipSecureFile"))) {
				return DocumentProblem.invalid("zipBomb", name);
			}
			if (t instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
					|| t instanceof org.apache.poi.openxml4j.exceptions.InvalidFormatException) {
				return FileKinds.mismatch(name, expected);
			}
		}
		return DocumentProblem.invalid("corrupt", name);
	}

}
