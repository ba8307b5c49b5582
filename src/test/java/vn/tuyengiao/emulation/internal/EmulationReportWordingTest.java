package vn.tuyengiao.emulation.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import vn.tuyengiao.emulation.AwardService;
import vn.tuyengiao.emulation.DiscoveryMethod;
import vn.tuyengiao.emulation.EmulationRollup;
import vn.tuyengiao.emulation.ExemplarCategory;
import vn.tuyengiao.emulation.ExemplarService;
import vn.tuyengiao.emulation.HolderKind;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.report.Wording;

import static org.assertj.core.api.Assertions.assertThat;

/** The models/awards report's drafted sentences on realistic figures. */
class EmulationReportWordingTest {

	private final OrgUnit bloc = unit("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh");

	@Test
	void awardsOfSubordinateCommitteesAreNotCreditedToTheIssuer() {
		String s = EmulationReport.awardsSentence(this.bloc,
				new EmulationReport.AwardsBy(new AwardService.Tally(13, 36), new AwardService.Tally(1, 0)));
		assertThat(s).startsWith("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh đã khen thưởng 13 tập thể, 36 cá nhân")
			.endsWith("; các cấp ủy trực thuộc khen thưởng 01 tập thể")
			.doesNotContain("14 tập thể")
			.doesNotContain("00 cá nhân");
		assertThat(EmulationReport.awardsSentence(this.bloc,
				new EmulationReport.AwardsBy(new AwardService.Tally(0, 0), new AwardService.Tally(2, 18))))
			.startsWith("Trong kỳ, các cấp ủy trực thuộc đã khen thưởng 02 tập thể, 18 cá nhân")
			.doesNotContain("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh đã khen");
	}

	@Test
	void emptyCountsAreLeftOut() {
		String none = EmulationReport.modelsSentence(this.bloc,
				new EmulationRollup.PeriodCounts(0, 0, 0, 0, 0, List.of(), 0, 0));
		assertThat(none).doesNotContain("00").contains("chưa có mô hình");
		String some = EmulationReport.modelsSentence(this.bloc,
				new EmulationRollup.PeriodCounts(12, 12, 0, 0, 0, List.of(), 0, 0));
		assertThat(some).isEqualTo("Trong kỳ, Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh có 12 mô hình, cách làm "
				+ "hay trong học tập và làm theo Bác, trong đó 12 mô hình đăng ký mới");
	}

	@Test
	void deedsEndingWithAStopGiveOneStop() {
		var deeds = new ExemplarService.ExemplarRow(1, HolderKind.INDIVIDUAL, "Lê Văn Thắng", 7, "Chi bộ ấp Cái Chanh",
				"Hiến đất mở rộng đường, vận động nhân dân cùng xây dựng nông thôn.", LocalDate.of(2020, 8, 1),
				DiscoveryMethod.SURVEY, ExemplarCategory.LAND_DONATION, 0);
		String s = Wording.end(EmulationReport.exemplarsSentence(List.of(deeds), java.util.Map.of()));
		assertThat(s).endsWith("xây dựng nông thôn.")
			.doesNotContain("..")
			.contains("phát hiện 01 gương điển hình (01 cá nhân)")
			.doesNotContain("00 tập thể")
			.doesNotContain("tuyên truyền 00");
	}

	private static OrgUnit unit(String name) {
		OrgUnit u = Mockito.mock(OrgUnit.class);
		Mockito.when(u.getName()).thenReturn(name);
		return u;
	}

}
