package vn.tuyengiao.study;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a class is for. Party members are counted by person; the others by head against a
 * population.
 */
public enum Audience {

	PARTY_MEMBERS, CADRES, RELIGIOUS, UNION_MEMBERS, PUBLIC;

	public String messageKey() {
		return "study.audience." + name();
	}

	public boolean byPerson() {
		return this == PARTY_MEMBERS;
	}

	static String join(Set<Audience> audiences) {
		return audiences.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	static Set<Audience> split(String text) {
		if (text == null || text.isBlank()) {
			return EnumSet.noneOf(Audience.class);
		}
		return Arrays.stream(text.split(","))
			.map(String::strip)
			.map(Audience::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Audience.class)));
	}

}
