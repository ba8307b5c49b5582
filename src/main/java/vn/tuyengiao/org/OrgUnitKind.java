package vn.tuyengiao.org;

import java.util.Arrays;
import java.util.Optional;

import vn.tuyengiao.text.VietnameseText;

/** Kinds of party organisation; labels come from messages ({@code org.kind.*}). */
public enum OrgUnitKind {

	/** The national level (Ban Chấp hành Trung ương), owner of nation-wide campaigns. */
	CENTRAL_COMMITTEE("Trung ương", false), PROVINCIAL_COMMITTEE("Tỉnh ủy", false),
	DISTRICT_COMMITTEE("Huyện ủy", false), BLOC_COMMITTEE("Đảng ủy Khối", false),
	COMMUNE_COMMITTEE("Đảng ủy xã", false), GRASSROOTS_COMMITTEE("Đảng ủy cơ sở", false),
	SUB_COMMITTEE("Đảng bộ bộ phận", false), GRASSROOTS_CELL("Chi bộ cơ sở", true), CELL("Chi bộ trực thuộc", true);

	/** The label as written in import files; the UI reads its labels from messages. */
	private final String importLabel;

	private final boolean holdsMembers;

	OrgUnitKind(String importLabel, boolean holdsMembers) {
		this.importLabel = importLabel;
		this.holdsMembers = holdsMembers;
	}

	public String importLabel() {
		return this.importLabel;
	}

	/** Members belong to cells only; committees hold cells. */
	public boolean holdsMembers() {
		return this.holdsMembers;
	}

	public String messageKey() {
		return "org.kind." + name();
	}

	/**
	 * Accepts the import label in any case or spelling of diacritics, or the constant
	 * name.
	 */
	public static Optional<OrgUnitKind> parse(String text) {
		String folded = VietnameseText.fold(text);
		return Arrays.stream(values())
			.filter(k -> VietnameseText.fold(k.importLabel).equals(folded) || k.name().equalsIgnoreCase(text.strip()))
			.findFirst();
	}

}
