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
		items = Objects.requireNonNull(items, "items")
			.stream()
			.map(s -> PartyDocument.required(stripDash(s), "recipient"))
			.toList();
		filing = filing == null || filing.isBlank() ? "Lưu." : stripDash(filing.strip());
		if (!filing.startsWith("Lưu")) {
			throw new IllegalArgumentException(
					"The last recipient line must be the filing copy (\"Lưu …\"), was \"" + filing + "\"");
		}
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
