package vn.tuyengiao.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serial;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

/**
 * A document that cannot be read: {@link #key()} says why (for example {@code zipBomb}),
 * {@link #args()} are its MessageFormat arguments (the first is always the file name).
 * {@link #messageKey()} ({@code text.file.<key>}) resolves against
 * {@code i18n/text_vi.properties}; {@link #getMessage()} already holds that Vietnamese
 * text, for batch commands and logs. A module that shows the problem to its users maps
 * {@link #key()} to its own message key ({@code commitment.file.<key>}).
 */
public class DocumentProblem extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String RESOURCE = "/i18n/text_vi.properties";

	private final int status;

	private final String key;

	private final Object[] args;

	/**
	 * {@code status}: 400, or 413 when the file is too large; {@code key}: the reason.
	 */
	public DocumentProblem(int status, String key, Object... args) {
		super(format("text.file." + key, args));
		this.status = status;
		this.key = key;
		this.args = args.clone();
	}

	/** A file that cannot be read (400). */
	public static DocumentProblem invalid(String key, Object... args) {
		return new DocumentProblem(400, key, args);
	}

	/** 400, or 413 when the file is larger than allowed. */
	public int status() {
		return this.status;
	}

	/** Why: {@code empty}, {@code tooLarge}, {@code zipBomb}, {@code mismatch}, … */
	public String key() {
		return this.key;
	}

	/** {@code text.file.<key>}, in {@code i18n/text_vi.properties}. */
	public String messageKey() {
		return "text.file." + this.key;
	}

	public Object[] args() {
		return this.args.clone();
	}

	private static final class Holder {

		static final Properties TEXTS = load();

	}

	private static Properties load() {
		Properties p = new Properties();
		try (InputStream in = DocumentProblem.class.getResourceAsStream(RESOURCE)) {
			if (in != null) {
				try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
					p.load(r);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return p;
	}

	private static String format(String key, Object... args) {
		String pattern = Holder.TEXTS.getProperty(key);
		if (pattern == null) {
			return key + Arrays.toString(args);
		}
		return new MessageFormat(pattern, Locale.forLanguageTag("vi-VN")).format(args);
	}

}
