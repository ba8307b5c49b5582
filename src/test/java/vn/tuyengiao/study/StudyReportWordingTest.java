package vn.tuyengiao.study;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.study.internal.ReportWording;

import static org.assertj.core.api.Assertions.assertThat;

/** The study report's drafted sentences on realistic campaigns. */
class StudyReportWordingTest {

	private final OrgUnit province = unit(OrgUnitKind.PROVINCIAL_COMMITTEE, "Tỉnh ủy Kiên Giang");

	private final StudyCampaign resolution = campaign(
			"Học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", "Kế hoạch số 12-KH/TU");

	@Test
	void theTitleWordIsNotRepeatedAndNoCapitalMidSentence() {
		String p = StudyReport.organisationParagraph(this.province, this.resolution, List.of(),
				LocalDate.of(2026, 3, 31));
		assertThat(p).startsWith("Toàn Đảng bộ tỉnh đã tổ chức triển khai học tập, quán triệt Nghị quyết Đại hội")
			.doesNotContain("học tập Học tập")
			.doesNotContain("2026, Toàn")
			.doesNotContain(" 00 lớp")
			.contains("chưa tổ chức lớp nào")
			.endsWith(".")
			.doesNotContain("..");
		String intro = StudyReport.introduction(this.resolution, "Ban Tuyên giáo và Dân vận Tỉnh ủy");
		assertThat(intro).isEqualTo("Thực hiện Kế hoạch số 12-KH/TU về triển khai học tập, quán triệt Nghị quyết "
				+ "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Ban Tuyên giáo và Dân vận Tỉnh ủy báo cáo kết quả như sau:");
		assertThat(StudyReport.introduction(campaign("Chuyên đề năm 2020.", null), "Ban Tuyên giáo Huyện ủy"))
			.isEqualTo("Ban Tuyên giáo Huyện ủy báo cáo kết quả triển khai học tập Chuyên đề năm 2020 như sau:");
	}

	@Test
	void theAssessmentFollowsTheRate() {
		assertThat(ReportWording.rateAssessment(new StudyRollup.MemberFigures(3153, 182, 101, 2825)))
			.startsWith("Việc triển khai học tập được thực hiện nghiêm túc, đạt yêu cầu")
			.contains("98,43%");
		String low = ReportWording.rateAssessment(new StudyRollup.MemberFigures(3153, 182, 101, 159));
		assertThat(low).contains("5,54%", "còn hạn chế", "thấp hơn nhiều so với yêu cầu").doesNotContain("nghiêm túc");
		assertThat(ReportWording.rateAssessment(new StudyRollup.MemberFigures(100, 0, 0, 88)))
			.contains("cơ bản đạt yêu cầu", "88")
			.doesNotContain("nghiêm túc");
	}

	private static StudyCampaign campaign(String title, String plan) {
		return new StudyCampaign(1L, title, DocumentKind.RESOLUTION, plan, LocalDate.of(2026, 2, 1),
				LocalDate.of(2026, 6, 30), null, Set.of(Audience.PARTY_MEMBERS), false, null);
	}

	private static OrgUnit unit(OrgUnitKind kind, String name) {
		OrgUnit u = Mockito.mock(OrgUnit.class);
		Mockito.when(u.getKind()).thenReturn(kind);
		Mockito.when(u.getName()).thenReturn(name);
		return u;
	}

}
