package vn.tuyengiao.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The texts officials read must exist for every key, in readable UTF-8, with exactly the
 * arguments supplied.
 */
class MessagesTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

	private static final Pattern KEY_LITERAL = Pattern.compile("\"(tabular\\.[A-Za-z0-9.]+)\"");

	@Test
	void fileIsStrictUtf8AndVietnamese() throws IOException {
		byte[] bytes;
		try (InputStream in = getClass().getResourceAsStream(TabularMessages.RESOURCE)) {
			assertThat(in).isNotNull();
			bytes = in.readAllBytes();
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw new AssertionError("tabular_vi.properties is not UTF-8", e);
		}
		assertThat(text).contains("mật khẩu").doesNotContain("\\u");
	}

	@Test
	void everyProblemHasAMessageWithItsArguments() {
		Properties texts = TabularMessages.load();
		for (Problem p : Problem.values()) {
			String pattern = texts.getProperty(p.key);
			assertThat(pattern).as(p.key).isNotBlank();
			assertThat(p.key).startsWith("tabular.");
			Set<Integer> used = new TreeSet<>();
			Matcher m = PLACEHOLDER.matcher(pattern);
			while (m.find()) {
				used.add(Integer.parseInt(m.group(1)));
			}
			Set<Integer> expected = new TreeSet<>();
			for (int i = 0; i < p.argCount; i++) {
				expected.add(i);
			}
			assertThat(used).as("placeholders of %s", p.key).isEqualTo(expected);
			// Every message names the file, in quotes.
			assertThat(pattern).as(p.key).contains("\"{0}\"");
			Object[] args = new Object[p.argCount];
			Arrays.fill(args, "X");
			args[0] = "Danh sách.xlsx";
			String formatted = new MessageFormat(pattern, TabularMessages.VIETNAMESE).format(args);
			assertThat(formatted).as(p.key).contains("\"Danh sách.xlsx\"").doesNotContain("{");
			// A lone apostrophe would silently swallow the rest of a MessageFormat
			// pattern.
			assertThat(pattern.replace("''", "")).as(p.key).doesNotContain("'");
		}
		Set<String> keys = new HashSet<>();
		for (Problem p : Problem.values()) {
			keys.add(p.key);
		}
		assertThat(texts.stringPropertyNames()).as("no unused texts").isEqualTo(keys);
	}

	@Test
	void everyKeyWrittenInTheSourceExists() throws IOException {
		Properties texts = TabularMessages.load();
		Path sources = Path.of("src/main/java/vn/tuyengiao/tabular");
		assertThat(sources).isDirectory();
		Set<String> found = new TreeSet<>();
		try (Stream<Path> files = Files.list(sources)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher m = KEY_LITERAL.matcher(Files.readString(f));
				while (m.find()) {
					found.add(m.group(1));
				}
			}
		}
		assertThat(found).isNotEmpty();
		assertThat(texts.stringPropertyNames()).containsAll(found);
	}

	@Test
	void sizeLimitIsShownInMegabytes() {
		assertThat(LimitedInputStream.megabytes(20L << 20)).isEqualTo(20L);
		assertThat(LimitedInputStream.megabytes(1536L << 10)).isEqualTo(1.5);
		TabularException e = Problem.TOO_LARGE.exception("ds.xlsx", LimitedInputStream.megabytes(1536L << 10));
		assertThat(e.getMessage()).contains("1,5 MB");
	}

}
