package vn.tuyengiao.user.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.web.util.UriUtils;

/**
 * Time-based one-time passwords as authenticator apps compute them (RFC 6238 over RFC
 * 4226: HMAC-SHA1, 30-second steps, 6 digits), and the Base32 secrets and
 * {@code otpauth://} links they read from a QR code.
 */
public final class Totp {

	public static final int DIGITS = 6;

	public static final long STEP_SECONDS = 30;

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	/** A new 160-bit secret, Base32 without padding (32 characters). */
	public static String newSecret() {
		byte[] key = new byte[20];
		RANDOM.nextBytes(key);
		return base32(key);
	}

	/** The step a moment falls in. */
	public static long step(long epochSecond) {
		return Math.floorDiv(epochSecond, STEP_SECONDS);
	}

	/** The code of one step, zero-padded to {@code digits}. */
	public static String code(byte[] key, long step, int digits) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key, "HmacSHA1"));
			byte[] h = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
			int offset = h[h.length - 1] & 0x0f;
			int binary = ((h[offset] & 0x7f) << 24) | ((h[offset + 1] & 0xff) << 16) | ((h[offset + 2] & 0xff) << 8)
					| (h[offset + 3] & 0xff);
			int otp = binary % (int) Math.pow(10, digits);
			return String.format(Locale.ROOT, "%0" + digits + "d", otp);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA1 is part of every Java runtime", ex);
		}
	}

	/**
	 * The step a typed code matches, allowing one step either side for a phone's clock,
	 * or -1. Spaces the user typed ("123 456") are ignored.
	 */
	public static long matchingStep(String secret, String typed, long epochSecond) {
		if (secret == null || typed == null) {
			return -1;
		}
		String digits = typed.replaceAll("\\s+", "");
		if (!digits.matches("\\d{" + DIGITS + "}")) {
			return -1;
		}
		byte[] key = base32Decode(secret);
		long now = step(epochSecond);
		for (long s = now - 1; s <= now + 1; s++) {
			if (java.security.MessageDigest.isEqual(code(key, s, DIGITS).getBytes(StandardCharsets.US_ASCII),
					digits.getBytes(StandardCharsets.US_ASCII))) {
				return s;
			}
		}
		return -1;
	}

	/** The code an app shows at a moment for a Base32 secret. */
	public static String codeAt(String secret, long epochSecond) {
		return code(base32Decode(secret), step(epochSecond), DIGITS);
	}

	/** The link an authenticator app reads from the QR code. */
	public static String otpauthUri(String issuer, String account, String secret) {
		String label = UriUtils.encodePathSegment(issuer + ":" + account, StandardCharsets.UTF_8);
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
				+ UriUtils.encodeQueryParam(issuer, StandardCharsets.UTF_8) + "&algorithm=SHA1&digits=" + DIGITS
				+ "&period=" + STEP_SECONDS;
	}

	/** The secret in groups of four, easier to type into an app by hand. */
	public static String grouped(String secret) {
		return secret.replaceAll("(.{4})(?!$)", "$1 ");
	}

	static String base32(byte[] data) {
		StringBuilder out = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : data) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
		}
		return out.toString();
	}

	static byte[] base32Decode(String text) {
		String s = text.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (char c : s.toCharArray()) {
			int v = ALPHABET.indexOf(c);
			if (v < 0) {
				throw new IllegalArgumentException("Not Base32: " + c);
			}
			buffer = (buffer << 5) | v;
			bits += 5;
			if (bits >= 8) {
				out.write((buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return out.toByteArray();
	}

}
