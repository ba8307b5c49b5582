package vn.tuyengiao.member;

import java.util.Optional;

import vn.tuyengiao.text.VietnameseText;

public enum Gender {

	MALE, FEMALE;

	public String messageKey() {
		return "member.gender." + name();
	}

	public String importLabel() {
		return this == MALE ? "Nam" : "Nữ";
	}

	public static Optional<Gender> parse(String text) {
		return switch (VietnameseText.fold(text)) {
			case "nam", "male", "m" -> Optional.of(MALE);
			case "nu", "female", "f" -> Optional.of(FEMALE);
			default -> Optional.empty();
		};
	}

}
