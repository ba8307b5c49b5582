package vn.tuyengiao.meeting;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.Gender;
import vn.tuyengiao.member.MemberData;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.member.MemberStatus;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.UserService;

/**
 * A province of its own for each test (the test database is shared): Đảng ủy xã Vĩnh
 * Thuận with two cells, ấp Vĩnh Phong (four members: the secretary, two active, one away,
 * and one who transferred in on 03/08/2026) and ấp Vĩnh Lợi (one member); accounts for
 * both cell secretaries, the commune officer and a viewer.
 */
record MeetingWorld(String code, long province, long commune, long cell, long sibling, long thang, long hoa, long ut,
		long muoi, long lan, String secretary, String siblingSecretary, String officer, String viewer) {

	private static final AtomicInteger RUN = new AtomicInteger();

	static MeetingWorld build(OrgService org, MemberService members, UserService users) {
		Scope system = Scope.system();
		String n = "SH" + RUN.incrementAndGet() + (System.nanoTime() % 100000);
		LocalDate from = LocalDate.of(2025, 7, 1);
		OrgUnit province = org.create(system, new NewUnit(null, OrgUnitKind.PROVINCIAL_COMMITTEE,
				"Tỉnh ủy An Giang " + n, n, "TU", LocalDate.of(2015, 1, 1)));
		OrgUnit commune = org.create(system, new NewUnit(province.getId(), OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy xã Vĩnh Thuận", n + ".VT", "ĐU", from));
		OrgUnit cell = org.create(system,
				new NewUnit(commune.getId(), OrgUnitKind.CELL, "Chi bộ ấp Vĩnh Phong", n + ".VT.VP", "CB", from));
		OrgUnit sibling = org.create(system,
				new NewUnit(commune.getId(), OrgUnitKind.CELL, "Chi bộ ấp Vĩnh Lợi", n + ".VT.VL", "CB", from));
		long thang = member(members, "Nguyễn Văn Thắng", "Bí thư chi bộ", MemberStatus.ACTIVE, null, cell, n + "01");
		long hoa = member(members, "Trần Thị Hòa", "Đảng viên", MemberStatus.ACTIVE, null, cell, n + "02");
		long ut = member(members, "Phạm Văn Út", "Đảng viên", MemberStatus.AWAY, null, cell, n + "03");
		long muoi = member(members, "Phan Đức Mười", "Đảng viên", MemberStatus.ACTIVE, LocalDate.of(2026, 8, 3), cell,
				n + "04");
		long lan = member(members, "Huỳnh Thị Lan", "Bí thư chi bộ", MemberStatus.ACTIVE, null, sibling, n + "05");
		String secretary = "bithu.vp." + n.toLowerCase();
		String siblingSecretary = "bithu.vl." + n.toLowerCase();
		String officer = "canbo.vt." + n.toLowerCase();
		String viewer = "xem.vt." + n.toLowerCase();
		user(users, secretary, Role.CELL_SECRETARY, cell.getId());
		user(users, siblingSecretary, Role.CELL_SECRETARY, sibling.getId());
		user(users, officer, Role.OFFICER, commune.getId());
		user(users, viewer, Role.VIEWER, commune.getId());
		return new MeetingWorld(n, province.getId(), commune.getId(), cell.getId(), sibling.getId(), thang, hoa, ut,
				muoi, lan, secretary, siblingSecretary, officer, viewer);
	}

	String card(String suffix) {
		return "SH-" + this.code + suffix;
	}

	static long member(MemberService members, String name, String position, MemberStatus status, LocalDate onRollSince,
			OrgUnit cell, String card) {
		return members
			.create(Scope.system(),
					new MemberData(name, name.contains("Thị") ? Gender.FEMALE : Gender.MALE, LocalDate.of(1975, 5, 19),
							"SH-" + card, LocalDate.of(2000, 2, 3), null, null, cell.getId(), position, null, status,
							onRollSince == null ? LocalDate.of(2020, 1, 1) : onRollSince, false))
			.getId();
	}

	private static void user(UserService users, String username, Role role, long unit) {
		users.create(Scope.system(), new UserService.NewUser(username, username, role, unit, Fixture.PASSWORD, false));
	}

}
