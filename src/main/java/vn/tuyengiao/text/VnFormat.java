package vn.tuyengiao.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Numbers and dates the way officials write them: "2.825/3.153", "98,43%", "05 lớp",
 * "ngày 25 tháng 8 năm 2020".
 */
public final class VnFormat {

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private VnFormat() {
	}

	/** 2825 → "2.825". */
	public static String number(long n) {
		String digits = Long.toString(Math.abs(n));
		StringBuilder sb = new StringBuilder();
		int lead = digits.length() % 3;
		if (lead > 0) {
			sb.append(digits, 0, lead);
		}
		for (int i = lead; i < digits.length(); i += 3) {
			if (sb.length() > 0) {
				sb.append('.');
			}
			sb.append(digits, i, i + 3);
		}
		return (n < 0 ? "-" : "") + sb;
	}

	/** 2825, 3153 → "2.825/3.153". */
	public static String ratio(long part, long whole) {
		return number(part) + "/" + number(whole);
	}

	/** 2825 of 2870 → "98,43%" (two decimals, half up); a zero denominator gives "—". */
	public static String percent(long part, long whole) {
		if (whole == 0) {
			return "—";
		}
		BigDecimal p = BigDecimal.valueOf(part)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
		return p.toPlainString().replace('.', ',') + "%";
	}

	/** Small counts as the seeds write them: 5 → "05", 21 → "21", 1250 → "1.250". */
	public static String count(long n) {
		return n >= 0 && n < 10 ? "0" + n : number(n);
	}

	/**
	 * "ngày 25 tháng 8 năm 2020"; day below 10 and months 1–2 take a leading zero ("ngày
	 * 05 tháng 02 năm 2021").
	 */
	public static String longDate(LocalDate d) {
		String day = d.getDayOfMonth() < 10 ? "0" + d.getDayOfMonth() : Integer.toString(d.getDayOfMonth());
		String month = d.getMonthValue() <= 2 ? "0" + d.getMonthValue() : Integer.toString(d.getMonthValue());
		return "ngày " + day + " tháng " + month + " năm " + d.getYear();
	}

	/** "25/08/2020", the form used in lists and spreadsheets. */
	public static String shortDate(LocalDate d) {
		return d == null ? "" : SHORT.format(d);
	}

}
