package vn.tuyengiao;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * House rules that Spring Modulith does not check, so the next module starts from the
 * right shapes (docs/architecture.md): small files, one rule for form outcomes, UI text
 * from message keys also in Java, today from the injected Clock.
 */
class ArchitectureTest {

	private static final Path MAIN = Path.of("src/main/java/vn/tuyengiao");

	private static final int MAX_LINES = 400;

	/** Algorithmic files that may be longer: splitting them would hide the algorithm. */
	private static final Set<String> LONG_ALLOWED = Set.of("text/LegacyVietnamese.java",
			"similarity/SimilarityIndex.java", "similarity/internal/Postings.java", "report/DocxRenderer.java");

	/** Generators are long tables of Vietnamese phrases and distributions. */
	private static final String GENERATORS = "generator/";

	/**
	 * Lower-case letters only Vietnamese uses among Latin scripts (tone marks, ơ, ư, đ).
	 */
	private static final Pattern VIETNAMESE = Pattern.compile(
			"[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

	@Test
	void noSourceFileIsOver400LinesExceptTheAlgorithmicOnes() throws IOException {
		List<String> long_ = new ArrayList<>();
		for (Path file : javaFiles()) {
			String name = MAIN.relativize(file).toString().replace('\\', '/');
			long lines = Files.readAllLines(file).size();
			if (lines > MAX_LINES && !LONG_ALLOWED.contains(name) && !name.startsWith(GENERATORS)) {
				long_.add(name + " (" + lines + " lines)");
			}
		}
		assertThat(long_).as("split these by job (docs/architecture.md)").isEmpty();
	}

	@Test
	void controllersAndExportsTakeTheirTextFromMessageKeys() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path file : javaFiles()) {
			String name = file.getFileName().toString();
			if (!name.endsWith("Controller.java") && !name.endsWith("Export.java")) {
				continue;
			}
			// OpenAPI descriptions (annotation attributes) are API documentation, not UI.
			String code = Files.readString(file)
				.replaceAll("(?s)/\\*.*?\\*/", "")
				.replaceAll("//[^\\n]*", "")
				.replaceAll("(?m)^\\s*@.*$", "")
				.replaceAll("(?m)^.*\\b(summary|description)\\s*=.*$", "");
			Matcher m = STRING_LITERAL.matcher(code);
			while (m.find()) {
				if (VIETNAMESE.matcher(m.group(1)).find()) {
					problems.add(MAIN.relativize(file) + ": \"" + m.group(1) + "\"");
				}
			}
		}
		assertThat(problems).as("UI text must come from messages_vi.properties").isEmpty();
	}

	@Test
	void formOutcomesFollowOneRule() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path file : javaFiles()) {
			String code = Files.readString(file);
			if (file.endsWith("common/FormActions.java")) {
				continue;
			}
			if (code.contains("status() == 403") || code.contains("status() == 404")
					|| Pattern.compile("private String act\\(").matcher(code).find()) {
				problems.add(MAIN.relativize(file).toString());
			}
		}
		assertThat(problems).as("use common.FormActions for what a refused form action shows").isEmpty();
	}

	@Test
	void todayComesFromTheInjectedClock() throws IOException {
		Pattern now = Pattern
			.compile("\\b(LocalDate|LocalDateTime|Instant|Year|YearMonth|OffsetDateTime|ZonedDateTime)\\.now\\(\\)");
		List<String> problems = new ArrayList<>();
		for (Path file : javaFiles()) {
			String name = MAIN.relativize(file).toString().replace('\\', '/');
			// Commands that run before Spring (bench timings, the generator's default
			// as-of date) have no Clock bean.
			if (name.startsWith("bench/") || name.startsWith(GENERATORS)) {
				continue;
			}
			Matcher m = now.matcher(Files.readString(file));
			while (m.find()) {
				problems.add(name + ": " + m.group());
			}
		}
		assertThat(problems).as("inject java.time.Clock and call now(clock)").isEmpty();
	}

	private static List<Path> javaFiles() throws IOException {
		try (Stream<Path> files = Files.walk(MAIN)) {
			return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
		}
	}

}
