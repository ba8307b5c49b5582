package vn.tuyengiao.report;

import java.util.List;

/**
 * The place (địa danh) of the date line, from the names of a unit and its ancestors: the
 * geographic name of the nearest territorial committee ("Tỉnh ủy Kiên Giang" → "Kiên
 * Giang", "Đảng ủy xã Vĩnh Phong" → "Vĩnh Phong"). A bloc, a grassroots committee or a
 * cell has no place of its own and takes its territory's: "Đảng ủy Khối các cơ quan và
 * doanh nghiệp tỉnh" under "Tỉnh ủy Trà Vinh" dates from "Trà Vinh", never from a piece
 * of its own name. The issuing body's registered place, when there is one, comes first.
 */
public final class PlaceNames {

	private static final List<String> TERRITORIAL = List.of("Tỉnh ủy ", "Thành ủy ", "Huyện ủy ", "Quận ủy ", "Thị ủy ",
			"Đảng ủy xã ", "Đảng ủy phường ", "Đảng ủy thị trấn ", "Đảng ủy đặc khu ");

	private PlaceNames() {
	}

	/** The geographic name in a territorial committee's name, or null for other units. */
	public static String of(String unitName) {
		if (unitName == null) {
			return null;
		}
		String name = unitName.strip();
		for (String prefix : TERRITORIAL) {
			if (name.regionMatches(true, 0, prefix, 0, prefix.length()) && name.length() > prefix.length()) {
				String place = name.substring(prefix.length()).strip();
				// "Thành ủy thành phố Rạch Giá" → "Rạch Giá"
				for (String kind : List.of("thành phố ", "thị xã ", "quận ", "huyện ")) {
					if (place.regionMatches(true, 0, kind, 0, kind.length())) {
						place = place.substring(kind.length()).strip();
					}
				}
				return place.isEmpty() ? null : place;
			}
		}
		return null;
	}

	/**
	 * The place from the nearest territorial committee in the lineage (the unit first,
	 * then its parent, up to the root), or {@code fallback} when none has a place.
	 */
	public static String nearest(List<String> lineageNames, String fallback) {
		for (String name : lineageNames) {
			String place = of(name);
			if (place != null) {
				return place;
			}
		}
		return fallback;
	}

}
