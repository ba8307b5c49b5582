package vn.tuyengiao.emulation.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import vn.tuyengiao.common.AppException;

/**
 * What a model's attachment may be: a photo or a PDF, recognised by its first bytes,
 * never by its name.
 */
final class Attachments {

	private Attachments() {
	}

	/** An uploaded file: its name as sent and its bytes. */
	record Upload(String fileName, byte[] content) {
	}

	/**
	 * The content type read from the file's signature, or null when it is not an image or
	 * a PDF.
	 */
	static String sniff(byte[] b) {
		if (starts(b, 0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return "image/png";
		}
		if (starts(b, 'G', 'I', 'F', '8') && b.length > 5 && (b[4] == '7' || b[4] == '9') && b[5] == 'a') {
			return "image/gif";
		}
		if (starts(b, 'R', 'I', 'F', 'F') && b.length >= 12
				&& "WEBP".equals(new String(Arrays.copyOfRange(b, 8, 12), StandardCharsets.US_ASCII))) {
			return "image/webp";
		}
		if (starts(b, '%', 'P', 'D', 'F', '-')) {
			return "application/pdf";
		}
		return null;
	}

	/**
	 * Checks one file: refused with its name when empty, too large, or not an image or
	 * PDF.
	 */
	static String check(Upload u, long maxBytes) {
		String name = u.fileName() == null || u.fileName().isBlank() ? "?" : u.fileName();
		if (u.content() == null || u.content().length == 0) {
			throw AppException.invalid("emulation.attachmentEmpty", name);
		}
		if (u.content().length > maxBytes) {
			throw AppException.invalid("emulation.attachmentTooLarge", name, megabytes(u.content().length),
					maxBytes / (1024 * 1024));
		}
		String type = sniff(u.content());
		if (type == null) {
			throw AppException.invalid("emulation.attachmentType", name);
		}
		// The name must not promise another kind of file than its content (a photo named
		// "bao-cao.docx" would open in no program on the reader's PC).
		int dot = name.lastIndexOf('.');
		if (dot > 0 && dot < name.length() - 1) {
			String ext = name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
			if (!EXTENSIONS.getOrDefault(type, java.util.Set.of()).contains(ext)) {
				throw AppException.invalid("emulation.attachmentMismatch", name, ext);
			}
		}
		return type;
	}

	/** The file name endings that fit each content type. */
	private static final java.util.Map<String, java.util.Set<String>> EXTENSIONS = java.util.Map.of("image/jpeg",
			java.util.Set.of("jpg", "jpeg", "jfif"), "image/png", java.util.Set.of("png"), "image/gif",
			java.util.Set.of("gif"), "image/webp", java.util.Set.of("webp"), "application/pdf",
			java.util.Set.of("pdf"));

	private static String megabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)).replace('.', ',');
	}

	private static boolean starts(byte[] b, int... sig) {
		if (b.length < sig.length) {
			return false;
		}
		for (int i = 0; i < sig.length; i++) {
			if ((b[i] & 0xFF) != sig[i]) {
				return false;
			}
		}
		return true;
	}

}
