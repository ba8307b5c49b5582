package vn.tuyengiao;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI is Vietnamese and comes from message keys: no literal text in templates, and
 * every key the templates and the code use exists in messages_vi.properties (or
 * tabular_vi.properties).
 */
class I18nTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern TAG = Pattern
		.compile("<(/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");

	private static final Set<String> VOID = Set.of("input", "meta", "link", "br", "hr", "img", "source", "area", "base",
			"col", "wbr");

	/** Text allowed outside message keys: whitespace, punctuation, symbols and digits. */
	private static final Pattern NEUTRAL = Pattern.compile("[\\s\\p{Punct}\\p{S}–—·…0-9]*");

	private static final Pattern LITERAL_ATTR = Pattern
		.compile("\\s(placeholder|title|aria-label|alt|data-confirm)\\s*=\\s*\"([^\"]*)\"");

	private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[(}]");

	private static final Pattern KEY_IN_JAVA = Pattern.compile(
			"\"((?:error|org|member|user|token|account|import|validation|auth|common|login|home|nav|audit|tabular|study|register|report|commitment|emulation|meeting)\\.[A-Za-z0-9_.]+)\"");

	private static Properties messages;

	@BeforeAll
	static void load() throws IOException {
		messages = new Properties();
		for (String bundle : List.of("/i18n/messages_vi.properties", "/i18n/tabular_vi.properties")) {
			try (InputStream in = I18nTest.class.getResourceAsStream(bundle)) {
				assertThat(in).as(bundle).isNotNull();
				messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
			}
		}
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path file : templates()) {
			String html = Files.readString(file);
			html = html.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?i)<!DOCTYPE[^>]*>", "")
				.replaceAll("(?s)<script[^>]*>.*?</script>", "<script></script>");
			Deque<Boolean> replaced = new ArrayDeque<>();
			replaced.push(false);
			Matcher m = TAG.matcher(html);
			int last = 0;
			while (m.find()) {
				String text = html.substring(last, m.start());
				if (!replaced.peek() && !NEUTRAL.matcher(text).matches()) {
					problems.add(TEMPLATES.relativize(file) + ": text \"" + text.strip() + "\"");
				}
				last = m.end();
				String name = m.group(2).toLowerCase();
				String attrs = m.group(3);
				if (name.startsWith("!")) {
					continue;
				}
				Matcher literal = LITERAL_ATTR.matcher(attrs);
				while (literal.find()) {
					if (!NEUTRAL.matcher(literal.group(2)).matches()) {
						problems.add(TEMPLATES.relativize(file) + ": attribute " + literal.group(1) + "=\""
								+ literal.group(2) + "\"");
					}
				}
				if (!m.group(1).isEmpty()) {
					if (replaced.size() > 1) {
						replaced.pop();
					}
				}
				else if (!VOID.contains(name) && !attrs.strip().endsWith("/")) {
					boolean mine = attrs.contains("th:text=") || attrs.contains("th:utext=")
							|| attrs.contains("th:replace=") || attrs.contains("th:insert=");
					replaced.push(replaced.peek() || mine);
				}
			}
		}
		assertThat(problems).as("literal UI text must come from messages_vi.properties").isEmpty();
	}

	/**
	 * A year is never grouped like a count ("năm 2.026"): its placeholder is
	 * {n,number,#}.
	 */
	@Test
	void yearsInMessagesAreNotFormattedAsCounts() throws IOException {
		Pattern year = Pattern.compile("[Nn]ăm(?: \\p{L}+){0,2} \\{\\d+\\}");
		List<String> grouped = new ArrayList<>();
		for (String key : messages.stringPropertyNames()) {
			if (year.matcher(messages.getProperty(key)).find()) {
				grouped.add(key + "=" + messages.getProperty(key));
			}
		}
		assertThat(grouped).isEmpty();
	}

	@Test
	void everyKeyUsedInTemplatesExists() throws IOException {
		List<String> missing = new ArrayList<>();
		for (Path file : templates()) {
			Matcher m = KEY_IN_TEMPLATE.matcher(Files.readString(file));
			while (m.find()) {
				if (!messages.containsKey(m.group(1))) {
					missing.add(TEMPLATES.relativize(file) + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	/**
	 * The audit log shows each action and kind of record in Vietnamese: every literal
	 * passed to {@code AuditLog.record("ACTION", "Kind", …)} has its label.
	 */
	@Test
	void everyAuditActionAndKindHasALabel() throws IOException {
		Pattern record = Pattern.compile("record\\(\\s*\"([A-Z_]+)\",\\s*\"([A-Za-z]+)\"");
		List<String> missing = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher m = record.matcher(Files.readString(file));
				while (m.find()) {
					if (!messages.containsKey("audit.action." + m.group(1))) {
						missing.add(file.getFileName() + ": audit.action." + m.group(1));
					}
					if (!messages.containsKey("audit.kind." + m.group(2))) {
						missing.add(file.getFileName() + ": audit.kind." + m.group(2));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyUsedInCodeExists() throws IOException {
		List<String> missing = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher m = KEY_IN_JAVA.matcher(Files.readString(file));
				while (m.find()) {
					String key = m.group(1);
					if (!key.endsWith(".") && !messages.containsKey(key)) {
						missing.add(file.getFileName() + ": " + key);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void enumLabelsHaveMessages() {
		for (var kind : vn.tuyengiao.org.OrgUnitKind.values()) {
			assertThat(messages).containsKey(kind.messageKey());
		}
		for (var status : vn.tuyengiao.member.MemberStatus.values()) {
			assertThat(messages).containsKey(status.messageKey());
		}
		for (var field : vn.tuyengiao.member.MemberField.values()) {
			assertThat(messages).containsKey(field.messageKey());
			assertThat(messages).containsKey("member.import.guide." + field.name());
		}
		for (var role : vn.tuyengiao.user.Role.values()) {
			assertThat(messages).containsKey(role.messageKey());
		}
		for (Class<? extends Enum<?>> e : List.<Class<? extends Enum<?>>>of(vn.tuyengiao.emulation.Movement.class,
				vn.tuyengiao.emulation.MassOrganisation.class, vn.tuyengiao.emulation.ModelStatus.class,
				vn.tuyengiao.emulation.RetireReason.class, vn.tuyengiao.emulation.Effectiveness.class,
				vn.tuyengiao.emulation.HolderKind.class, vn.tuyengiao.emulation.DiscoveryMethod.class,
				vn.tuyengiao.emulation.ExemplarCategory.class, vn.tuyengiao.emulation.PublicityChannel.class,
				vn.tuyengiao.emulation.AwardLevel.class, vn.tuyengiao.emulation.AwardForm.class,
				vn.tuyengiao.emulation.AwardStatus.class, vn.tuyengiao.emulation.ReviewReason.class)) {
			for (Enum<?> c : e.getEnumConstants()) {
				assertThat(messages).containsKey("emulation." + e.getSimpleName() + "." + c.name());
			}
		}
	}

	@Test
	void defaultBundleHoldsNoTexts() throws IOException {
		Properties base = new Properties();
		try (InputStream in = I18nTest.class.getResourceAsStream("/i18n/messages.properties")) {
			base.load(in);
		}
		assertThat(base).as("texts belong in messages_vi.properties").isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).toList();
		}
	}

}
