package vn.tuyengiao.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.tuyengiao.report.Wording.Standing;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules that make a drafted paragraph read like an official wrote it. */
class WordingTest {

	@Test
	void aTitleInsideASentenceKeepsOnlyTheCapitalsOfNames() {
		assertThat(Wording.inSentence("Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng"))
			.isEqualTo("học tập, quán triệt Nghị quyết Đại hội XIV của Đảng");
		assertThat(Wording.inSentence("Triển khai Kết luận số 01-KL/TW")).isEqualTo("triển khai Kết luận số 01-KL/TW");
		assertThat(Wording.inSentence("Chuyên đề năm 2020 “Tăng cường khối đại đoàn kết toàn dân tộc”"))
			.isEqualTo("Chuyên đề năm 2020 “Tăng cường khối đại đoàn kết toàn dân tộc”");
		assertThat(Wording.inSentence("Nghị quyết số 35-NQ/TW")).isEqualTo("Nghị quyết số 35-NQ/TW");
		assertThat(Wording.capitalise("toàn Đảng bộ tỉnh đã tổ chức")).isEqualTo("Toàn Đảng bộ tỉnh đã tổ chức");
	}

	@Test
	void oneFullStopNeverTwo() {
		assertThat(Wording.end("mô hình thắp sáng đường quê, xây dựng nông thôn.")).endsWith("nông thôn.")
			.doesNotContain("..");
		assertThat(Wording.end("mô hình thắp sáng đường quê")).isEqualTo("mô hình thắp sáng đường quê.");
		assertThat(Wording.end("Thường trực Huyện ủy (b/c);")).isEqualTo("Thường trực Huyện ủy (b/c).");
		assertThat(Wording.end("đường hoa …")).isEqualTo("đường hoa …");
		assertThat(Wording.tidy("xây dựng nông thôn.. Ở xã Vĩnh Phong, có 03 lớp,."))
			.isEqualTo("xây dựng nông thôn. Ở xã Vĩnh Phong, có 03 lớp.");
		assertThat(Wording.tidy("Trên đây là báo cáo./.")).isEqualTo("Trên đây là báo cáo./.");
		assertThat(Wording.clause("hiến đất xây dựng Nhà văn hóa xã.")).isEqualTo("hiến đất xây dựng Nhà văn hóa xã");
	}

	@Test
	void emptyCountsAreLeftOut() {
		assertThat(Wording.counts("00", "tập thể", "12", "cá nhân")).isEqualTo("12 cá nhân");
		assertThat(Wording.counts("03", "tập thể", "12", "cá nhân")).isEqualTo("03 tập thể, 12 cá nhân");
		assertThat(Wording.counts("00", "mô hình mới", "00", "mô hình tiếp tục")).isEmpty();
	}

	@Test
	void unitsOfOneKindAreGrouped() {
		Map<String, long[]> byUnit = new LinkedHashMap<>();
		byUnit.put("tổ chức ở cấp huyện", new long[] { 5, 1 });
		byUnit.put("Chi bộ Trường THPT Vĩnh Thuận", new long[] { 1, 0 });
		byUnit.put("Chi bộ Trường THPT Vĩnh Bình Bắc", new long[] { 1, 0 });
		byUnit.put("Chi bộ Trường THPT Tân Thuận", new long[] { 1, 0 });
		byUnit.put("Đảng bộ Trung tâm Y tế huyện", new long[] { 2, 0 });
		Map<String, long[]> grouped = Wording.grouped(byUnit);
		assertThat(grouped.keySet()).containsExactly("tổ chức ở cấp huyện", "các Trường THPT",
				"Đảng bộ Trung tâm Y tế huyện");
		assertThat(grouped.get("các Trường THPT")).containsExactly(3, 0);
		assertThat(Wording.institutionOf("Chi bộ Trường Tiểu học Bình Minh")).isEqualTo("Trường Tiểu học");
		assertThat(Wording.institutionOf("Chi bộ ấp Vĩnh Lộc 1")).isNull();
		assertThat(Wording.list(List.of("Vĩnh Bình Bắc", "Bình Minh", "Vĩnh Phong")))
			.isEqualTo("Vĩnh Bình Bắc, Bình Minh và Vĩnh Phong");
	}

	@Test
	void ratesAreJudgedAgainstThresholds() {
		assertThat(Wording.standing(2825, 2870)).isEqualTo(Standing.GOOD); // 98,43%
		assertThat(Wording.standing(95, 100)).isEqualTo(Standing.GOOD);
		assertThat(Wording.standing(94, 100)).isEqualTo(Standing.MOSTLY);
		assertThat(Wording.standing(80, 100)).isEqualTo(Standing.MOSTLY);
		assertThat(Wording.standing(159, 2870)).isEqualTo(Standing.SHORTFALL); // 5,54%
		assertThat(Wording.standing(0, 0)).isEqualTo(Standing.NONE);
	}

}
