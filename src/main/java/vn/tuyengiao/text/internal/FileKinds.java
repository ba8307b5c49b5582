package vn.tuyengiao.text.internal;

import vn.tuyengiao.text.DocumentProblem;

/**
 * A file's kind by its first bytes, and the problem of a file that is not what its name
 * says.
 */
public final class FileKinds {

	public static final byte[] ZIP = { 'P', 'K', 3, 4 };

	public static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	public static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private FileKinds() {
	}

	public static boolean startsWith(byte[] content, byte[] magic) {
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

	/** The file's content is not of the kind its extension says ({@code label}). */
	public static DocumentProblem mismatch(String name, String label) {
		int dot = name.lastIndexOf('.');
		return DocumentProblem.invalid("mismatch", name, dot < 0 ? "" : name.substring(dot), label);
	}

}
