package vn.tuyengiao.generator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Vietnamese labels the import files use for unit kinds and member statuses, keyed by
 * the enum constant names the app uses. Kept in one place so the generator's files and
 * the app's importer cannot drift apart on spelling.
 */
public final class Labels {

	/**
	 * Unit kind constant → "Loại" label. Communes, wards and special zones all carry
	 * "Đảng ủy xã".
	 */
	public static final Map<String, String> UNIT_KINDS = ordered("CENTRAL_COMMITTEE", "Trung ương",
			"PROVINCIAL_COMMITTEE", "Tỉnh ủy", "DISTRICT_COMMITTEE", "Huyện ủy", "BLOC_COMMITTEE", "Đảng ủy Khối",
			"COMMUNE_COMMITTEE", "Đảng ủy xã", "GRASSROOTS_COMMITTEE", "Đảng ủy cơ sở", "SUB_COMMITTEE",
			"Đảng bộ bộ phận", "GRASSROOTS_CELL", "Chi bộ cơ sở", "CELL", "Chi bộ trực thuộc");

	/** Member status constant → "Tình trạng" label. */
	public static final Map<String, String> MEMBER_STATUSES = ordered("ACTIVE", "Đang sinh hoạt", "EXEMPT",
			"Miễn sinh hoạt", "AWAY", "Đi làm ăn xa", "TRANSFERRED_OUT", "Chuyển sinh hoạt đi", "DECEASED", "Từ trần");

	/** Gender constant → "Giới tính" label. */
	public static final Map<String, String> GENDERS = ordered("MALE", "Nam", "FEMALE", "Nữ");

	private Labels() {
	}

	public static String unitKind(String kind) {
		return require(UNIT_KINDS, kind, "unit kind");
	}

	public static String memberStatus(String status) {
		return require(MEMBER_STATUSES, status, "member status");
	}

	public static String gender(String gender) {
		return require(GENDERS, gender, "gender");
	}

	/** "Có"/"Không", the yes/no the import files use. */
	public static String yesNo(boolean b) {
		return b ? "Có" : "Không";
	}

	/** True for the two kinds members may belong to. */
	public static boolean isCellKind(String kind) {
		return "CELL".equals(kind) || "GRASSROOTS_CELL".equals(kind);
	}

	private static String require(Map<String, String> map, String key, String what) {
		String label = map.get(key);
		if (label == null) {
			throw new IllegalArgumentException("Unknown " + what + ": " + key);
		}
		return label;
	}

	private static Map<String, String> ordered(String... pairs) {
		Map<String, String> m = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			m.put(pairs[i], pairs[i + 1]);
		}
		return Collections.unmodifiableMap(m);
	}

}
