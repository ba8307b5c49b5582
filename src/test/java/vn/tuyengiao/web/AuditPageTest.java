package vn.tuyengiao.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.emulation.AwardForm;
import vn.tuyengiao.emulation.AwardService;
import vn.tuyengiao.emulation.DiscoveryMethod;
import vn.tuyengiao.emulation.ExemplarCategory;
import vn.tuyengiao.emulation.ExemplarService;
import vn.tuyengiao.emulation.HolderKind;
import vn.tuyengiao.emulation.ModelLifecycle;
import vn.tuyengiao.emulation.ModelService;
import vn.tuyengiao.emulation.Movement;
import vn.tuyengiao.emulation.Registration;
import vn.tuyengiao.member.Gender;
import vn.tuyengiao.member.Member;
import vn.tuyengiao.member.MemberData;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.member.MemberStatus;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Defect 6 of issue 12: the audit log spoke to developers ("STATUS", "REGISTERED →
 * REVIEWED", "EmulationModel #12", "ngày 2026-11-20", the actor "canbo.mai"). Đồng chí
 * Trần Thị Mai of Vĩnh Bình Bắc adds a member and sends him away for work; Đồng chí Đỗ
 * Văn Hùng of Phong Đông registers a model and moves it a step on. The log names them,
 * the actions and the states in Vietnamese, links each change to its record, filters by
 * person, module, unit and period, and shows the Vĩnh Bình Bắc officer only his commune.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberService members;

	@Autowired
	ModelService models;

	@Autowired
	ModelLifecycle lifecycle;

	@Autowired
	UserService users;

	@Autowired
	Fixture.Data fx;

	@Autowired
	ExemplarService exemplars;

	@Autowired
	AwardService awards;

	long memberId;

	long modelId;

	@BeforeAll
	void twoOfficersChangeThings() {
		this.users.create(Scope.system(), new UserService.NewUser("canbo.mai", "Trần Thị Mai", Role.OFFICER,
				this.fx.communeVbb(), Fixture.PASSWORD, false));
		this.users.create(Scope.system(), new UserService.NewUser("canbo.hung", "Đỗ Văn Hùng", Role.OFFICER,
				this.fx.communePd(), Fixture.PASSWORD, false));
		as("canbo.mai", () -> {
			Member m = this.members.create(Scope.system(),
					new MemberData("Châu Văn Lộc", Gender.MALE, LocalDate.of(1988, 9, 2), "93770001",
							LocalDate.of(2012, 5, 19), LocalDate.of(2013, 5, 19), null, this.fx.cellVl1(), "Đảng viên",
							null, MemberStatus.ACTIVE, LocalDate.of(2020, 1, 1), false));
			this.memberId = m.getId();
			this.members.changeStatus(Scope.system(), m.getId(), MemberStatus.AWAY, LocalDate.of(2026, 11, 20),
					"Đi làm việc tại Bình Dương", m.getVersion());
		});
		as("canbo.hung", () -> {
			long id = this.models
				.register(Scope.system(),
						new Registration(this.fx.cellCc(), null, "Tuyến đường hoa ấp Cái Chanh",
								this.models.groups().get(0).getId(), Movement.HO_CHI_MINH, null, null, null,
								"Trồng hoa hai bên đường ấp", null, null, null, null, null, false, false,
								LocalDate.of(2026, 3, 1), null))
				.model()
				.getId();
			this.modelId = id;
			this.lifecycle.advance(Scope.system(), id, this.models.get(Scope.system(), id).getVersion(),
					LocalDate.of(2026, 4, 1), null);
		});
	}

	@Test
	void theLogSpeaksVietnameseNamesPeopleAndLinksRecords() throws Exception {
		// Other tests write to the same log: one page per person.
		String html = page("/audit?user=canbo.mai", "admin.t") + page("/audit?user=canbo.hung", "admin.t");
		assertThat(html).contains("Trần Thị Mai", "Đỗ Văn Hùng")
			.contains("Thêm mới", "Đổi tình trạng", "Đăng ký mô hình")
			.contains("Đang sinh hoạt → Đi làm ăn xa từ 20/11/2026")
			.contains("href=\"/members/" + this.memberId + "\"")
			.contains("href=\"/models/" + this.modelId + "\"")
			.contains("Đảng viên", "Mô hình");
		assertThat(html).doesNotContain(">STATUS<", ">CREATE<", "REGISTERED", "REVIEWED", "EmulationModel",
				"2026-11-20", ">canbo.mai<");
		assertThat(html).containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
	}

	@Test
	void filtersByPersonModuleUnitAndPeriod() throws Exception {
		String byPerson = page("/audit?user=canbo.hung", "admin.t");
		assertThat(byPerson).contains("Tuyến đường hoa ấp Cái Chanh").doesNotContain("Châu Văn Lộc");
		String byModule = page("/audit?module=members&unit=" + this.fx.cellVl1(), "admin.t");
		assertThat(byModule).contains("Châu Văn Lộc").doesNotContain("Tuyến đường hoa ấp Cái Chanh");
		String byUnit = page("/audit?unit=" + this.fx.cellCc(), "admin.t");
		assertThat(byUnit).contains("Tuyến đường hoa ấp Cái Chanh").doesNotContain("Châu Văn Lộc");
		String future = page("/audit?from=01/01/2099", "admin.t");
		assertThat(future).contains("Chưa có thay đổi nào.").doesNotContain("Châu Văn Lộc");
	}

	@Test
	void anOfficerSeesHisCommuneOnlyOnThePageAndInTheExport() throws Exception {
		String own = page("/audit?user=canbo.mai", "canbo.vbb") + page("/audit?user=canbo.hung", "canbo.vbb");
		assertThat(own).contains("Châu Văn Lộc").doesNotContain("Tuyến đường hoa ấp Cái Chanh");
		this.mvc.perform(get("/audit").param("unit", "" + this.fx.communePd()).with(user("canbo.vbb")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/audit/export.xlsx").param("unit", "" + this.fx.communePd()).with(user("canbo.vbb")))
			.andExpect(status().isForbidden());
		byte[] xlsx = this.mvc.perform(get("/audit/export.xlsx").with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		StringBuilder all = new StringBuilder();
		try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = wb.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Người thực hiện");
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				for (int c = 1; c < 5; c++) {
					var cell = sheet.getRow(r).getCell(c);
					all.append(cell == null ? "" : cell.getStringCellValue()).append('|');
				}
			}
		}
		assertThat(all.toString()).contains("Trần Thị Mai|Đổi tình trạng|Đảng viên|").doesNotContain("Tuyến đường hoa");
	}

	/**
	 * Issue 12, defect 6: changes to accounts, exemplars and awards carry their unit, so
	 * the unit filter and an officer's own log show them (they had no unit before).
	 */
	@Test
	void accountsExemplarsAndAwardsShowInTheirUnitsLog() throws Exception {
		as("canbo.hung", () -> {
			this.exemplars.create(Scope.system(),
					new ExemplarService.NewExemplar(HolderKind.INDIVIDUAL, this.fx.cellCc(), null, "Lâm Thị Thảo",
							"Nhận nuôi 02 trẻ mồ côi trong ấp", LocalDate.of(2026, 7, 1), DiscoveryMethod.values()[0],
							ExemplarCategory.values()[0], null));
			this.awards.create(Scope.system(),
					new AwardService.NewAward(this.fx.communePd(), false, null, AwardForm.CERTIFICATE, "21-QĐ/ĐU",
							LocalDate.of(2026, 9, 2), "Hoàn thành xuất sắc nhiệm vụ năm 2026", null, null,
							List.of(AwardService.Recipient.collective(this.fx.cellCc()))));
		});
		this.users.create(Scope.system(), new UserService.NewUser("bithu.cc2", "Phan Văn Chánh", Role.CELL_SECRETARY,
				this.fx.cellCc(), Fixture.PASSWORD, false));

		String pd = page("/audit?unit=" + this.fx.communePd(), "admin.t");
		assertThat(pd).contains("Gương điển hình Lâm Thị Thảo", "Tạo tài khoản bithu.cc2", "Khen thưởng 1 tập thể");
		String vbb = page("/audit", "canbo.vbb");
		assertThat(vbb).doesNotContain("Lâm Thị Thảo", "bithu.cc2", "21-QĐ/ĐU");
	}

	private void as(String username, Runnable r) {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(username, null, List.of()));
		try {
			r.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private String page(String url, String username) throws Exception {
		return this.mvc.perform(get(url).with(user(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
