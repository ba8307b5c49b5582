package vn.tuyengiao.supervision.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.tuyengiao.common.AppException;

/**
 * Evidence photos: JPEG, PNG or WebP, recognised by their content (not their name or the
 * type the client claims), no larger than the limit.
 */
@Component
public class Photos {

	private final long maxBytes;

	Photos(@Value("${tuyengiao.supervision.max-photo-mb:5}") long maxMb) {
		this.maxBytes = maxMb * 1024 * 1024;
	}

	public long maxBytes() {
		return this.maxBytes;
	}

	/** Decodes a base64 photo; a broken encoding is refused naming the photo. */
	public byte[] decode(String base64, String name) {
		if (base64 == null || base64.isBlank()) {
			throw AppException.invalid("supervision.photo.empty", name);
		}
		String data = base64.strip();
		int comma = data.indexOf(',');
		if (data.startsWith("data:") && comma > 0) {
			data = data.substring(comma + 1);
		}
		try {
			return Base64.getMimeDecoder().decode(data);
		}
		catch (IllegalArgumentException ex) {
			throw AppException.invalid("supervision.photo.badBase64", name);
		}
	}

	/** The photo's media type from its content; refuses anything else, or too large. */
	public String check(byte[] content, String name) {
		if (content == null || content.length == 0) {
			throw AppException.invalid("supervision.photo.empty", name);
		}
		if (content.length > this.maxBytes) {
			throw AppException.invalid("supervision.photo.tooLarge", name, this.maxBytes / (1024 * 1024));
		}
		String type = sniff(content);
		if (type == null) {
			throw AppException.invalid("supervision.photo.notImage", name);
		}
		if (!type.equals("image/webp")) {
			try {
				if (ImageIO.read(new ByteArrayInputStream(content)) == null) {
					throw AppException.invalid("supervision.photo.notImage", name);
				}
			}
			catch (IOException ex) {
				throw AppException.invalid("supervision.photo.notImage", name);
			}
		}
		return type;
	}

	static String sniff(byte[] c) {
		if (c.length > 3 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xD8 && (c[2] & 0xFF) == 0xFF) {
			return "image/jpeg";
		}
		if (c.length > 8 && (c[0] & 0xFF) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G') {
			return "image/png";
		}
		if (c.length > 12 && c[0] == 'R' && c[1] == 'I' && c[2] == 'F' && c[3] == 'F' && c[8] == 'W' && c[9] == 'E'
				&& c[10] == 'B' && c[11] == 'P') {
			return "image/webp";
		}
		return null;
	}

}
