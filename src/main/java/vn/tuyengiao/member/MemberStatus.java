package vn.tuyengiao.member;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import vn.tuyengiao.text.VietnameseText;

/** A member's standing; labels in messages ({@code member.status.*}). */
public enum MemberStatus {

	ACTIVE("Đang sinh hoạt"),
	/** Miễn sinh hoạt, miễn công tác: excluded from attendance denominators. */
	EXEMPT("Miễn sinh hoạt"),
	/** Đi làm ăn xa: excluded from attendance denominators. */
	AWAY("Đi làm ăn xa"), TRANSFERRED_OUT("Chuyển sinh hoạt đi"), DECEASED("Từ trần");

	/** Still on the cell's roll: counted as members of the unit. */
	public static final Set<MemberStatus> ON_ROLL = EnumSet.of(ACTIVE, EXEMPT, AWAY);

	private final String importLabel;

	MemberStatus(String importLabel) {
		this.importLabel = importLabel;
	}

	public String importLabel() {
		return this.importLabel;
	}

	public String messageKey() {
		return "member.status." + name();
	}

	public boolean onRoll() {
		return ON_ROLL.contains(this);
	}

	public static Optional<MemberStatus> parse(String text) {
		String folded = VietnameseText.fold(text);
		if (folded.equals("mien cong tac") || folded.equals("mien sinh hoat, mien cong tac")) {
			return Optional.of(EXEMPT);
		}
		return Arrays.stream(values())
			.filter(s -> VietnameseText.fold(s.importLabel).equals(folded) || s.name().equalsIgnoreCase(text.strip()))
			.findFirst();
	}

}
