package vn.tuyengiao.study;

import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class LearningEssaysTest {

	@Autowired
	StudyService study;

	@Autowired
	LearningEssays essays;

	@Autowired
	UserService users;

	@Autowired
	Fixture.Data fx;

	@Test
	void essaysAreSubmittedInTheCellAndAppraisedByTheCommune() {
		StudyCampaign c = this.study.createCampaign(Scope.system(),
				new StudyService.NewCampaign(this.fx.communeVbb(), "Học tập chuyên đề năm 2026",
						DocumentKind.THEMATIC_TOPIC, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null,
						EnumSet.of(Audience.PARTY_MEMBERS), true));
		Scope secretary = this.users.scopeOf("bithu.vl1");
		Scope commune = this.users.scopeOf("canbo.vbb");
		this.essays.submit(secretary, c.getId(), this.fx.thangVl1(), LocalDate.of(2026, 3, 1));
		this.essays.submit(secretary, c.getId(), this.fx.hoaVl1(), LocalDate.of(2026, 3, 2));
		assertThatThrownBy(() -> this.essays.appraise(secretary, c.getId(), this.fx.thangVl1(), this.fx.cellVl1(),
				EssayGrade.GOOD, null))
			.isInstanceOfSatisfying(AppException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("study.appraiserNotAbove"));
		this.essays.appraise(commune, c.getId(), this.fx.thangVl1(), this.fx.communeVbb(), EssayGrade.GOOD,
				"Liên hệ tốt với nhiệm vụ bí thư chi bộ");
		assertThatThrownBy(() -> this.essays.appraise(commune, c.getId(), this.fx.hoaVl1(), this.fx.communeVbb(),
				EssayGrade.NEEDS_REVISION, " "))
			.isInstanceOfSatisfying(AppException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("study.revisionNeedsReason"));
		assertThat(this.essays.essays(commune, c.getId(), this.fx.communeVbb()))
			.extracting(LearningEssays.Essay::fullName, LearningEssays.Essay::grade)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Nguyễn Văn Thắng", EssayGrade.GOOD),
					org.assertj.core.groups.Tuple.tuple("Trần Thị Hòa", null));
		// Phong Đông does not carry out Vĩnh Bình Bắc's campaign: its secretary does not
		// even see it.
		assertThatThrownBy(() -> this.essays.submit(this.users.scopeOf("bithu.cc"), c.getId(), this.fx.quyCc(), null))
			.isInstanceOfSatisfying(AppException.class, ex -> assertThat(ex.status()).isEqualTo(403));
		// The province sees it, but Phong Đông's members are outside the campaign.
		assertThatThrownBy(
				() -> this.essays.submit(this.users.scopeOf("canbo.tinh.t"), c.getId(), this.fx.quyCc(), null))
			.isInstanceOfSatisfying(AppException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("study.essayOutsideCampaign"));
	}

}
