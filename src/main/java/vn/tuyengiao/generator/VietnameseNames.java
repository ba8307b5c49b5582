package vn.tuyengiao.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Vietnamese personal names with realistic frequencies. Frequencies matter more than
 * variety here: the app's search, duplicate detection and copy detection must cope with
 * many members sharing one full name, as they do in real cells ("Nguyễn Văn Thắng" and
 * "Lê Văn Thắng" in the same commune). Every part is in the canonical tone-mark placement
 * ("Hòa", "Thủy") that {@code VietnameseText.normalize} produces.
 */
public final class VietnameseNames {

	// Weights are per mille of the population, after the commonly cited national surname
	// survey; Huỳnh and Võ are
	// the southern spellings of Hoàng and Vũ and outnumber them in the Mekong delta the
	// seeds come from.
	private static final Weighted SURNAMES = new Weighted("Nguyễn", 310, "Trần", 110, "Lê", 95, "Phạm", 70, "Huỳnh", 35,
			"Hoàng", 15, "Phan", 45, "Võ", 38, "Vũ", 14, "Đặng", 21, "Bùi", 20, "Đỗ", 14, "Hồ", 13, "Ngô", 13, "Dương",
			10, "Lý", 9, "Trương", 12, "Lâm", 9, "Đinh", 6, "Mai", 5, "Tô", 4, "Châu", 6, "Thái", 4, "Lưu", 4, "Cao", 4,
			"Đoàn", 5, "Tạ", 3, "Quách", 3, "La", 3, "Kiều", 2, "Thạch", 4, "Danh", 4, "Sơn", 3, "Kim", 3, "Trịnh", 4,
			"Hà", 3, "Lương", 3, "Tăng", 2, "Diệp", 2, "Từ", 2);

	private static final Weighted MALE_MIDDLE = new Weighted("Văn", 520, "Hữu", 60, "Minh", 70, "Thanh", 55, "Quốc", 45,
			"Công", 35, "Đức", 35, "Hoàng", 30, "Ngọc", 25, "Tấn", 25, "Trung", 20, "Phước", 15, "Chí", 15, "Thành", 15,
			"Kim", 10, "Duy", 12, "Xuân", 10);

	private static final Weighted FEMALE_MIDDLE = new Weighted("Thị", 560, "Ngọc", 80, "Thu", 40, "Kim", 50, "Thanh",
			45, "Hồng", 40, "Mỹ", 35, "Bích", 25, "Thúy", 25, "Minh", 20, "Phương", 20, "Diễm", 10, "Cẩm", 15, "Tuyết",
			10, "Kiều", 10);

	private static final Weighted MALE_GIVEN = new Weighted("Thắng", 40, "Hùng", 40, "Dũng", 35, "Minh", 35, "Tuấn", 35,
			"Hải", 30, "Sơn", 30, "Long", 30, "Phúc", 25, "Tâm", 30, "Hiếu", 25, "Trung", 25, "Nam", 25, "Bình", 30,
			"Cường", 25, "Thành", 30, "Tài", 20, "Lợi", 20, "Hòa", 25, "Hoàng", 20, "Khánh", 20, "Lộc", 20, "Phước", 25,
			"Thuận", 20, "Nghĩa", 20, "Toàn", 20, "Tùng", 15, "Quang", 20, "Vinh", 20, "Hậu", 20, "Hưng", 20, "Huy", 20,
			"Kiệt", 10, "Luân", 10, "Nhân", 15, "Phong", 20, "Tân", 20, "Thiện", 15, "Tiến", 15, "Trí", 15, "Đạt", 20,
			"Đông", 15, "Đức", 20, "Hiền", 10, "Em", 15, "Út", 10, "Mười", 8, "Sang", 15, "Tính", 10, "Thái", 10, "Bảo",
			15, "Khoa", 10, "Vũ", 10, "Hiệp", 15, "Chiến", 15, "Quyết", 10, "Công", 10, "Danh", 10, "Lực", 10, "Mạnh",
			10, "Nhựt", 8, "Phát", 10, "Tuấn Anh", 8, "Quốc Việt", 4, "Rạng", 5, "Sĩ", 5, "Tươi", 5, "Triều", 8,
			"Vương", 5);

	private static final Weighted FEMALE_GIVEN = new Weighted("Quý", 20, "Hòa", 25, "Lan", 35, "Hương", 35, "Mai", 30,
			"Hạnh", 30, "Hằng", 30, "Hoa", 30, "Hồng", 25, "Linh", 30, "Loan", 25, "Nga", 25, "Ngọc", 20, "Nhung", 25,
			"Phượng", 25, "Thảo", 30, "Thủy", 30, "Trang", 30, "Tuyết", 20, "Vân", 25, "Yến", 25, "Xuân", 20, "Diễm",
			15, "Dung", 25, "Giang", 20, "Hà", 20, "Huệ", 15, "Kiều", 10, "Liên", 20, "Lựu", 8, "Mỹ", 15, "Nguyệt", 15,
			"Oanh", 15, "Phương", 25, "Sương", 10, "Thắm", 10, "Thu", 15, "Thúy", 20, "Trinh", 15, "Uyên", 15, "Bích",
			10, "Cúc", 15, "Đào", 10, "Em", 15, "Út", 10, "Hiền", 20, "Lệ", 10, "Nương", 8, "Thơ", 10, "Tiên", 10, "Vy",
			10, "Ánh", 15, "Châu", 10, "Duyên", 15, "Hậu", 10, "Kim", 10, "Lài", 5, "My", 8, "Nhi", 10, "Quyên", 10,
			"Trâm", 10);

	private VietnameseNames() {
	}

	/**
	 * "Nguyễn Văn Thắng"; about one woman in ten gets a second middle name ("Nguyễn Thị
	 * Ngọc Hân" style).
	 */
	public static String fullName(SplittableRandom rnd, boolean male) {
		String surname = surname(rnd);
		String middle = middleName(rnd, male);
		String given = givenName(rnd, male);
		if (!male && "Thị".equals(middle) && rnd.nextInt(10) == 0) {
			String second = FEMALE_MIDDLE.pick(rnd);
			if (!"Thị".equals(second) && !second.equals(given)) {
				middle = middle + " " + second;
			}
		}
		return surname + " " + middle + " " + given;
	}

	public static String surname(SplittableRandom rnd) {
		return SURNAMES.pick(rnd);
	}

	public static String middleName(SplittableRandom rnd, boolean male) {
		return (male ? MALE_MIDDLE : FEMALE_MIDDLE).pick(rnd);
	}

	public static String givenName(SplittableRandom rnd, boolean male) {
		return (male ? MALE_GIVEN : FEMALE_GIVEN).pick(rnd);
	}

	/** Every name part, for tests that check the spelling is canonical. */
	static List<String> allParts() {
		List<String> all = new ArrayList<>();
		for (Weighted w : new Weighted[] { SURNAMES, MALE_MIDDLE, FEMALE_MIDDLE, MALE_GIVEN, FEMALE_GIVEN }) {
			all.addAll(List.of(w.values));
		}
		return all;
	}

	/** Values with integer weights, picked by binary search over cumulative weights. */
	static final class Weighted {

		final String[] values;

		private final int[] cumulative;

		Weighted(Object... pairs) {
			values = new String[pairs.length / 2];
			cumulative = new int[pairs.length / 2];
			int sum = 0;
			for (int i = 0; i < values.length; i++) {
				values[i] = (String) pairs[2 * i];
				sum += (Integer) pairs[2 * i + 1];
				cumulative[i] = sum;
			}
		}

		String pick(SplittableRandom rnd) {
			int r = rnd.nextInt(cumulative[cumulative.length - 1]);
			int lo = 0;
			int hi = cumulative.length - 1;
			while (lo < hi) {
				int mid = (lo + hi) >>> 1;
				if (cumulative[mid] > r) {
					hi = mid;
				}
				else {
					lo = mid + 1;
				}
			}
			return values[lo];
		}

	}

}
