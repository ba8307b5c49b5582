package vn.tuyengiao.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

/**
 * Resolves message keys without Spring, so {@link TabularException#getMessage()} is
 * readable in logs and tests. The web layer resolves the same keys through its own
 * message source.
 */
final class TabularMessages {

	static final String RESOURCE = "/i18n/tabular_vi.properties";

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private TabularMessages() {
	}

	private static final class Holder {

		static final Properties TEXTS = load();

	}

	static Properties load() {
		Properties p = new Properties();
		try (InputStream in = TabularMessages.class.getResourceAsStream(RESOURCE)) {
			if (in != null) {
				// Properties.load(InputStream) assumes ISO-8859-1; the file is UTF-8 so
				// that translators can read it.
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

	static String format(String key, Object... args) {
		String pattern = Holder.TEXTS.getProperty(key);
		if (pattern == null) {
			return key + Arrays.toString(args);
		}
		return new MessageFormat(pattern, VIETNAMESE).format(args);
	}

}
