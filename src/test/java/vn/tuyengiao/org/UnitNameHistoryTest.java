package vn.tuyengiao.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.study.Audience;
import vn.tuyengiao.study.DocumentKind;
import vn.tuyengiao.study.StudyCampaign;
import vn.tuyengiao.study.StudyReport;
import vn.tuyengiao.study.StudyService;
import vn.tuyengiao.support.IntegrationTest;

/**
 * A unit's name on a date (issue 12, the 2025 province merger): Kiên Giang joined An
 * Giang on 1 July 2025, so today's tree says "Tỉnh ủy An Giang" while anything dated
 * before — a study report included — still says "Tỉnh ủy Kiên Giang".
 */
@IntegrationTest
class UnitNameHistoryTest {

	@Autowired
	OrgService changes;

	@Autowired
	OrgUnits org;

	@Autowired
	StudyService study;

	@Autowired
	StudyReport reports;

	private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

	private OrgUnit kienGiang(String code) {
		return this.changes.create(Scope.system(), new NewUnit(null, OrgUnitKind.PROVINCIAL_COMMITTEE,
				"Tỉnh ủy Kiên Giang", code, "TU", LocalDate.of(2015, 1, 1)));
	}

	@Test
	void theNameOnADateIsTheOneItBoreThen() {
		OrgUnit kg = kienGiang("NH" + System.nanoTime() % 1_000_000);
		OrgUnit renamed = this.changes.renameOn(Scope.system(), kg.getId(), "Tỉnh ủy An Giang", MERGER,
				kg.getVersion());

		assertThat(renamed.getName()).isEqualTo("Tỉnh ủy An Giang");
		assertThat(this.org.get(kg.getId()).getName()).isEqualTo("Tỉnh ủy An Giang");
		assertThat(this.org.nameOn(renamed, LocalDate.of(2025, 6, 30))).isEqualTo("Tỉnh ủy Kiên Giang");
		assertThat(this.org.nameOn(renamed, MERGER)).isEqualTo("Tỉnh ủy An Giang");
		assertThat(this.org.nameOn(renamed, LocalDate.of(2026, 3, 1))).isEqualTo("Tỉnh ủy An Giang");
		assertThat(this.org.nameOn(renamed, null)).isEqualTo("Tỉnh ủy An Giang");
	}

	@Test
	void aRenameBeforeTheUnitExistedOrOutsideTheUsersScopeIsRefused() {
		OrgUnit kg = kienGiang("NR" + System.nanoTime() % 1_000_000);
		assertThatThrownBy(() -> this.changes.renameOn(Scope.system(), kg.getId(), "Tỉnh ủy An Giang",
				LocalDate.of(2014, 1, 1), kg.getVersion()))
			.isInstanceOfSatisfying(AppException.class, e -> assertThat(e.status()).isEqualTo(400));
		OrgUnit sibling = kienGiang("NS" + System.nanoTime() % 1_000_000);
		Scope siblingOfficer = new Scope("canbo.khac", sibling.getPath(), sibling.getId(), true, true, false);
		assertThatThrownBy(
				() -> this.changes.renameOn(siblingOfficer, kg.getId(), "Tỉnh ủy An Giang", MERGER, kg.getVersion()))
			.isInstanceOfSatisfying(AppException.class, e -> assertThat(e.status()).isEqualTo(403));
		assertThat(this.org.get(kg.getId()).getName()).isEqualTo("Tỉnh ủy Kiên Giang");
	}

	@Test
	void aStudyReportDatedBeforeTheMergerNamesTheProvinceAsItWas() {
		OrgUnit kg = kienGiang("NB" + System.nanoTime() % 1_000_000);
		StudyCampaign c = this.study.createCampaign(Scope.system(),
				new StudyService.NewCampaign(kg.getId(), "Học tập chuyên đề năm 2025", DocumentKind.THEMATIC_TOPIC,
						"Kế hoạch số 30-KH/TU", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 12, 31), null,
						EnumSet.of(Audience.PARTY_MEMBERS), false));
		OrgUnit ag = this.changes.renameOn(Scope.system(), kg.getId(), "Tỉnh ủy An Giang", MERGER, kg.getVersion());

		PartyDocument before = this.reports.build(Scope.system(),
				new StudyReport.Request(c.getId(), ag.getId(), LocalDate.of(2025, 6, 20), null, null, null));
		assertThat(before.header().issuingBody()).isEqualTo("TỈNH ỦY KIÊN GIANG");
		assertThat(before.header().place()).isEqualTo("Kiên Giang");
		PartyDocument after = this.reports.build(Scope.system(),
				new StudyReport.Request(c.getId(), ag.getId(), LocalDate.of(2025, 9, 20), null, null, null));
		assertThat(after.header().issuingBody()).isEqualTo("TỈNH ỦY AN GIANG");
	}

}
