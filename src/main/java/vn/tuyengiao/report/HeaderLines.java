package vn.tuyengiao.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Breaks a long body name in the header into balanced lines the way officials do: between
 * phrases, never inside one ("BAN TUYÊN GIÁO VÀ DÂN VẬN" / "TỈNH ỦY", "ĐẢNG ỦY KHỐI CÁC
 * CƠ QUAN" / "VÀ DOANH NGHIỆP TỈNH"), with lines of similar length. A line may begin
 * before "VÀ" or before a word that opens a new name ("TỈNH ỦY", "KHỐI", "CÁC"…); only
 * when no such break fits the column is any break between words allowed. Names written
 * with explicit line breaks are kept as written.
 */
public final class HeaderLines {

	/**
	 * Words that open a phrase of a body's name: a line may start with them. Matched on
	 * upper case, one or two words.
	 */
	private static final List<String> PHRASE_STARTS = List.of("VÀ", "TỈNH ỦY", "THÀNH ỦY", "HUYỆN ỦY", "QUẬN ỦY",
			"THỊ ỦY", "ĐẢNG ỦY", "ĐẢNG BỘ", "CHI BỘ", "KHỐI", "CÁC", "BAN", "VĂN PHÒNG", "ỦY BAN", "TRUNG ƯƠNG", "XÃ",
			"PHƯỜNG", "THỊ TRẤN", "ĐẶC KHU");

	private HeaderLines() {
	}

	/**
	 * The name in lines no wider than {@code widthPt} when set in the given face and
	 * size; a single line when it fits.
	 */
	static List<String> balance(String name, ReportFonts.Face face, double sizePt, double widthPt) {
		return balance(name, s -> ReportFonts.widthPt(s, face, sizePt), widthPt);
	}

	/** The same with any measure, e.g. {@code String::length} and a column in letters. */
	public static List<String> balance(String name, ToDoubleFunction<String> measure, double width) {
		String text = HtmlRenderer.nfc(name.strip());
		if (text.contains("\n")) {
			return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
		}
		String[] words = text.split("\\s+");
		if (measure.applyAsDouble(text) <= width || words.length < 2) {
			return List.of(text);
		}
		List<Integer> phrase = new ArrayList<>();
		List<Integer> any = new ArrayList<>();
		for (int i = 1; i < words.length; i++) {
			any.add(i);
			if (opensPhrase(words, i)) {
				phrase.add(i);
			}
		}
		for (int lines = 2; lines <= Math.min(4, words.length); lines++) {
			List<String> best = best(words, phrase, lines, measure, width);
			if (best != null) {
				return best;
			}
		}
		for (int lines = 2; lines <= words.length; lines++) {
			List<String> best = best(words, any, lines, measure, width);
			if (best != null) {
				return best;
			}
		}
		return List.of(text);
	}

	/** The most even split into {@code lines} lines that fit, or null. */
	private static List<String> best(String[] words, List<Integer> breaks, int lines, ToDoubleFunction<String> measure,
			double width) {
		if (breaks.size() < lines - 1) {
			return null;
		}
		List<String> best = null;
		double bestWidest = Double.MAX_VALUE;
		int[] pick = new int[lines - 1];
		for (int i = 0; i < pick.length; i++) {
			pick[i] = i;
		}
		while (true) {
			List<String> candidate = new ArrayList<>(lines);
			int from = 0;
			for (int p : pick) {
				int to = breaks.get(p);
				candidate.add(String.join(" ", List.of(words).subList(from, to)));
				from = to;
			}
			candidate.add(String.join(" ", List.of(words).subList(from, words.length)));
			double widest = 0;
			for (String line : candidate) {
				widest = Math.max(widest, measure.applyAsDouble(line));
			}
			if (widest <= width && widest < bestWidest) {
				best = candidate;
				bestWidest = widest;
			}
			// next combination of break indexes
			int k = pick.length - 1;
			while (k >= 0 && pick[k] == breaks.size() - pick.length + k) {
				k--;
			}
			if (k < 0) {
				return best;
			}
			pick[k]++;
			for (int j = k + 1; j < pick.length; j++) {
				pick[j] = pick[j - 1] + 1;
			}
		}
	}

	private static boolean opensPhrase(String[] words, int i) {
		String one = words[i].toUpperCase(Locale.forLanguageTag("vi"));
		String two = i + 1 < words.length ? one + " " + words[i + 1].toUpperCase(Locale.forLanguageTag("vi")) : one;
		// "ỦY BAN" opens a phrase, but "TỈNH ỦY BAN…" never splits "TỈNH | ỦY".
		String before = words[i - 1].toUpperCase(Locale.forLanguageTag("vi"));
		if (one.equals("ỦY") && List.of("TỈNH", "THÀNH", "HUYỆN", "QUẬN", "THỊ", "ĐẢNG").contains(before)) {
			return false;
		}
		return PHRASE_STARTS.contains(one) || PHRASE_STARTS.contains(two);
	}

}
