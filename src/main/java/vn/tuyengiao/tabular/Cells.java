package vn.tuyengiao.tabular;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * Parsing of spreadsheet cell text as officials type it: "25/8/2020", "25-08-2020",
 * "2020-08-25".
 */
public final class Cells {

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ISO_LOCAL_DATE);

	private Cells() {
	}

	/**
	 * Empty for blank text; throws {@link DateTimeParseException} for text that is no
	 * date.
	 */
	public static Optional<LocalDate> date(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.strip();
		for (DateTimeFormatter f : DATE_FORMATS) {
			try {
				return Optional.of(LocalDate.parse(t, f));
			}
			catch (DateTimeParseException ignored) {
				// try the next form
			}
		}
		throw new DateTimeParseException("not a date", t, 0);
	}

	/**
	 * "Có", "x", "1", "true" are yes; blank, "Không", "0", "false" are no; anything else
	 * is empty.
	 */
	public static Optional<Boolean> yesNo(String text) {
		String f = vn.tuyengiao.text.VietnameseText.fold(text);
		return switch (f) {
			case "co", "x", "1", "true", "yes", "c" -> Optional.of(true);
			case "", "khong", "0", "false", "no", "k" -> Optional.of(false);
			default -> Optional.empty();
		};
	}

}
