package vn.tuyengiao.support;

import java.time.LocalDate;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.Gender;
import vn.tuyengiao.member.Member;
import vn.tuyengiao.member.MemberData;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.member.MemberStatus;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.UserService;

/**
 * A small province of the seeds, built once per test database: Tỉnh ủy Kiên Giang, two
 * communes (Vĩnh Bình Bắc with two cells, Phong Đông with one), members with real
 * diacritics and one account per role.
 */
@TestConfiguration(proxyBeanMethods = false)
public class Fixture {

	public static final String PASSWORD = "MatKhau2026";

	@Bean
	Data fixtureData(OrgService org, OrgUnits units, MemberService members, UserService users) {
		return Data.build(org, units, members, users);
	}

	public record Data(long province, long communeVbb, long communePd, long cellVl1, long cellThbm, long cellCc,
			long thangVl1, long hoaVl1, long leThangCc, long quyCc) {

		static synchronized Data build(OrgService org, OrgUnits units, MemberService members, UserService users) {
			Scope system = Scope.system();
			var existing = units.findByCode("T.KG");
			if (existing.isPresent()) {
				throw new IllegalStateException("fixture built twice on one database");
			}
			LocalDate from = LocalDate.of(2025, 7, 1);
			OrgUnit kg = org.create(system, new NewUnit(null, OrgUnitKind.PROVINCIAL_COMMITTEE, "Tỉnh ủy Kiên Giang",
					"T.KG", "TU", LocalDate.of(2015, 1, 1)));
			OrgUnit vbb = org.create(system, new NewUnit(kg.getId(), OrgUnitKind.COMMUNE_COMMITTEE,
					"Đảng ủy xã Vĩnh Bình Bắc", "T.VBB", "ĐU", from));
			OrgUnit pd = org.create(system, new NewUnit(kg.getId(), OrgUnitKind.COMMUNE_COMMITTEE,
					"Đảng ủy xã Phong Đông", "T.PD", "ĐU", from));
			OrgUnit vl1 = org.create(system,
					new NewUnit(vbb.getId(), OrgUnitKind.CELL, "Chi bộ ấp Vĩnh Lộc 1", "T.VBB.VL1", "CB", from));
			OrgUnit thbm = org.create(system, new NewUnit(vbb.getId(), OrgUnitKind.CELL,
					"Chi bộ Trường Tiểu học Bình Minh", "T.VBB.THBM", "CB", from));
			OrgUnit cc = org.create(system,
					new NewUnit(pd.getId(), OrgUnitKind.CELL, "Chi bộ ấp Cái Chanh", "T.PD.CC", "CB", from));
			Member thang = members.create(system, member("Nguyễn Văn Thắng", Gender.MALE, "93000001", vl1,
					"Bí thư chi bộ", MemberStatus.ACTIVE, false));
			Member hoa = members.create(system,
					member("Trần Thị Hoà", Gender.FEMALE, "93000002", vl1, "Đảng viên", MemberStatus.ACTIVE, false));
			members.create(system,
					member("Phạm Văn Út", Gender.MALE, "93000003", vl1, "Đảng viên", MemberStatus.AWAY, false));
			members.create(system, member("Huỳnh Thị Lan", Gender.FEMALE, "93000004", thbm, "Hiệu trưởng",
					MemberStatus.ACTIVE, false));
			Member le = members.create(system,
					member("Lê Văn Thắng", Gender.MALE, "93000005", cc, "Cựu chiến binh", MemberStatus.ACTIVE, true));
			Member quy = members.create(system, member("Nguyễn Thị Quý", Gender.FEMALE, "93000006", cc,
					"Chi hội trưởng Phụ nữ", MemberStatus.ACTIVE, false));
			members.create(system,
					member("Võ Văn Thắng", Gender.MALE, "93000007", cc, "Đảng viên", MemberStatus.EXEMPT, true));
			user(users, "admin.t", Role.ADMIN, null);
			user(users, "canbo.tinh.t", Role.OFFICER, kg.getId());
			user(users, "canbo.vbb", Role.OFFICER, vbb.getId());
			user(users, "bithu.vl1", Role.CELL_SECRETARY, vl1.getId());
			user(users, "bithu.cc", Role.CELL_SECRETARY, cc.getId());
			user(users, "xem.pd", Role.VIEWER, pd.getId());
			return new Data(kg.getId(), vbb.getId(), pd.getId(), vl1.getId(), thbm.getId(), cc.getId(), thang.getId(),
					hoa.getId(), le.getId(), quy.getId());
		}

		private static MemberData member(String name, Gender g, String card, OrgUnit cell, String position,
				MemberStatus status, boolean retired) {
			return new MemberData(name, g, LocalDate.of(1970, 5, 19), card, LocalDate.of(1995, 2, 3),
					LocalDate.of(1996, 2, 3), null, cell.getId(), position, "Thực hiện nhiệm vụ được chi bộ phân công",
					status, LocalDate.of(2020, 1, 1), retired);
		}

		private static void user(UserService users, String username, Role role, Long unit) {
			users.create(Scope.system(), new UserService.NewUser(username, username, role, unit, PASSWORD, false));
		}

	}

}
