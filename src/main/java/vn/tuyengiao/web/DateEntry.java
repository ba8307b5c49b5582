package vn.tuyengiao.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;

/**
 * Dates typed into a form: "25/08/2020" (also "5/8/2020"), whatever the browser's
 * language; ISO "2020-08-25" stays accepted for API callers and old links. Registered for
 * every {@link LocalDate} request value by {@link WebFormatting}, so a date field needs
 * no annotation.
 */
final class DateEntry implements Formatter<LocalDate> {

	private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	/** "25/08/2020"; null gives "". */
	static String format(LocalDate date) {
		return date == null ? "" : SHORT.format(date);
	}

	/**
	 * The value for a date input: a LocalDate or an ISO string written in a template
	 * ("2025-07-01") as dd/mm/yyyy; anything else as it is.
	 */
	static String inputValue(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof LocalDate d) {
			return format(d);
		}
		String s = value.toString().trim();
		try {
			return format(parse(s));
		}
		catch (IllegalArgumentException ex) {
			return s;
		}
	}

	/**
	 * The date, or null for a blank text; IllegalArgumentException when it is not a date.
	 */
	static LocalDate parse(String text) {
		String s = text == null ? "" : text.trim();
		if (s.isEmpty()) {
			return null;
		}
		Matcher m = DAY_MONTH_YEAR.matcher(s);
		try {
			if (m.matches()) {
				return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(1)));
			}
			return LocalDate.parse(s, ISO);
		}
		catch (java.time.DateTimeException ex) {
			throw new IllegalArgumentException("not a date (dd/mm/yyyy): " + s, ex);
		}
	}

	@Override
	public LocalDate parse(String text, Locale locale) throws ParseException {
		return parse(text);
	}

	@Override
	public String print(LocalDate date, Locale locale) {
		return format(date);
	}

}
