package vn.tuyengiao.bookcabinet;

import java.util.Arrays;
import java.util.Optional;

import vn.tuyengiao.text.VietnameseText;

/**
 * The categories of the delivery lists. Labels: {@code bookcabinet.BookCategory.*}; an
 * import cell is read by the label written in {@link #importLabel()} (diacritics-blind)
 * or by the constant's name.
 */
public enum BookCategory {

	POLITICAL_THEORY("Lý luận chính trị"), HO_CHI_MINH("Sách về Bác Hồ"), LAW("Pháp luật"), AGRICULTURE("Nông nghiệp"),
	HEALTH("Sức khỏe"), CULTURE("Văn hóa"), HISTORY("Lịch sử"), SCIENCE("Khoa học, kỹ thuật"), CHILDREN("Thiếu nhi"),
	OTHER("Khác");

	private final String importLabel;

	BookCategory(String importLabel) {
		this.importLabel = importLabel;
	}

	public String importLabel() {
		return this.importLabel;
	}

	public String messageKey() {
		return "bookcabinet.BookCategory." + name();
	}

	private static final java.util.Map<BookCategory, String> FOLDED = new java.util.EnumMap<>(BookCategory.class);

	static {
		for (BookCategory c : values()) {
			FOLDED.put(c, VietnameseText.fold(c.importLabel));
		}
	}

	/** The category a delivery list's cell names, if any. */
	public static Optional<BookCategory> parse(String cell) {
		if (cell == null || cell.isBlank()) {
			return Optional.empty();
		}
		String f = VietnameseText.fold(cell).strip();
		return Arrays.stream(values())
			.filter(c -> c.name().equalsIgnoreCase(cell.strip()) || FOLDED.get(c).equals(f))
			.findFirst();
	}

}
