package vn.tuyengiao.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.emulation.AwardForm;
import vn.tuyengiao.emulation.AwardLevel;
import vn.tuyengiao.emulation.AwardService;
import vn.tuyengiao.emulation.DiscoveryMethod;
import vn.tuyengiao.emulation.ExemplarCategory;
import vn.tuyengiao.emulation.ExemplarService;
import vn.tuyengiao.emulation.HolderKind;
import vn.tuyengiao.emulation.PublicityChannel;
import vn.tuyengiao.member.Gender;
import vn.tuyengiao.member.MemberData;
import vn.tuyengiao.member.MemberImporter;
import vn.tuyengiao.member.MemberStatus;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.register.ReportDrafts;
import vn.tuyengiao.report.Block;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.reporttemplate.ReportTemplates;
import vn.tuyengiao.study.Audience;
import vn.tuyengiao.study.DocumentKind;
import vn.tuyengiao.study.SessionFormat;
import vn.tuyengiao.study.StudyAttendance;
import vn.tuyengiao.study.StudyService;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.UserService;

/**
 * Seed 004 drafted from data through the built-in template "Báo cáo sơ kết, tổng kết thực
 * hiện Chỉ thị 05-CT/TW (cấp xã)": Mỹ Thạnh's 189 members, 178 of whom attended the
 * conference of 15/02/2017, the mass organisations' and the people's roll-out (81,85%,
 * 75,4%), the awards of 16/12/2016 (02 tập thể, 18 cá nhân) and the two television
 * reportages on exemplars, entered through the modules' services; "Soạn báo cáo" in the
 * due inbox drafts the report with those figures and the Công văn cited.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Seed004TemplateDraftTest {

	@Autowired
	OrgService org;

	@Autowired
	DocumentRegister register;

	@Autowired
	UserService users;

	@Autowired
	ReportDrafts drafts;

	@Autowired
	IncomingRegister incoming;

	@Autowired
	ReportingCycle cycle;

	@Autowired
	Consolidation consolidation;

	@Autowired
	MemberImporter importer;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	StudyService study;

	@Autowired
	StudyAttendance attendance;

	@Autowired
	AwardService awards;

	@Autowired
	ExemplarService exemplars;

	@Autowired
	ReportTemplates templates;

	@Autowired
	Fixture.Data fx;

	GiongTrom gt;

	@BeforeAll
	void myThanhsYear() {
		this.gt = GiongTrom.build("T21", this.fx.province(), this.org, this.register, this.users);
		Scope system = Scope.system();
		OrgUnit myThanh = this.gt.myThanhUnit();
		LocalDate from = LocalDate.of(2015, 1, 1);
		OrgUnit nghiaHuan = this.org.create(system,
				new NewUnit(myThanh.getId(), OrgUnitKind.CELL, "Chi bộ ấp Nghĩa Huấn", "R.T21.1.NH", "CB", from));
		OrgUnit benDo = this.org.create(system,
				new NewUnit(myThanh.getId(), OrgUnitKind.CELL, "Chi bộ ấp Bến Đò", "R.T21.1.BD", "CB", from));
		List<MemberData> roll = new ArrayList<>();
		for (int i = 0; i < 189; i++) {
			OrgUnit cell = i % 2 == 0 ? nghiaHuan : benDo;
			roll.add(new MemberData(i == 0 ? "Nguyễn Văn Huấn" : name(i), i % 3 == 0 ? Gender.MALE : Gender.FEMALE,
					LocalDate.of(1970, 5, 19), "T21MT" + String.format("%04d", i), LocalDate.of(2000, 2, 3),
					LocalDate.of(2001, 2, 3), null, cell.getId(), i == 0 ? "Bí thư chi bộ, Trưởng ấp" : "Đảng viên",
					"Thực hiện nhiệm vụ được chi bộ phân công", MemberStatus.ACTIVE, LocalDate.of(2010, 1, 1), false));
		}
		this.importer.bulkInsert(roll);
		List<Long> ids = this.jdbc
			.queryForList("select id from member where card_number like 'T21MT%' order by card_number", Long.class);
		assertThat(ids).hasSize(189);
		var campaign = this.study.createCampaign(system,
				new StudyService.NewCampaign(myThanh.getId(), "Hội nghị triển khai Chỉ thị số 05-CT/TW",
						DocumentKind.DIRECTIVE, "Kế hoạch số 38-KH/ĐU", LocalDate.of(2017, 2, 1),
						LocalDate.of(2017, 2, 28), LocalDate.of(2017, 2, 28),
						EnumSet.of(Audience.PARTY_MEMBERS, Audience.UNION_MEMBERS, Audience.PUBLIC), false));
		var session = this.study.createSession(system,
				new StudyService.NewSession(campaign.getId(), myThanh.getId(), "Hội nghị triển khai Chỉ thị 05",
						SessionFormat.IN_PERSON, null, LocalDate.of(2017, 2, 15), "Hội trường Đảng ủy xã",
						"Đồng chí Bí thư Đảng ủy",
						EnumSet.of(Audience.PARTY_MEMBERS, Audience.UNION_MEMBERS, Audience.PUBLIC), false));
		this.attendance.addAttendance(system, session.getId(), ids.subList(0, 178));
		this.attendance.setPopulation(system, campaign.getId(), myThanh.getId(), Audience.UNION_MEMBERS, 2000);
		this.attendance.setPopulation(system, campaign.getId(), myThanh.getId(), Audience.PUBLIC, 5000);
		this.attendance.setHeadcount(system, session.getId(), myThanh.getId(), Audience.UNION_MEMBERS, 1637);
		this.attendance.setHeadcount(system, session.getId(), myThanh.getId(), Audience.PUBLIC, 3770);

		List<AwardService.Recipient> recipients = new ArrayList<>();
		recipients.add(AwardService.Recipient.collective(nghiaHuan.getId()));
		recipients.add(AwardService.Recipient.collective(benDo.getId()));
		for (int i = 0; i < 18; i++) {
			recipients.add(AwardService.Recipient.member(ids.get(i + 1)));
		}
		this.awards.create(system, new AwardService.NewAward(myThanh.getId(), false, AwardLevel.COMMUNE,
				AwardForm.COMMENDATION, "25-QĐ/ĐU", LocalDate.of(2016, 12, 16),
				"Có thành tích tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2016",
				null, null, recipients));
		var person = this.exemplars.create(system,
				new ExemplarService.NewExemplar(HolderKind.INDIVIDUAL, nghiaHuan.getId(), ids.get(0), null,
						"Bí thư Chi bộ đồng thời Trưởng ấp, gương mẫu vận động nhân dân hiến đất làm đường",
						LocalDate.of(2016, 10, 1), DiscoveryMethod.CELL_REPORT, ExemplarCategory.PARTY_WORK, null));
		var cell = this.exemplars.create(system,
				new ExemplarService.NewExemplar(HolderKind.COLLECTIVE, benDo.getId(), null, null,
						"Chi bộ thực hiện tốt việc đăng ký học tập và làm theo Bác hằng tháng",
						LocalDate.of(2016, 10, 1), DiscoveryMethod.CELL_REPORT, ExemplarCategory.PARTY_WORK, null));
		this.exemplars.addPublicity(system, person.getId(), PublicityChannel.TELEVISION, LocalDate.of(2016, 11, 20),
				"Phóng sự: Bí thư chi bộ ấp Nghĩa Huấn", null);
		this.exemplars.addPublicity(system, cell.getId(), PublicityChannel.TELEVISION, LocalDate.of(2016, 12, 2),
				"Phóng sự: Chi bộ ấp Bến Đò học tập và làm theo Bác", null);
	}

	static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô" };

	static final String[] GIVEN = { "An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Hùng", "Lan", "Long", "Mai", "Nam",
			"Nga", "Phúc", "Quang", "Sơn", "Tâm", "Thảo", "Trung", "Vân", "Yến" };

	/** A Vietnamese name for the i-th member of a generated roll. */
	static String name(int i) {
		return FAMILY[i % FAMILY.length] + (i % 2 == 0 ? " Văn " : " Thị ") + GIVEN[(i / FAMILY.length) % GIVEN.length];
	}

	@Test
	void soanBaoCaoInTheInboxDraftsMyThanhsReviewFromItsDataWithTheTemplate() {
		Incoming cv = this.gt.registerRequest(this.incoming, LocalDate.of(2017, 3, 10));
		Obligation owed = Seed004ReportingCycleTest
			.only(this.cycle.inbox(this.gt.myThanh(), this.gt.myThanhUnit().getId()));
		assertThat(owed.type()).isEqualTo(ReportType.PRELIMINARY_REVIEW);

		long draft = this.consolidation.start(this.gt.myThanh(), owed.id(), null).draftId();
		ReportDrafts.Draft d = this.drafts.get(this.gt.myThanh(), draft);
		assertThat(d.editable()).isTrue();
		PartyDocument doc = d.document();
		List<String> lines = doc.body().stream().map(Seed004ReportingCycleTest::text).toList();
		assertThat(lines.get(0)).startsWith("Thực hiện Công văn số 124-CV/BTGHU, ngày 23/02/2017 của Ban Tuyên giáo "
				+ "Huyện ủy Giồng Trôm về việc báo cáo sơ kết 01 năm thực hiện Chỉ thị số 05-CT/TW");
		assertThat(cv.number()).isEqualTo("124-CV/BTGHU");
		// The template's sections, in the seed's order.
		assertThat(lines).containsSubsequence("1- Kết quả thực hiện", "a) Học tập, quán triệt Chỉ thị", "2- Nhận xét",
				"* Mặt được:", "* Hạn chế:", "3- Phương hướng nhiệm vụ trong thời gian tới");
		// Every figure from the data entered.
		assertThat(lines).anyMatch(l -> l.contains("đảng viên tham dự 178/189 đồng chí, đạt 94,18%")
				&& l.contains("đoàn viên, hội viên đạt 81,85% (1.637/2.000)")
				&& l.contains("nhân dân đạt 75,4% (3.770/5.000)"));
		assertThat(lines).anyMatch(l -> l.startsWith("Khen thưởng 02 tập thể, 18 cá nhân có thành tích tiêu biểu"));
		assertThat(lines).anyMatch(l -> l.contains("xây dựng 02 phóng sự tuyên truyền gương điển hình")
				&& l.contains("01 cá nhân và 01 tập thể") && l.contains("Nguyễn Văn Huấn")
				&& l.contains("Chi bộ ấp Bến Đò"));
		// Paragraphs drafted from data await the officer's review.
		assertThat(doc.hasDrafts()).isTrue();
		assertThat(doc.body()).filteredOn(b -> b instanceof Block.Item i && i.text().contains("178/189"))
			.allMatch(b -> ((Block.Item) b).draft());
		// The draft is the obligation's working draft: "Soạn báo cáo" again opens it.
		assertThat(this.consolidation.start(this.gt.myThanh(), owed.id(), null).draftId()).isEqualTo(draft);
	}

}
