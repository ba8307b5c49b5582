package vn.tuyengiao.commitment.internal;

import java.io.InputStream;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.text.DocumentProblem;
import vn.tuyengiao.text.DocumentText;

/**
 * Text of a commitment from what members hand in, read by the one document reader of the
 * {@code text} module ({@link DocumentText}: .docx, .doc, .pdf with a text layer or .txt,
 * legacy fonts converted, normalised); its problems become {@code commitment.file.*}
 * messages naming the file.
 */
public final class CommitmentText {

	/** No commitment is longer than this; a longer text is a wrong file. */
	public static final int MAX_CHARS = DocumentText.MAX_CHARS;

	private CommitmentText() {
	}

	/**
	 * Reads an uploaded file whole (it is capped far below memory limits).
	 * @throws AppException 400 with a {@code commitment.file.*} message naming the file,
	 * or 413 when too large
	 */
	public static DocumentText.Extracted extract(String fileName, InputStream in, long declaredSize, long maxBytes) {
		try {
			return DocumentText.extract(fileName, in, declaredSize, maxBytes);
		}
		catch (DocumentProblem p) {
			throw problem(p);
		}
	}

	/**
	 * Reads a file held in memory; see {@link #extract(String, InputStream, long, long)}.
	 */
	public static DocumentText.Extracted extract(String fileName, byte[] content) {
		try {
			return DocumentText.extract(fileName, content);
		}
		catch (DocumentProblem p) {
			throw problem(p);
		}
	}

	/** A document problem as the commitment pages show it. */
	static AppException problem(DocumentProblem p) {
		return new AppException(p.status(), "commitment.file." + p.key(), p.args());
	}

	/**
	 * Canonical stored form of a multi-line text: {@link DocumentText#normalize(String)}.
	 */
	public static String normalize(String text) {
		return DocumentText.normalize(text);
	}

	/** Syllables (words) in a text: the unit of the "too short" check. */
	public static int wordCount(String text) {
		return DocumentText.wordCount(text);
	}

	/** The name of an uploaded file without the path some browsers send. */
	public static String displayName(String fileName) {
		return DocumentText.displayName(fileName);
	}

}
