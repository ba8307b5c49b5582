package vn.tuyengiao.commitment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tuyengiao.text.VietnameseText;

/**
 * Details that give away a text written for someone else or for another year: a 2026
 * commitment that speaks of "năm 2021", a member of Vĩnh Bình Bắc promising to run "Trạm
 * Y tế xã Phong Đông", a teacher writing "với cương vị là Trưởng trạm". Advisory, like
 * the other {@link ContentChecks}.
 */
final class StaleDetails {

	/** "năm 2021", not "năm 2021 - 2025" (a term) and not "2021-KL/TW". */
	private static final Pattern YEAR = Pattern.compile("\\bnam (\\d{4})\\b(?!\\s*[-–]\\s*\\d)");

	/**
	 * Words before a year that make it a reference to a document or an event, not the
	 * year the text is about.
	 */
	private static final List<String> REFERENCE_CUES = List.of("nghi quyet", "chi thi", "ket luan", "quy dinh",
			"huong dan", "ke hoach", "thong bao", "quyet dinh", "hien phap", "luat", "so ", "ngay", "thang", "dai hoi",
			"nhiem ky", "khoa", "tu nam", "den nam", "ky niem", "thanh lap", "sinh nam", "vao dang");

	/**
	 * A place named with a capital: "xã Phong Đông", "ấp Vĩnh Lộc 1", "Trường THCS Tân
	 * Phú".
	 */
	private static final Pattern PLACE = Pattern.compile(
			"(?iu:\\b(xã|phường|thị trấn|ấp|khóm|thôn|bản|huyện|quận))\\s+((?:\\p{Lu}[\\p{L}]*|\\d+)(?:\\s+(?:\\p{Lu}[\\p{L}]*|\\d+)){0,3})");

	/** "với cương vị là Trưởng trạm y tế", "chức vụ Hiệu trưởng". */
	private static final Pattern POSITION = Pattern.compile(
			"(?iu)\\b(?:cương vị|chức vụ|chức danh)(?: là| của mình là)? (\\p{L}[\\p{L} ]{3,40}?)(?=[,.;:(]|$| tôi | bản thân | em | sẽ )");

	private StaleDetails() {
	}

	static List<ContentChecks.Finding> check(String body, ContentChecks.Subject member) {
		List<ContentChecks.Finding> findings = new ArrayList<>();
		if (body == null || body.isBlank()) {
			return findings;
		}
		String folded = VietnameseText.fold(body);
		if (member.year() > 0) {
			Set<String> years = new LinkedHashSet<>();
			Matcher m = YEAR.matcher(folded);
			while (m.find()) {
				int y = Integer.parseInt(m.group(1));
				String before = folded.substring(Math.max(0, m.start() - 40), m.start());
				boolean reference = REFERENCE_CUES.stream().anyMatch(before::contains);
				if (!reference && y >= 1990 && (y < member.year() - 1 || y > member.year() + 1)) {
					years.add(m.group(1));
				}
			}
			if (!years.isEmpty()) {
				findings.add(new ContentChecks.Finding(ContentChecks.Kind.OTHER_YEAR, ContentChecks.Level.WARNING,
						"commitment.check.otherYear",
						List.of(String.join(", ", years.stream().map(y -> "năm " + y).toList()), member.year())));
			}
		}
		if (!member.places().isEmpty()) {
			String own = VietnameseText.fold(String.join(" | ", member.places()));
			Set<String> others = new LinkedHashSet<>();
			Matcher m = PLACE.matcher(body);
			while (m.find()) {
				String name = VietnameseText.fold(m.group(2)).strip();
				if (!name.isEmpty() && !own.contains(name)) {
					others.add(m.group(1).toLowerCase(java.util.Locale.ROOT) + " " + m.group(2).strip());
				}
			}
			if (!others.isEmpty()) {
				findings.add(new ContentChecks.Finding(ContentChecks.Kind.OTHER_PLACE, ContentChecks.Level.WARNING,
						"commitment.check.otherPlace", List.of(String.join(", ", others), member.places().get(0))));
			}
		}
		String ownRole = VietnameseText.fold((member.position() == null ? "" : member.position()) + " "
				+ (member.duties() == null ? "" : member.duties()));
		if (!ownRole.isBlank()) {
			Set<String> roles = new LinkedHashSet<>();
			Matcher m = POSITION.matcher(VietnameseText.normalize(body));
			while (m.find()) {
				String role = m.group(1).strip();
				String[] words = VietnameseText.fold(role).split(" ");
				// The first two words carry the title ("truong tram", "hieu truong").
				String head = words.length >= 2 ? words[0] + " " + words[1] : words[0];
				if (!ownRole.contains(head) && !head.startsWith("dang vien")) {
					roles.add(role);
				}
			}
			if (!roles.isEmpty()) {
				findings.add(new ContentChecks.Finding(ContentChecks.Kind.OTHER_POSITION, ContentChecks.Level.WARNING,
						"commitment.check.otherPosition",
						List.of(String.join(", ", roles), member.position() == null || member.position().isBlank()
								? member.duties() : member.position())));
			}
		}
		return findings;
	}

}
