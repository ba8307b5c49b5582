package vn.tuyengiao.reporttemplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.emulation.AwardForm;
import vn.tuyengiao.emulation.AwardLevel;
import vn.tuyengiao.emulation.AwardService;
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
import vn.tuyengiao.study.Audience;
import vn.tuyengiao.study.DocumentKind;
import vn.tuyengiao.study.SessionFormat;
import vn.tuyengiao.study.StudyAttendance;
import vn.tuyengiao.study.StudyService;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.UserService;

/**
 * Seed 003 drafted from entered data: a bloc (Đảng ủy Khối các cơ quan và doanh nghiệp
 * tỉnh) whose 13 cells held 452 classes of the year's thematic topic, attended by its
 * 6.088 members and 2.754 đoàn viên, hội viên; 13 collectives and 36 individuals
 * commended, 02 and 02 proposed to the province. The built-in yearly template drafts "452
 * cuộc có 8.842 đồng chí dự, trong đó có 6.088 đảng viên, 2.754 đoàn viên, hội viên" and
 * the awards from those records.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Seed003YearReportTest {

	static final String[] CELLS = { "Sở Tài chính", "Sở Tư pháp", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Công Thương",
			"Sở Xây dựng", "Sở Nội vụ", "Kho bạc Nhà nước tỉnh", "Cục Thuế tỉnh",
			"Ngân hàng Nông nghiệp chi nhánh tỉnh", "Công ty Điện lực tỉnh", "Bưu điện tỉnh", "Báo tỉnh" };

	@Autowired
	OrgService org;

	@Autowired
	DocumentRegister register;

	@Autowired
	UserService users;

	@Autowired
	MemberImporter importer;

	@Autowired
	StudyService study;

	@Autowired
	StudyAttendance attendance;

	@Autowired
	AwardService awards;

	@Autowired
	ReportTemplates templates;

	@Autowired
	ReportDrafts drafts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixture.Data fx;

	OrgUnit bloc;

	Scope officer;

	@BeforeAll
	void theBlocsYear() {
		Scope system = Scope.system();
		LocalDate from = LocalDate.of(2015, 1, 1);
		this.bloc = this.org.create(system, new NewUnit(this.fx.province(), OrgUnitKind.BLOC_COMMITTEE,
				"Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", "K21", "ĐUK", from));
		this.register.createBody(system, this.bloc.getId(), "Ban Tuyên giáo Đảng ủy Khối", "BTGĐUK",
				"ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH", "Trà Vinh");
		this.register.createTerm(system, this.bloc.getId(), "Nhiệm kỳ 2020–2025", LocalDate.of(2020, 1, 1), null);
		this.users.create(system, new UserService.NewUser("k21.canbo", "Cán bộ Ban Tuyên giáo Khối", Role.OFFICER,
				this.bloc.getId(), Fixture.PASSWORD, false));
		this.officer = this.users.scopeOf("k21.canbo");

		List<OrgUnit> cells = new ArrayList<>();
		List<MemberData> roll = new ArrayList<>();
		for (int c = 0; c < CELLS.length; c++) {
			OrgUnit cell = this.org.create(system, new NewUnit(this.bloc.getId(), OrgUnitKind.GRASSROOTS_CELL,
					"Chi bộ " + CELLS[c], "K21." + (c + 1), "CB", from));
			cells.add(cell);
		}
		// 6.088 members: 468 in each cell, the first cell 472.
		for (int i = 0; i < 6088; i++) {
			int c = i < 472 ? 0 : 1 + (i - 472) / 468;
			roll.add(new MemberData(name(i), i % 2 == 0 ? Gender.MALE : Gender.FEMALE, LocalDate.of(1980, 3, 2),
					"K21M" + String.format("%05d", i), LocalDate.of(2005, 2, 3), LocalDate.of(2006, 2, 3), null,
					cells.get(c).getId(), "Đảng viên", "Công chức", MemberStatus.ACTIVE, LocalDate.of(2010, 1, 1),
					false));
		}
		this.importer.bulkInsert(roll);
		Map<Long, List<Long>> byCell = new HashMap<>();
		this.jdbc.query("select id, unit_id from member where card_number like 'K21M%' order by card_number", rs -> {
			byCell.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getLong(1));
		});

		var campaign = this.study.createCampaign(system,
				new StudyService.NewCampaign(this.bloc.getId(),
						"Học tập chuyên đề năm 2021 về ý chí tự lực, tự cường và khát vọng phát triển đất nước",
						DocumentKind.THEMATIC_TOPIC, "Kế hoạch số 34-KH/ĐUK", LocalDate.of(2021, 6, 1),
						LocalDate.of(2021, 12, 31), LocalDate.of(2021, 12, 31),
						EnumSet.of(Audience.PARTY_MEMBERS, Audience.UNION_MEMBERS), false));
		// 452 classes across the 13 cells; each cell's members attend its first class,
		// its đoàn viên, hội viên are counted there (211 each, the first cell 222).
		Map<Long, Long> firstClass = new HashMap<>();
		for (int s = 0; s < 452; s++) {
			OrgUnit cell = cells.get(s % cells.size());
			var session = this.study.createSession(system,
					new StudyService.NewSession(campaign.getId(), cell.getId(), "Học tập chuyên đề năm 2021",
							SessionFormat.IN_PERSON, null, LocalDate.of(2021, 6, 1).plusDays(s / 3), "Hội trường",
							"Bí thư chi bộ", EnumSet.of(Audience.PARTY_MEMBERS, Audience.UNION_MEMBERS), false));
			firstClass.putIfAbsent(cell.getId(), session.getId());
		}
		for (int c = 0; c < cells.size(); c++) {
			long cell = cells.get(c).getId();
			this.attendance.addAttendance(system, firstClass.get(cell), byCell.get(cell));
			this.attendance.setPopulation(system, campaign.getId(), cell, Audience.UNION_MEMBERS, 300);
			this.attendance.setHeadcount(system, firstClass.get(cell), cell, Audience.UNION_MEMBERS,
					c == 0 ? 222 : 211);
		}

		List<AwardService.Recipient> recipients = new ArrayList<>();
		cells.forEach(c -> recipients.add(AwardService.Recipient.collective(c.getId())));
		for (int i = 0; i < 36; i++) {
			recipients.add(AwardService.Recipient.member(byCell.get(cells.get(i % cells.size()).getId()).get(i)));
		}
		this.awards.create(system,
				new AwardService.NewAward(this.bloc.getId(), false, AwardLevel.DISTRICT, AwardForm.CERTIFICATE,
						"112-QĐ/ĐUK", LocalDate.of(2021, 5, 14),
						"Có thành tích tiêu biểu trong học tập và làm theo Bác giai đoạn 5 năm 2016 - 2020", null, null,
						recipients));
		this.awards.create(system,
				new AwardService.NewAward(this.bloc.getId(), true, AwardLevel.PROVINCE, AwardForm.CERTIFICATE,
						"115-TTr/ĐUK", LocalDate.of(2021, 5, 20),
						"Đề nghị Ban Thường vụ Tỉnh ủy khen thưởng giai đoạn 5 năm 2016 - 2020", null, null,
						List.of(AwardService.Recipient.collective(cells.get(0).getId()),
								AwardService.Recipient.collective(cells.get(1).getId()),
								AwardService.Recipient.member(byCell.get(cells.get(2).getId()).get(0)),
								AwardService.Recipient.member(byCell.get(cells.get(3).getId()).get(0)))));
	}

	static String name(int i) {
		String[] family = { "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương" };
		String[] given = { "An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Hùng", "Lan", "Long", "Mai", "Nam", "Nga",
				"Phúc", "Quang", "Sơn", "Tâm", "Thảo", "Trung", "Vân", "Yến" };
		return family[i % family.length] + (i % 2 == 0 ? " Văn " : " Thị ") + given[(i / family.length) % given.length];
	}

	@Test
	void theYearlyTemplateDraftsTheBlocsReportWithItsFigures() {
		ReportTemplate yearly = this.templates.forReportType("YEARLY").orElseThrow();
		assertThat(yearly.code()).isEqualTo("TGNAM-KHOI");
		long id = this.templates.draft(this.officer, yearly.id(), new ReportTemplates.DraftRequest(this.bloc.getId(),
				LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), null, null, null, null));
		ReportDrafts.Draft d = this.drafts.get(this.officer, id);
		assertThat(d.body().getName()).isEqualTo("Ban Tuyên giáo Đảng ủy Khối");
		PartyDocument doc = d.document();
		assertThat(doc.subject())
			.containsExactly("Kết quả công tác tuyên giáo năm 2021, phương hướng, nhiệm vụ năm 2022");
		List<String> lines = doc.body().stream().map(Seed003YearReportTest::text).toList();
		assertThat(lines).containsSubsequence("I. Kết quả công tác tuyên giáo năm 2021",
				"1. Công tác tham mưu kịp thời, hiệu quả",
				"3. Đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "II. Hạn chế",
				"III. Phương hướng, nhiệm vụ năm 2022");
		assertThat(lines).anyMatch(l -> l.startsWith("Năm 2021, Ban Tuyên giáo Đảng ủy Khối luôn chủ động"));
		assertThat(lines).anyMatch(l -> l.contains(
				"đã tổ chức 452 cuộc có 8.842 đồng chí dự, trong đó có 6.088 đảng viên, 2.754 đoàn viên, hội viên")
				&& l.contains("đảng viên tham dự 6.088/6.088 đồng chí, đạt 100%")
				&& l.contains("đoàn viên, hội viên đạt 70,62% (2.754/3.900)"));
		assertThat(lines).contains(
				"Khen thưởng 13 tập thể, 36 cá nhân có thành tích tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
				"Đề xuất cấp trên khen thưởng 02 tập thể, 02 cá nhân.");
	}

	static String text(Block b) {
		return b instanceof Block.Paragraph p ? p.text()
				: b instanceof Block.Item i ? i.text() : b instanceof Block.Heading h ? h.line() : "";
	}

}
