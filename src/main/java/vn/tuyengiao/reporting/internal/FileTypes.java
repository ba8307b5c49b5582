package vn.tuyengiao.reporting.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An incoming document's file told by its first bytes, not its name: PDF starts with
 * "%PDF-", DOCX is a zip holding word/document.xml.
 */
public final class FileTypes {

	private FileTypes() {
	}

	public static boolean isPdf(byte[] b) {
		return b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-';
	}

	public static boolean isDocx(byte[] b) {
		if (b.length < 4 || b[0] != 'P' || b[1] != 'K' || b[2] != 3 || b[3] != 4) {
			return false;
		}
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
			ZipEntry e;
			while ((e = zip.getNextEntry()) != null) {
				if ("word/document.xml".equals(e.getName())) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

}
