package vn.tuyengiao;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each table belongs to one module, and a module's code puts only its own tables in SQL,
 * unless {@code table-access-allowed.txt} says why not. Spring Modulith checks the Java
 * dependencies ({@link ModularityTest}); this checks the SQL strings, which it cannot
 * see.
 * <p>
 * The tables come from the Flyway migrations ({@code create table}), their owners from
 * {@code table-owners.txt} (existing migrations are never edited, so owners are not
 * declared in them). Every string literal and text block of every class under
 * {@code src/main/java/vn/tuyengiao/<module>/} is scanned (literals joined by {@code +}
 * read as one) for a known table after {@code from}, {@code join}, {@code into},
 * {@code update} or {@code table}, or a literal that is just a table's name (as handed to
 * {@code UnitPathsChanged.rewriteSql}). Plain files, no Spring context.
 */
class TableOwnershipTest {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db");

	private static final Path SOURCES = Path.of("src/main/java/vn/tuyengiao");

	private static final Pattern CREATE_TABLE = Pattern
		.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	private static final Pattern TABLE_AFTER_KEYWORD = Pattern
		.compile("(?i)\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)\\b");

	record Use(String module, String file, String table) {
	}

	record Allowed(String module, String table, String reason) {

		boolean covers(Use use) {
			return this.module.equals(use.module()) && (this.table.equals("*") || this.table.equals(use.table()));
		}

	}

	@Test
	void everyTableCreatedByTheMigrationsHasOneOwner() throws IOException {
		Set<String> created = createdTables();
		Map<String, String> owners = owners();
		assertThat(created).as("tables created by the migrations").isNotEmpty();
		assertThat(new TreeSet<>(owners.keySet())).as("table-owners.txt lists exactly the tables the migrations create")
			.containsExactlyElementsOf(created);
		Set<String> modules = modules();
		owners
			.forEach((table, module) -> assertThat(modules).as("owner of " + table + " is a module").contains(module));
	}

	@Test
	void modulesPutOnlyTheirOwnTablesInSqlUnlessAllowed() throws IOException {
		Map<String, String> owners = owners();
		List<Allowed> allowed = allowed();
		List<Use> uses = uses(owners.keySet());
		assertThat(uses).as("the scanner finds the member module's own SQL")
			.anyMatch(u -> u.module().equals("member") && u.table().equals("member_status_period"));
		List<String> violations = new ArrayList<>();
		Set<Allowed> needed = new java.util.HashSet<>();
		for (Use use : uses) {
			String owner = owners.get(use.table());
			if (owner.equals(use.module())) {
				continue;
			}
			Allowed entry = allowed.stream().filter(a -> a.covers(use)).findFirst().orElse(null);
			if (entry == null) {
				violations.add(
						use.file() + " (module " + use.module() + ") uses table " + use.table() + " owned by " + owner);
			}
			else {
				needed.add(entry);
			}
		}
		assertThat(violations)
			.as("SQL on another module's table: call the owning module's API, or add \"module table reason\" to "
					+ "src/test/resources/table-access-allowed.txt")
			.isEmpty();
		List<String> stale = allowed.stream()
			.filter(a -> !a.table().equals("*") && !needed.contains(a))
			.map(a -> a.module() + " " + a.table())
			.toList();
		assertThat(stale).as("entries of table-access-allowed.txt no longer needed: remove them").isEmpty();
		allowed.forEach(a -> assertThat(owners.containsKey(a.table()) || a.table().equals("*"))
			.as("allowed entry names a known table: " + a.module() + " " + a.table())
			.isTrue());
	}

	@Test
	void literalsAreReadAsJavaWrites() {
		String source = """
				class X { String a = "select 1 from " + "member m"; char q = '"';
				// "from org_unit" in a comment
				String b = \"""
				    update org_unit set x = 1\""";
				String c = "say \\"hi\\" from " + name + " join app_user u"; String d = "unit_merge"; }
				""";
		assertThat(literals(source)).containsExactly("select 1 from member m", "\n    update org_unit set x = 1",
				"say \\\"hi\\\" from ", " join app_user u", "unit_merge");
		assertThat(tables("select 1 from member m", Set.of("member", "member_unit_period"))).containsExactly("member");
		assertThat(tables("update member_unit_period", Set.of("member", "member_unit_period")))
			.containsExactly("member_unit_period");
		assertThat(tables("a member joined", Set.of("member"))).isEmpty();
	}

	// ---- the migrations and the two lists

	private static Set<String> createdTables() throws IOException {
		Set<String> tables = new TreeSet<>();
		try (Stream<Path> files = Files.walk(MIGRATIONS)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
				Matcher m = CREATE_TABLE.matcher(Files.readString(f, StandardCharsets.UTF_8));
				while (m.find()) {
					tables.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
				}
			}
		}
		return tables;
	}

	private static Map<String, String> owners() throws IOException {
		Map<String, String> owners = new TreeMap<>();
		for (String[] fields : lines("/table-owners.txt")) {
			assertThat(fields).as("table-owners.txt line: table module").hasSize(2);
			assertThat(owners.put(fields[0], fields[1])).as("one owner for " + fields[0]).isNull();
		}
		return owners;
	}

	private static List<Allowed> allowed() throws IOException {
		List<Allowed> allowed = new ArrayList<>();
		for (String[] fields : lines("/table-access-allowed.txt")) {
			assertThat(fields).as("table-access-allowed.txt line: module table reason").hasSize(3);
			allowed.add(new Allowed(fields[0], fields[1], fields[2]));
		}
		return allowed;
	}

	/**
	 * Non-blank, non-comment lines, split into at most three whitespace-separated fields.
	 */
	private static List<String[]> lines(String resource) throws IOException {
		List<String[]> lines = new ArrayList<>();
		try (var in = TableOwnershipTest.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String l = line.strip();
				if (!l.isEmpty() && !l.startsWith("#")) {
					lines.add(l.split("\\s+", 3));
				}
			}
		}
		return lines;
	}

	private static Set<String> modules() throws IOException {
		try (Stream<Path> dirs = Files.list(SOURCES)) {
			return dirs.filter(Files::isDirectory)
				.map(p -> p.getFileName().toString())
				.collect(java.util.stream.Collectors.toCollection(TreeSet::new));
		}
	}

	// ---- the sources

	private static List<Use> uses(Set<String> tables) throws IOException {
		List<Use> uses = new ArrayList<>();
		for (String module : modules()) {
			try (Stream<Path> files = Files.walk(SOURCES.resolve(module))) {
				for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
					String file = SOURCES.relativize(f).toString().replace('\\', '/');
					Set<String> seen = new TreeSet<>();
					for (String literal : literals(Files.readString(f, StandardCharsets.UTF_8))) {
						seen.addAll(tables(literal, tables));
					}
					seen.forEach(t -> uses.add(new Use(module, file, t)));
				}
			}
		}
		return uses;
	}

	private static Set<String> tables(String literal, Set<String> tables) {
		Set<String> found = new TreeSet<>();
		if (tables.contains(literal.strip())) {
			found.add(literal.strip());
		}
		Matcher m = TABLE_AFTER_KEYWORD.matcher(literal);
		while (m.find()) {
			String name = m.group(1);
			if (tables.contains(name)) {
				found.add(name);
			}
		}
		return found;
	}

	/**
	 * The string literals and text blocks of a Java source, comments and character
	 * literals skipped, escapes kept as written; literals joined only by {@code +} come
	 * back as one string.
	 */
	static List<String> literals(String src) {
		List<String> out = new ArrayList<>();
		StringBuilder current = null;
		int i = 0;
		int n = src.length();
		while (i < n) {
			char c = src.charAt(i);
			if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
				int end = src.indexOf('\n', i);
				i = end < 0 ? n : end + 1;
			}
			else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
				int end = src.indexOf("*/", i + 2);
				i = end < 0 ? n : end + 2;
			}
			else if (c == '\'') {
				i++;
				while (i < n && src.charAt(i) != '\'') {
					i += src.charAt(i) == '\\' ? 2 : 1;
				}
				i++;
				current = flush(out, current);
			}
			else if (c == '"') {
				boolean block = src.startsWith("\"\"\"", i);
				String close = block ? "\"\"\"" : "\"";
				int start = i + close.length();
				int j = start;
				while (j < n && !src.startsWith(close, j)) {
					j += src.charAt(j) == '\\' ? 2 : 1;
				}
				String text = src.substring(start, Math.min(j, n));
				if (block) {
					text = text.substring(text.indexOf('\n') < 0 ? 0 : text.indexOf('\n'));
				}
				current = current == null ? new StringBuilder(text) : current.append(text);
				i = j + close.length();
			}
			else if (c == '+' || Character.isWhitespace(c)) {
				i++;
			}
			else {
				current = flush(out, current);
				i++;
			}
		}
		flush(out, current);
		return out;
	}

	private static StringBuilder flush(List<String> out, StringBuilder current) {
		if (current != null) {
			out.add(current.toString());
		}
		return null;
	}

}
