package vn.tuyengiao.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The small rules that make a drafted paragraph read like an official wrote it: a capital
 * only where a sentence starts, one full stop, no empty counts ("có 00 mô hình"), units
 * of one kind grouped ("các Trường THPT") and an assessment that follows the figures.
 */
public final class Wording {

	private static final Locale VI = Locale.forLanguageTag("vi");

	/**
	 * Titles that begin with an activity ("Học tập, quán triệt…", "Triển khai…") are
	 * lower-cased inside a sentence; names of documents ("Chuyên đề năm 2020", "Nghị
	 * quyết …", "Kết luận …") keep their capital.
	 */
	private static final List<String> ACTIVITIES = List.of("học tập", "quán triệt", "triển khai", "tuyên truyền",
			"thực hiện", "tổ chức", "nghiên cứu", "tiếp tục", "đẩy mạnh", "tăng cường", "xây dựng");

	/**
	 * Institutions a cell or committee is named after; two or more of one kind are
	 * written together as "các Trường THPT".
	 */
	private static final List<String> INSTITUTIONS = List.of("Trường THPT", "Trường THCS", "Trường Tiểu học",
			"Trường Mầm non", "Trường Mẫu giáo", "Trạm Y tế", "Trung tâm Y tế", "Bệnh viện", "Công an",
			"Ban Chỉ huy Quân sự", "Ủy ban nhân dân", "Ngân hàng", "Chi cục", "Phòng");

	private static final Pattern DOUBLE_STOP = Pattern.compile("(?<![./…])[.;,:]\\s*\\.(?![./])");

	private Wording() {
	}

	/** "toàn Đảng bộ tỉnh tổ chức…" → "Toàn Đảng bộ tỉnh tổ chức…". */
	public static String capitalise(String s) {
		if (s == null || s.isEmpty()) {
			return s;
		}
		return s.substring(0, 1).toUpperCase(VI) + s.substring(1);
	}

	/**
	 * A title as it reads inside a sentence: "Học tập, quán triệt Nghị quyết…" → "học
	 * tập, quán triệt Nghị quyết…"; "Chuyên đề năm 2020 …" unchanged.
	 */
	public static String inSentence(String title) {
		String t = title.strip();
		String lower = t.toLowerCase(VI);
		for (String a : ACTIVITIES) {
			if (lower.startsWith(a) && (t.length() == a.length() || !Character.isLetter(t.charAt(a.length())))) {
				return t.substring(0, 1).toLowerCase(VI) + t.substring(1);
			}
		}
		return t;
	}

	/**
	 * True when the title begins with the given activity ("học tập"), so a sentence does
	 * not say it twice.
	 */
	public static boolean beginsWith(String title, String activity) {
		return fold(title).startsWith(fold(activity));
	}

	/**
	 * The sentence with exactly one closing full stop: "…nông thôn." + "." → "…nông
	 * thôn."; "…(b/c);." → "…(b/c)."; "./." and "…" are kept.
	 */
	public static String end(String sentence) {
		String s = sentence.strip();
		while (s.endsWith(";") || s.endsWith(",") || s.endsWith(":")) {
			s = s.substring(0, s.length() - 1).strip();
		}
		if (s.endsWith(".") || s.endsWith("…") || s.endsWith("!") || s.endsWith("?")) {
			return tidy(s);
		}
		return tidy(s + ".");
	}

	/**
	 * No doubled punctuation anywhere: "nông thôn.." → "nông thôn.", "lớp,." → "lớp.".
	 */
	public static String tidy(String text) {
		return DOUBLE_STOP.matcher(text).replaceAll(".");
	}

	/** A phrase without its closing punctuation, to be embedded in a longer sentence. */
	public static String clause(String s) {
		String t = s.strip();
		while (!t.isEmpty() && ".;,:".indexOf(t.charAt(t.length() - 1)) >= 0 && !t.endsWith("./.")) {
			t = t.substring(0, t.length() - 1).strip();
		}
		return t;
	}

	/**
	 * "03 tập thể, 12 cá nhân", leaving out a zero: "12 cá nhân"; "" when both are zero.
	 */
	public static String counts(String... countAndNoun) {
		List<String> parts = new ArrayList<>();
		for (int i = 0; i + 1 < countAndNoun.length; i += 2) {
			if (!isZero(countAndNoun[i])) {
				parts.add(countAndNoun[i] + " " + countAndNoun[i + 1]);
			}
		}
		return String.join(", ", parts);
	}

	private static boolean isZero(String count) {
		return count == null || count.isBlank() || count.strip().matches("0+");
	}

	/** "A", "A và B", "A, B và C". */
	public static String list(List<String> items) {
		if (items.isEmpty()) {
			return "";
		}
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " và " + items.get(items.size() - 1);
	}

	/**
	 * The institution a unit is named after ("Chi bộ Trường THPT Vĩnh Thuận" → "Trường
	 * THPT"), or null.
	 */
	public static String institutionOf(String unitName) {
		String n = unitName.strip().replaceFirst("^(Chi bộ|Đảng bộ|Đảng ủy)\\s+", "");
		for (String kind : INSTITUTIONS) {
			if (n.startsWith(kind + " ")) {
				return kind;
			}
		}
		return null;
	}

	/**
	 * Units with their counts, those of one institution kind (two or more) grouped: {"Chi
	 * bộ Trường THPT A": 1, "Chi bộ Trường THPT B": 2, "Trung tâm Y tế huyện": 2} → {"các
	 * Trường THPT": 3, "Trung tâm Y tế huyện": 2}, in first-seen order.
	 */
	public static Map<String, long[]> grouped(Map<String, long[]> byUnit) {
		Map<String, Integer> kinds = new LinkedHashMap<>();
		for (String name : byUnit.keySet()) {
			String kind = institutionOf(name);
			if (kind != null) {
				kinds.merge(kind, 1, Integer::sum);
			}
		}
		Map<String, long[]> out = new LinkedHashMap<>();
		byUnit.forEach((name, n) -> {
			String kind = institutionOf(name);
			String key = kind != null && kinds.get(kind) > 1 ? "các " + kind : name;
			long[] sum = out.computeIfAbsent(key, k -> new long[n.length]);
			for (int i = 0; i < n.length; i++) {
				sum[i] += n[i];
			}
		});
		return out;
	}

	/** How a rate against its target reads. */
	public enum Standing {

		/** 95% or more: done as required. */
		GOOD,
		/** 80% to under 95%: mostly done. */
		MOSTLY,
		/** Under 80%: a shortcoming, said plainly. */
		SHORTFALL,
		/** Nobody had to take part: no figure to judge. */
		NONE

	}

	/** Thresholds: at least 95% good, 80% to 95% mostly, under 80% a shortcoming. */
	public static Standing standing(long done, long required) {
		if (required <= 0) {
			return Standing.NONE;
		}
		if (done * 100 >= required * 95) {
			return Standing.GOOD;
		}
		if (done * 100 >= required * 80) {
			return Standing.MOSTLY;
		}
		return Standing.SHORTFALL;
	}

	private static String fold(String s) {
		return Normalizer.normalize(s.strip().toLowerCase(VI), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.replace('đ', 'd');
	}

}
