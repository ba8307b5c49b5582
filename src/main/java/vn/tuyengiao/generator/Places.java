package vn.tuyengiao.generator;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import vn.tuyengiao.text.VietnameseText;

/**
 * Provinces after the 2025 reorganisation and made-up but plausible commune and hamlet
 * names.
 */
final class Places {

	/**
	 * A province-level unit. {@code cardPrefix} is its two-digit administrative code,
	 * used as the first two digits of generated card numbers so that numbers never repeat
	 * across provinces in one run.
	 */
	record Province(String code, String name, boolean city, String cardPrefix, boolean south,
			List<String> specialZones) {

		String committeeName() {
			return (city ? "Thành ủy " : "Tỉnh ủy ") + name;
		}

		/** "ấp" in the south, "thôn" elsewhere: cells are named after the hamlet. */
		String hamletWord() {
			return south ? "ấp" : "thôn";
		}

		/**
		 * Urban residential quarters: "khóm" in the Mekong delta, "khu phố" around
		 * Saigon, "tổ dân phố" in the north.
		 */
		String quarterWord() {
			if (!south) {
				return "tổ dân phố";
			}
			return Set.of("HCM", "DN", "TN").contains(code) ? "khu phố" : "khóm";
		}

	}

	// Mekong-delta provinces first, so small runs look like the seeds' region.
	static final List<Province> PROVINCES = List.of(
			p("AG", "An Giang", false, "91", true, "Phú Quốc", "Kiên Hải", "Thổ Châu"),
			p("VL", "Vĩnh Long", false, "86", true), p("DT", "Đồng Tháp", false, "82", true),
			p("CM", "Cà Mau", false, "96", true), p("CT", "Cần Thơ", true, "92", true),
			p("TN", "Tây Ninh", false, "80", true), p("HCM", "Thành phố Hồ Chí Minh", true, "79", true, "Côn Đảo"),
			p("DN", "Đồng Nai", false, "75", true), p("LD", "Lâm Đồng", false, "68", false, "Phú Quý"),
			p("DL", "Đắk Lắk", false, "66", false), p("KH", "Khánh Hòa", false, "56", false),
			p("GL", "Gia Lai", false, "52", false), p("QNG", "Quảng Ngãi", false, "51", false, "Lý Sơn"),
			p("DNG", "Đà Nẵng", true, "48", false), p("HUE", "Huế", true, "46", false),
			p("QT", "Quảng Trị", false, "44", false, "Cồn Cỏ"), p("HT", "Hà Tĩnh", false, "42", false),
			p("NA", "Nghệ An", false, "40", false), p("TH", "Thanh Hóa", false, "38", false),
			p("NB", "Ninh Bình", false, "37", false), p("HY", "Hưng Yên", false, "33", false),
			p("HP", "Hải Phòng", true, "31", false, "Bạch Long Vĩ", "Cát Hải"), p("HN", "Hà Nội", true, "01", false),
			p("BN", "Bắc Ninh", false, "24", false), p("QN", "Quảng Ninh", false, "22", false, "Vân Đồn", "Cô Tô"),
			p("PT", "Phú Thọ", false, "25", false), p("TNG", "Thái Nguyên", false, "19", false),
			p("LS", "Lạng Sơn", false, "20", false), p("CBG", "Cao Bằng", false, "04", false),
			p("TQ", "Tuyên Quang", false, "08", false), p("LCI", "Lào Cai", false, "15", false),
			p("SL", "Sơn La", false, "14", false), p("LCU", "Lai Châu", false, "12", false),
			p("DB", "Điện Biên", false, "11", false));

	private static final String[] FIRST = { "Vĩnh", "Tân", "Long", "Mỹ", "Phú", "An", "Bình", "Hòa", "Thạnh", "Phước",
			"Hưng", "Thuận", "Đông", "Nhơn", "Lộc", "Hiệp", "Trung", "Thới", "Định", "Thành", "Khánh", "Phong", "Lương",
			"Châu", "Nhị", "Tam", "Song", "Hậu", "Thanh", "Xuân", "Đại", "Quảng", "Hội", "Kim", "Ngọc", "Phúc", "Gia",
			"Cẩm", "Hương", "Tường", "Minh", "Đức" };

	private static final String[] SECOND = { "Bình", "Hòa", "Thuận", "Phong", "Thạnh", "Mỹ", "Lợi", "Phú", "Hưng", "An",
			"Lộc", "Đông", "Tây", "Trung", "Hiệp", "Thới", "Điền", "Khánh", "Hội", "Long", "Xuân", "Tân", "Thành",
			"Phước", "Định", "Nghĩa", "Tiến", "Sơn", "Hải", "Lạc", "Quới", "Hậu", "Tường", "Đức" };

	private static final String[] QUARTERS = { "Bắc", "Nam", "Đông", "Tây", "A", "B" };

	// Hamlets in the delta are named after canals, landings and the plants along them
	// ("Cái Chanh", "Bến Đò").
	private static final String[] WATER = { "Cái", "Rạch", "Kinh", "Bến", "Giồng", "Xẻo", "Vàm", "Láng", "Bờ", "Ngã",
			"Mương", "Đầu" };

	private static final String[] NATURE = { "Chanh", "Đò", "Gốc", "Rô", "Sậy", "Bần", "Tràm", "Dừa", "Cát", "Mít",
			"Sao", "Đước", "Nước", "Cỏ", "Dầu", "Nhum", "Tre", "Me", "Xoài", "Lớn", "Nhỏ", "Giữa", "Ba", "Chùa" };

	private Places() {
	}

	private static Province p(String code, String name, boolean city, String prefix, boolean south, String... zones) {
		return new Province(code, name, city, prefix, south, List.of(zones));
	}

	/**
	 * A two-syllable Sino-Vietnamese place name, sometimes with a direction: "Vĩnh Bình
	 * Bắc".
	 */
	static String placeName(SplittableRandom rnd) {
		String a = FIRST[rnd.nextInt(FIRST.length)];
		String b;
		do {
			b = SECOND[rnd.nextInt(SECOND.length)];
		}
		while (b.equals(a));
		String name = a + " " + b;
		if (rnd.nextInt(7) == 0) {
			name += " " + QUARTERS[rnd.nextInt(4)];
		}
		return name;
	}

	/** A hamlet name: "Cái Chanh", "Vĩnh Lộc", or in the north a plain place name. */
	static String hamletName(SplittableRandom rnd, boolean south) {
		if (south && rnd.nextInt(5) < 2) {
			return WATER[rnd.nextInt(WATER.length)] + " " + NATURE[rnd.nextInt(NATURE.length)];
		}
		String a = FIRST[rnd.nextInt(FIRST.length)];
		String b;
		do {
			b = SECOND[rnd.nextInt(SECOND.length)];
		}
		while (b.equals(a));
		return a + " " + b;
	}

	/**
	 * Upper-case ASCII initials of a Vietnamese name: "Vĩnh Bình Bắc" → "VBB", "Đặc khu
	 * Phú Quốc" → "DKPQ".
	 */
	static String initials(String name) {
		StringBuilder sb = new StringBuilder();
		for (String word : VietnameseText.fold(name).split(" ")) {
			if (!word.isEmpty()) {
				sb.append(Character.isDigit(word.charAt(0)) ? word : word.substring(0, 1));
			}
		}
		return sb.toString().toUpperCase(Locale.ROOT);
	}

}
