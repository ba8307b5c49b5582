package vn.tuyengiao.member;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kept per-unit counts follow every kind of member write, so roll-ups can read them
 * instead of counting.
 */
@IntegrationTest
class MemberCountsTest {

	@Autowired
	MemberService members;

	@Autowired
	MemberImporter importer;

	@Autowired
	MemberCounts counts;

	@Autowired
	OrgUnits org;

	@Autowired
	OrgService orgChanges;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixture.Data fx;

	private final Scope system = Scope.system();

	@Test
	void countsFollowCreateStatusChangeTransferImportAndMerge() {
		LocalDate founded = LocalDate.of(2025, 7, 1);
		OrgUnit commune = this.orgChanges.create(this.system, new NewUnit(this.fx.province(),
				OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Vĩnh Phong", "T.MC", "ĐU", founded));
		OrgUnit ap1 = this.orgChanges.create(this.system,
				new NewUnit(commune.getId(), OrgUnitKind.CELL, "Chi bộ ấp Vĩnh Phước 1", "T.MC.VP1", "CB", founded));
		OrgUnit ap2 = this.orgChanges.create(this.system,
				new NewUnit(commune.getId(), OrgUnitKind.CELL, "Chi bộ ấp Vĩnh Phước 2", "T.MC.VP2", "CB", founded));

		Member tam = add("Huỳnh Văn Tâm", "93600001", ap1.getId(), MemberStatus.ACTIVE);
		Member lan = add("Lâm Thị Lan", "93600002", ap1.getId(), MemberStatus.ACTIVE);
		add("Trương Văn Sáng", "93600003", ap1.getId(), MemberStatus.EXEMPT);
		add("Dương Thị Mười", "93600004", ap2.getId(), MemberStatus.AWAY);
		this.importer.bulkInsert(List.of(data("Tô Văn Hiếu", "93600005", ap2.getId(), MemberStatus.ACTIVE),
				data("Kha Thị Nết", "93600006", ap2.getId(), MemberStatus.ACTIVE),
				data("Mai Văn Đức", "93600007", ap2.getId(), MemberStatus.DECEASED)));
		assertThat(this.counts.onRoll(commune.getPath())).containsEntry(ap1.getId(), 3L).containsEntry(ap2.getId(), 3L);

		// Lan goes away to work; Tâm is transferred to ấp 2.
		this.members.changeStatus(this.system, lan.getId(), MemberStatus.AWAY, LocalDate.of(2026, 3, 1),
				"Đi làm ăn ở Bình Dương", this.members.get(this.system, lan.getId()).getVersion());
		Member t = this.members.get(this.system, tam.getId());
		this.members.update(this.system, tam.getId(),
				new MemberData(t.getFullName(), t.getGender(), t.getBirthDate(), t.getCardNumber(), t.getJoinDate(),
						t.getFullMemberDate(), null, ap2.getId(), t.getPosition(), t.getDuties(), t.getStatus(), null,
						t.isRetiredCadre()),
				t.getVersion());
		Map<Long, long[]> byUnit = new HashMap<>();
		this.counts.forEach(commune.getPath(), c -> byUnit.put(c.unitId(), c.byStatus()));
		assertThat(byUnit.get(ap1.getId())[MemberStatus.ACTIVE.ordinal()]).isZero();
		assertThat(byUnit.get(ap1.getId())[MemberStatus.AWAY.ordinal()]).isEqualTo(1);
		assertThat(byUnit.get(ap1.getId())[MemberStatus.EXEMPT.ordinal()]).isEqualTo(1);
		assertThat(byUnit.get(ap2.getId())[MemberStatus.ACTIVE.ordinal()]).isEqualTo(3);
		assertThat(byUnit.get(ap2.getId())[MemberStatus.DECEASED.ordinal()]).isEqualTo(1);

		// The two hamlets merge into one cell: everyone on the roll moves with it.
		OrgUnit merged = this.orgChanges.create(this.system, new NewUnit(commune.getId(), OrgUnitKind.CELL,
				"Chi bộ ấp Vĩnh Phước", "T.MC.VP", "CB", LocalDate.of(2026, 6, 1)));
		this.orgChanges.merge(this.system, merged.getId(), List.of(ap1.getId(), ap2.getId()), LocalDate.of(2026, 6, 1));
		assertThat(this.counts.onRoll(commune.getPath())).containsEntry(merged.getId(), 6L);

		// The invariant, over every unit in the database: kept counts equal a fresh count
		// of the members.
		assertThat(kept()).isEqualTo(recount());
	}

	private Map<String, Long> kept() {
		Map<String, Long> m = new HashMap<>();
		this.jdbc.query("select unit_id, active, exempt, away, transferred_out, deceased from unit_member_count",
				rs -> {
					String[] names = { "ACTIVE", "EXEMPT", "AWAY", "TRANSFERRED_OUT", "DECEASED" };
					for (int i = 0; i < names.length; i++) {
						if (rs.getLong(2 + i) != 0) {
							m.put(rs.getLong(1) + "/" + names[i], rs.getLong(2 + i));
						}
					}
				});
		return m;
	}

	private Map<String, Long> recount() {
		Map<String, Long> m = new HashMap<>();
		this.jdbc.query("select unit_id, status, count(*) from member group by unit_id, status", rs -> {
			m.put(rs.getLong(1) + "/" + rs.getString(2), rs.getLong(3));
		});
		return m;
	}

	private Member add(String name, String card, long cell, MemberStatus status) {
		return this.members.create(this.system, data(name, card, cell, status));
	}

	private static MemberData data(String name, String card, long cell, MemberStatus status) {
		return new MemberData(name, Gender.MALE, LocalDate.of(1975, 4, 30), card, LocalDate.of(2000, 5, 19),
				LocalDate.of(2001, 5, 19), null, cell, "Đảng viên", null, status, LocalDate.of(2020, 1, 1), false);
	}

}
