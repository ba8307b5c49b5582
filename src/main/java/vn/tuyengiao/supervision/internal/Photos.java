package vn.tuyengiao.supervision.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

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
		if (!type.equals("image/webp") && !readableHeader(content)) {
			throw AppException.invalid("supervision.photo.notImage", name);
		}
		return type;
	}

	/**
	 * The JPEG or PNG header parses and gives a size. Only the header is read: decoding
	 * every pixel of five phone photos was the largest part of a sync's CPU time
	 * (docs/benchmarks.md), and a file with image magic bytes and a valid header is the
	 * format it claims.
	 */
	static boolean readableHeader(byte[] content) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return false;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				return reader.getWidth(0) > 0 && reader.getHeight(0) > 0;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/**
	 * A small JPEG of the photo for lists (at most {@code side} pixels on its longer
	 * side); WebP, which the JDK cannot read, and pictures already small are given as
	 * they are.
	 */
	public Thumbnail thumbnail(byte[] content, String mediaType, int side) {
		if ("image/webp".equals(mediaType)) {
			return new Thumbnail(mediaType, content);
		}
		try {
			BufferedImage img = ImageIO.read(new ByteArrayInputStream(content));
			if (img == null || Math.max(img.getWidth(), img.getHeight()) <= side) {
				return new Thumbnail(mediaType, content);
			}
			double s = (double) side / Math.max(img.getWidth(), img.getHeight());
			int w = Math.max(1, (int) Math.round(img.getWidth() * s));
			int h = Math.max(1, (int) Math.round(img.getHeight() * s));
			BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = small.createGraphics();
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.drawImage(img, 0, 0, w, h, null);
			g.dispose();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(small, "jpg", out);
			return new Thumbnail("image/jpeg", out.toByteArray());
		}
		catch (IOException ex) {
			return new Thumbnail(mediaType, content);
		}
	}

	public record Thumbnail(String mediaType, byte[] content) {
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
