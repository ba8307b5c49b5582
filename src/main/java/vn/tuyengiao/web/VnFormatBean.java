package vn.tuyengiao.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import vn.tuyengiao.text.VnFormat;

/** Officials' number and date formats for templates: {@code ${@vnFormat.number(n)}}. */
@Component("vnFormat")
class VnFormatBean {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(ZoneId.systemDefault());

	public String number(Long n) {
		return n == null ? "0" : VnFormat.number(n);
	}

	public String date(LocalDate d) {
		return VnFormat.shortDate(d);
	}

	/**
	 * A date field's value, dd/mm/yyyy: a LocalDate, or an ISO date written in a
	 * template.
	 */
	public String dateInput(Object value) {
		return DateEntry.inputValue(value);
	}

	public String longDate(LocalDate d) {
		return d == null ? "" : VnFormat.longDate(d);
	}

	public String instant(java.time.Instant t) {
		return t == null ? "" : DATE_TIME.format(t);
	}

	public String percent(long part, long whole) {
		return VnFormat.percent(part, whole);
	}

}
