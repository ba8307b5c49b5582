package vn.tuyengiao.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The "Nơi nhận:" list at the bottom left: who gets a copy, each on a dash line in small
 * type, always ending with the filing line ("- Lưu." or "- Lưu Văn phòng.").
 *
 * @param items "Thường trực Huyện ủy (b/c);", "Ban Tuyên giáo các xã, thị trấn;" —
 * without the dash
 * @param filing the last line without the dash; null gives "Lưu."
 */
public record Recipients(List<String> items, String filing) {

	public static final String LABEL = "Nơi nhận:";

	public Recipients {
		List<String> given = Objects.requireNonNull(items, "items")
			.stream()
			.map(s -> PartyDocument.required(stripDash(s), "recipient"))
			.toList();
		// Exactly one filing line, last: a "Lưu …" among the items becomes the filing
		// line
		// when none is given, and is dropped otherwise.
		String filed = filing == null || filing.isBlank() ? null : stripDash(filing.strip());
		List<String> rest = new ArrayList<>(given.size());
		for (String item : given) {
			if (isFiling(item)) {
				filed = filed == null ? item : filed;
			}
			else {
				rest.add(endWith(item, ";"));
			}
		}
		filing = filed == null ? "Lưu." : endWith(filed, ".");
		if (!isFiling(filing)) {
			throw new IllegalArgumentException(
					"The last recipient line must be the filing copy (\"Lưu …\"), was \"" + filing + "\"");
		}
		items = List.copyOf(rest);
	}

	private static boolean isFiling(String line) {
		return line.equals("Lưu") || line.startsWith("Lưu ") || line.startsWith("Lưu.") || line.startsWith("Lưu,");
	}

	/** "Lãnh đạo Ban" → "Lãnh đạo Ban;"; a line already ending in punctuation is kept. */
	private static String endWith(String line, String mark) {
		String t = line.strip();
		if (t.endsWith(";") || t.endsWith(".") || t.endsWith(",")) {
			t = t.substring(0, t.length() - 1).strip();
		}
		return t + mark;
	}

	public static Recipients of(String... items) {
		return new Recipients(List.of(items), null);
	}

	/** Every printed line, each with its dash, the filing line last. */
	public List<String> lines() {
		List<String> lines = new ArrayList<>(items.size() + 1);
		items.forEach(i -> lines.add("- " + i));
		lines.add("- " + filing);
		return lines;
	}

	private static String stripDash(String s) {
		return s == null ? null : s.strip().replaceFirst("^[-–]\\s*", "");
	}

}
