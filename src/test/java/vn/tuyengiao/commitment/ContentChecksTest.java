package vn.tuyengiao.commitment;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The advisory checks the cell committee sees before signing, on the problems the seeds
 * name.
 */
class ContentChecksTest {

	static final ContentChecks.Subject TEACHER = new ContentChecks.Subject("Hiệu trưởng",
			"Quản lý, điều hành hoạt động dạy và học của Trường THCS Tân Phú");

	@Test
	void aCompleteCommitmentAboutTheMembersOwnDutiesHasNoWarnings() {
		Map<CommitmentSection, String> s = Samples.sections("Hiệu trưởng");
		List<ContentChecks.Finding> f = ContentChecks.check(EntryMode.FORM, s, body(s), TEACHER,
				OptionalDouble.of(0.2));
		assertThat(warnings(f)).isEmpty();
	}

	@Test
	void missingSectionsAreNamed() {
		Map<CommitmentSection, String> s = new EnumMap<>(Samples.sections("Hiệu trưởng"));
		s.remove(CommitmentSection.ETHICS);
		s.remove(CommitmentSection.DISCIPLINE);
		List<ContentChecks.Finding> f = ContentChecks.check(EntryMode.FORM, s, body(s), TEACHER,
				OptionalDouble.empty());
		ContentChecks.Finding missing = find(f, ContentChecks.Kind.MISSING_SECTIONS);
		assertThat(missing.args().get(0).toString()).contains("Về phẩm chất đạo đức, lối sống")
			.contains("Về ý thức tổ chức kỷ luật")
			.doesNotContain("tư tưởng chính trị");
	}

	@Test
	void aTextThatNeverMentionsThePositionOrDutiesIsFlagged() {
		// Copied from a neighbour who is a farmer: nothing about running a school.
		Map<CommitmentSection, String> s = Samples.sections("Đảng viên");
		ContentChecks.Subject headTeacher = new ContentChecks.Subject("Hiệu trưởng",
				"Quản lý nhà trường, chuyên môn giảng dạy");
		List<ContentChecks.Finding> f = ContentChecks.check(EntryMode.FORM, s, body(s), headTeacher,
				OptionalDouble.empty());
		assertThat(find(f, ContentChecks.Kind.NO_OWN_DUTIES).args()).containsExactly("Hiệu trưởng");
		// The same text for a member whose record says nothing particular: no comparison
		// possible, said as such.
		List<ContentChecks.Finding> g = ContentChecks.check(EntryMode.FORM, s, body(s),
				new ContentChecks.Subject("Đảng viên", "Thực hiện nhiệm vụ được chi bộ phân công"),
				OptionalDouble.empty());
		assertThat(g).extracting(ContentChecks.Finding::kind)
			.contains(ContentChecks.Kind.NO_DUTIES_ON_FILE)
			.doesNotContain(ContentChecks.Kind.NO_OWN_DUTIES);
	}

	@Test
	void noStatementOfLastYearsShortcomingsOrNoRemedyIsFlagged() {
		Map<CommitmentSection, String> s = new EnumMap<>(Samples.sections("Hiệu trưởng"));
		s.remove(CommitmentSection.SHORTCOMINGS);
		assertThat(kinds(ContentChecks.check(EntryMode.FORM, s, body(s), TEACHER, OptionalDouble.empty())))
			.contains(ContentChecks.Kind.NO_SHORTCOMINGS);
		s.put(CommitmentSection.SHORTCOMINGS,
				"Năm trước còn hạn chế trong việc nghiên cứu tài liệu, phát biểu chưa nhiều.");
		assertThat(kinds(ContentChecks.check(EntryMode.FORM, s, body(s), TEACHER, OptionalDouble.empty())))
			.contains(ContentChecks.Kind.NO_REMEDY)
			.doesNotContain(ContentChecks.Kind.NO_SHORTCOMINGS);
		// Free text: found by the words used.
		String text = Samples.text("Huỳnh Thị Lan", "Hiệu trưởng");
		assertThat(kinds(ContentChecks.check(EntryMode.TEXT, Map.of(), text, TEACHER, OptionalDouble.empty())))
			.doesNotContain(ContentChecks.Kind.NO_SHORTCOMINGS, ContentChecks.Kind.NO_REMEDY,
					ContentChecks.Kind.MISSING_SECTIONS);
	}

	@Test
	void aShortTextIsFlaggedWithItsLength() {
		String text = "Tôi xin cam kết thực hiện tốt nhiệm vụ hiệu trưởng, giữ gìn đạo đức, lối sống.";
		ContentChecks.Finding f = find(
				ContentChecks.check(EntryMode.TEXT, Map.of(), text, TEACHER, OptionalDouble.empty()),
				ContentChecks.Kind.TOO_SHORT);
		assertThat(f.args()).containsExactly(17, ContentChecks.MIN_WORDS);
	}

	@Test
	void boilerplateShareComesFromCopyDetectionWhenAvailable() {
		Map<CommitmentSection, String> s = Samples.sections("Hiệu trưởng");
		assertThat(find(ContentChecks.check(EntryMode.FORM, s, body(s), TEACHER, OptionalDouble.of(0.85)),
				ContentChecks.Kind.BOILERPLATE)
			.args()).containsExactly("85%");
		assertThat(kinds(ContentChecks.check(EntryMode.FORM, s, body(s), TEACHER, OptionalDouble.empty())))
			.contains(ContentChecks.Kind.BOILERPLATE_UNAVAILABLE);
	}

	static final ContentChecks.Subject NURSE_VBB_2026 = new ContentChecks.Subject("Y sĩ",
			"Khám chữa bệnh ban đầu tại Trạm Y tế xã Vĩnh Bình Bắc", 2026,
			List.of("Chi bộ Trạm Y tế xã", "Đảng ủy xã Vĩnh Bình Bắc", "Tỉnh ủy An Giang"));

	@Test
	void aCommitmentCopiedFromAnotherYearPlaceOrPositionIsFlagged() {
		// Written in 2021 for a nurse of Phong Đông's station, handed in again in 2026 in
		// Vĩnh Bình Bắc.
		Map<CommitmentSection, String> s = new EnumMap<>(Samples.sections("Y sĩ"));
		s.put(CommitmentSection.DUTIES, "Với cương vị là Trưởng trạm y tế, tôi cam kết trong năm 2021 "
				+ "hoàn thành tốt việc tiêm chủng tại Trạm Y tế xã Phong Đông, phối hợp với ấp Cái Chanh.");
		List<ContentChecks.Finding> f = ContentChecks.check(EntryMode.FORM, s, body(s), NURSE_VBB_2026,
				OptionalDouble.empty());
		assertThat(find(f, ContentChecks.Kind.OTHER_YEAR).args()).containsExactly("năm 2021", 2026);
		assertThat(find(f, ContentChecks.Kind.OTHER_PLACE).args().get(0).toString()).contains("xã Phong Đông")
			.contains("ấp Cái Chanh");
		assertThat(find(f, ContentChecks.Kind.OTHER_POSITION).args().get(0)).isEqualTo("Trưởng trạm y tế");
	}

	@Test
	void lastYearTheMembersOwnCommuneAndDocumentYearsAreNotFlagged() {
		Map<CommitmentSection, String> s = new EnumMap<>(Samples.sections("Y sĩ"));
		s.put(CommitmentSection.DUTIES, "Với cương vị y sĩ, tôi cam kết khắc phục hạn chế của năm 2025, "
				+ "thực hiện Kết luận số 21-KL/TW năm 2021 và Chỉ thị 05 năm 2016; phục vụ nhân dân xã Vĩnh Bình Bắc "
				+ "trong năm 2026, nhiệm kỳ năm 2025 - 2030.");
		List<ContentChecks.Finding> f = ContentChecks.check(EntryMode.FORM, s, body(s), NURSE_VBB_2026,
				OptionalDouble.empty());
		assertThat(kinds(f)).doesNotContain(ContentChecks.Kind.OTHER_YEAR, ContentChecks.Kind.OTHER_PLACE,
				ContentChecks.Kind.OTHER_POSITION);
	}

	static String body(Map<CommitmentSection, String> s) {
		StringBuilder sb = new StringBuilder();
		s.forEach((k, v) -> sb.append(k.heading()).append('\n').append(v).append('\n'));
		return sb.toString();
	}

	static List<ContentChecks.Kind> kinds(List<ContentChecks.Finding> f) {
		return f.stream().map(ContentChecks.Finding::kind).toList();
	}

	static List<ContentChecks.Finding> warnings(List<ContentChecks.Finding> f) {
		return f.stream().filter(x -> x.level() == ContentChecks.Level.WARNING).toList();
	}

	static ContentChecks.Finding find(List<ContentChecks.Finding> f, ContentChecks.Kind kind) {
		return f.stream()
			.filter(x -> x.kind() == kind)
			.findFirst()
			.orElseThrow(() -> new AssertionError(kind + " not in " + f));
	}

}
