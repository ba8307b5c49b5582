package vn.tuyengiao.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.generator.GeneratedMember;
import vn.tuyengiao.generator.MergePlan;
import vn.tuyengiao.generator.TreeGenerator;
import vn.tuyengiao.member.Gender;
import vn.tuyengiao.member.MemberData;
import vn.tuyengiao.member.MemberImporter;
import vn.tuyengiao.member.MemberStatus;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.UserService;

/**
 * Evaluation mode on an empty database: the demo province as it was before 2025
 * (districts, communes, cells, about 4,000 members), then the 1 July 2025 reorganisation
 * carried out through the real merge operation, so the demo shows merged communes keeping
 * their past. Then one demo account per role.
 */
@Component
@Order(2)
class DemoDataLoader implements ApplicationRunner {

	/**
	 * Password of every demo account, printed in README and on the login page in
	 * evaluation mode.
	 */
	static final String DEMO_PASSWORD = "TuyenGiao2026";

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private static final long SEED = 2020_08_25L;

	/** The demo province's name since 1 July 2025 (before: "Tỉnh ủy Kiên Giang"). */
	static final String PROVINCE_NAME = "Tỉnh ủy An Giang";

	private final OrgUnits org;

	private final OrgService orgChanges;

	private final MemberImporter members;

	private final UserService users;

	private final TransactionTemplate tx;

	private final DemoDataDone done;

	private final JdbcTemplate jdbc;

	DemoDataLoader(OrgUnits org, OrgService orgChanges, MemberImporter members, UserService users,
			TransactionTemplate tx, DemoDataDone done, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.org = org;
		this.orgChanges = orgChanges;
		this.done = done;
		this.members = members;
		this.users = users;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.done.wanted() || this.users.count() > 0) {
			return;
		}
		this.done.load("province, members and accounts", () -> {
			long started = System.nanoTime();
			Scope system = Scope.system();
			Map<String, Long> ids = new HashMap<>();
			List<MemberData> people = new ArrayList<>();
			this.tx.executeWithoutResult(status -> TreeGenerator.demo(SEED).generate(TreeGenerator.Sink.of(u -> {
				Long parent = u.parentCode() == null ? null : ids.get(u.parentCode());
				OrgUnit unit = this.orgChanges.create(system, new NewUnit(parent, OrgUnitKind.valueOf(u.kind()),
						u.name(), u.code(), u.docAbbreviation(), u.validFrom()), u.validTo());
				ids.put(u.code(), unit.getId());
			}, m -> people.add(toData(m, ids)))));
			long unitsDone = System.nanoTime();
			this.members.bulkInsert(people);
			statusHistoryFromJoining();
			long membersDone = System.nanoTime();
			reorganise(system, ids);
			long mergesDone = System.nanoTime();
			createAccounts(system, ids);
			log.info(
					"Demo province loaded: {} units ({} ms), {} members ({} ms), 2025 mergers ({} ms), accounts ({} ms)",
					ids.size(), ms(started, unitsDone), people.size(), ms(unitsDone, membersDone),
					ms(membersDone, mergesDone), ms(mergesDone, System.nanoTime()));
		});
	}

	/**
	 * 1 July 2025: communes merge into new ones directly under the province; district
	 * committees end.
	 */
	private void reorganise(Scope system, Map<String, Long> ids) {
		this.tx.executeWithoutResult(status -> {
			Long province = null;
			for (MergePlan plan : TreeGenerator.demoMergePlan()) {
				OrgUnit first = this.org.get(ids.get(plan.sourceCodes().get(0)));
				OrgUnit district = this.org.get(first.getParentId());
				province = district.getParentId();
				OrgUnit target = this.orgChanges.create(system, new NewUnit(province, OrgUnitKind.COMMUNE_COMMITTEE,
						plan.targetName(), plan.targetCode(), "ĐU", plan.date()));
				ids.put(plan.targetCode(), target.getId());
				this.orgChanges.merge(system, target.getId(), plan.sourceCodes().stream().map(ids::get).toList(),
						plan.date());
			}
			if (province != null) {
				// Kiên Giang joined An Giang on the same day: the province committee's
				// name
				// today, its old name kept for anything dated before.
				OrgUnit kg = this.org.get(province);
				this.orgChanges.renameOn(system, kg.getId(), PROVINCE_NAME, TreeGenerator.REORGANISED, kg.getVersion());
				for (OrgUnit district : this.org.children(system, province)) {
					if (district.getKind() == OrgUnitKind.DISTRICT_COMMITTEE && !district.isClosed()) {
						OrgUnit fresh = this.org.get(district.getId());
						this.orgChanges.close(system, fresh.getId(), TreeGenerator.REORGANISED, fresh.getVersion());
					}
				}
			}
		});
	}

	/**
	 * A member's status history starts when they joined: the generator gives the date of
	 * the current status, so an exempt, away, transferred or deceased member was active
	 * from joining until then (an active member's status is dated from joining already,
	 * {@link #toData}). Without this they were on no roll before that date, and the
	 * attendance checklist refused them (issue 12).
	 */
	private void statusHistoryFromJoining() {
		this.tx.executeWithoutResult(status -> this.jdbc.update("""
				insert into member_status_period (member_id, status, valid_from, valid_to)
				select id, 'ACTIVE', join_date, status_since from member
				where status <> 'ACTIVE' and status_since > join_date"""));
	}

	private void createAccounts(Scope system, Map<String, Long> ids) {
		Long province = this.org.roots(system).get(0).getId();
		OrgUnit commune = firstChild(system, province, OrgUnitKind.COMMUNE_COMMITTEE, false);
		OrgUnit otherCommune = firstChild(system, province, OrgUnitKind.COMMUNE_COMMITTEE, true);
		OrgUnit cell = this.org.children(system, commune.getId())
			.stream()
			.filter(u -> u.getKind().holdsMembers() && !u.isClosed())
			.findFirst()
			.orElseThrow();
		this.tx.executeWithoutResult(status -> {
			add(system, "admin", "Quản trị hệ thống", Role.ADMIN, null);
			add(system, "canbo.tinh", "Trần Thị Hòa", Role.OFFICER, province);
			add(system, "canbo.xa", "Nguyễn Văn Hùng", Role.OFFICER, commune.getId());
			add(system, "bithu", "Lê Văn Thắng", Role.CELL_SECRETARY, cell.getId());
			add(system, "xem", "Phạm Thị Lan", Role.VIEWER, otherCommune.getId());
		});
		log.warn("Demo accounts (password '{}'): admin, canbo.tinh, canbo.xa ({}), bithu ({}), xem ({})", DEMO_PASSWORD,
				commune.getName(), cell.getName(), otherCommune.getName());
	}

	private OrgUnit firstChild(Scope system, long parent, OrgUnitKind kind, boolean last) {
		List<OrgUnit> matches = this.org.children(system, parent)
			.stream()
			.filter(u -> u.getKind() == kind && !u.isClosed())
			.toList();
		return last ? matches.get(matches.size() - 1) : matches.get(0);
	}

	private void add(Scope system, String username, String name, Role role, Long unitId) {
		this.users.create(system, new UserService.NewUser(username, name, role, unitId, DEMO_PASSWORD, false));
	}

	private static long ms(long from, long to) {
		return (to - from) / 1_000_000;
	}

	/** An active member has been active since joining. */
	private static MemberData toData(GeneratedMember m, Map<String, Long> ids) {
		MemberStatus status = MemberStatus.valueOf(m.status());
		return new MemberData(m.fullName(), Gender.valueOf(m.gender()), m.birthDate(), m.cardNumber(), m.joinDate(),
				m.fullMemberDate(), m.unitCode(), ids.get(m.unitCode()), m.position(), m.duties(), status,
				status == MemberStatus.ACTIVE ? m.joinDate() : m.statusSince(), m.retiredCadre());
	}

}
