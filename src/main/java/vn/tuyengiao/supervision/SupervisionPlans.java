package vn.tuyengiao.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.UnitPathsChanged;
import vn.tuyengiao.supervision.internal.Access;
import vn.tuyengiao.supervision.internal.PlanStore;
import vn.tuyengiao.supervision.internal.TeamAccounts;
import vn.tuyengiao.text.VnFormat;

/**
 * Plans, their checklists and visits. A plan belongs to the unit that issues it; the
 * units to visit lie below it; the team (accounts picked in the officer's scope, one
 * leader) fills the visits. Every method takes the user's scope.
 */
@Service
public class SupervisionPlans {

	static final int MAX_TEXT = 1000;

	private final PlanStore store;

	private final OrgUnits org;

	private final AuditLog audit;

	private final Clock clock;

	private final TeamAccounts team;

	SupervisionPlans(PlanStore store, OrgUnits org, AuditLog audit, Clock clock, TeamAccounts team) {
		this.team = team;
		this.store = store;
		this.org = org;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What the officer enters; the team as account ids picked in the user's scope
	 * ({@code teamUserIds}, {@code leaderUserId}), or from older clients as logins
	 * ({@code team}, {@code leader}); the leader joins the team if not in it.
	 */
	public record NewPlan(Long unitId, PlanKind kind, String basis, String subject, LocalDate periodFrom,
			LocalDate periodTo, List<Long> unitIds, List<String> team, String leader, List<Long> teamUserIds,
			Long leaderUserId) {

		public NewPlan(Long unitId, PlanKind kind, String basis, String subject, LocalDate periodFrom,
				LocalDate periodTo, List<Long> unitIds, List<String> team, String leader) {
			this(unitId, kind, basis, subject, periodFrom, periodTo, unitIds, team, leader, null, null);
		}

	}

	@Transactional
	public Plan create(Scope scope, NewPlan p) {
		if (p.unitId() == null) {
			throw AppException.invalid("supervision.unitRequired");
		}
		OrgUnit issuer = this.org.get(scope, p.unitId());
		scope.requireWrite(issuer.getPath());
		String subject = trim(p.subject());
		if (subject == null) {
			throw AppException.invalid("supervision.subjectRequired");
		}
		if (subject.length() > MAX_TEXT || (p.basis() != null && p.basis().length() > 500)) {
			throw AppException.invalid("supervision.tooLong");
		}
		if (p.periodFrom() == null || p.periodTo() == null) {
			throw AppException.invalid("supervision.periodRequired");
		}
		if (p.periodTo().isBefore(p.periodFrom())) {
			throw AppException.invalid("supervision.periodReversed");
		}
		Set<Long> unitIds = new LinkedHashSet<>(p.unitIds() == null ? List.of() : p.unitIds());
		if (unitIds.isEmpty()) {
			throw AppException.invalid("supervision.unitsRequired");
		}
		Map<Long, OrgUnit> units = this.org.getAll(unitIds);
		for (Long id : unitIds) {
			OrgUnit u = units.get(id);
			if (u == null) {
				throw AppException.notFound("org.notFound", String.valueOf(id));
			}
			if (id.equals(issuer.getId()) || !u.getPath().startsWith(issuer.getPath())) {
				throw AppException.invalid("supervision.unitNotBelow", this.org.label(u), issuer.getName());
			}
		}
		List<Plan.TeamMember> team = this.team.resolve(scope, p.teamUserIds(), p.team(), p.leaderUserId(), p.leader());
		long id = this.store.insertPlan(issuer.getId(), issuer.getPath(),
				p.kind() == null ? PlanKind.THEMATIC : p.kind(), trim(p.basis()), subject, p.periodFrom(), p.periodTo(),
				scope.username(), this.clock.instant());
		for (Long u : unitIds) {
			this.store.insertPlanUnit(id, u, units.get(u).getPath());
		}
		team.forEach(t -> this.store.insertTeamMember(id, t));
		this.store.insertChecklist(id, 1, this.store.library(), scope.username(), this.clock.instant());
		this.audit.record("CREATE", "SUPERVISION_PLAN", id, issuer.getPath(), "Kế hoạch giám sát: " + subject,
				p.basis());
		return plan(scope, id);
	}

	@Transactional(readOnly = true)
	public Plan plan(Scope scope, long id) {
		Plan plan = this.store.plan(id).orElseThrow(() -> AppException.notFound("supervision.planNotFound", id));
		// The plan's visits are read only for a user who does not see the plan itself (a
		// visited unit's officer).
		if (!Access.seesPlan(scope, plan)
				&& this.store.visitsOfPlan(id).stream().noneMatch(v -> Access.seesVisit(scope, plan, v))) {
			throw AppException.forbidden();
		}
		return plan;
	}

	@Transactional(readOnly = true)
	public List<Plan> plans(Scope scope) {
		return this.store.visiblePlans(scope.pathPrefix(), scope.username());
	}

	/** The reusable items every checklist is built from. */
	@Transactional(readOnly = true)
	public List<Checklist.Item> library() {
		return this.store.library();
	}

	// ---- checklists

	@Transactional(readOnly = true)
	public Checklist latestChecklist(Scope scope, long planId) {
		plan(scope, planId);
		return this.store.latestChecklist(planId)
			.orElseThrow(() -> AppException.notFound("supervision.checklistNotFound", planId));
	}

	@Transactional(readOnly = true)
	public Checklist checklist(Scope scope, long checklistId) {
		Checklist c = this.store.checklist(checklistId)
			.orElseThrow(() -> AppException.notFound("supervision.checklistNotFound", checklistId));
		plan(scope, c.planId());
		return c;
	}

	/**
	 * Saves the plan's checklist as a new version; visits already started keep theirs.
	 * {@code expectedVersion} is the version number the user edited.
	 */
	@Transactional
	public Checklist editChecklist(Scope scope, long planId, List<Checklist.Item> items, int expectedVersion) {
		Plan plan = plan(scope, planId);
		Access.requireIssuer(scope, plan);
		int current = this.store.checklistVersions(planId);
		if (current != expectedVersion) {
			throw AppException.staleVersion();
		}
		if (items == null || items.isEmpty()) {
			throw AppException.invalid("supervision.checklistEmpty");
		}
		Set<String> codes = new LinkedHashSet<>();
		for (Checklist.Item i : items) {
			if (i.code() == null || i.code().isBlank() || trim(i.question()) == null || i.answerType() == null) {
				throw AppException.invalid("supervision.itemIncomplete");
			}
			if (!codes.add(i.code())) {
				throw AppException.invalid("supervision.itemTwice", i.question());
			}
		}
		long id = this.store.insertChecklist(planId, current + 1, items, scope.username(), this.clock.instant());
		this.audit.record("UPDATE", "SUPERVISION_PLAN", planId, plan.unitPath(), "Bảng kiểm phiên bản " + (current + 1),
				items.size() + " mục");
		return this.store.checklist(id).orElseThrow();
	}

	/**
	 * The new team of an existing plan, as in {@link NewPlan}: account ids (or logins
	 * from older clients) and the leader; {@code version} is the plan's version the
	 * officer saw.
	 */
	public record TeamChange(List<Long> teamUserIds, Long leaderUserId, List<String> team, String leader,
			Long version) {
	}

	/**
	 * Replaces the plan's team (issuing unit's officers only); a plan changed since it
	 * was read gives 409. Visits already scheduled keep their members.
	 */
	@Transactional
	public Plan changeTeam(Scope scope, long planId, TeamChange c) {
		Plan plan = plan(scope, planId);
		Access.requireIssuer(scope, plan);
		if (c.version() == null) {
			throw AppException.invalid("supervision.versionRequired");
		}
		List<Plan.TeamMember> team = this.team.resolve(scope, c.teamUserIds(), c.team(), c.leaderUserId(), c.leader());
		if (!this.store.bumpPlanVersion(planId, c.version())) {
			throw AppException.staleVersion();
		}
		this.store.deleteTeam(planId);
		team.forEach(t -> this.store.insertTeamMember(planId, t));
		this.audit.record("TEAM", "SUPERVISION_PLAN", planId, plan.unitPath(), "Tổ giám sát: " + plan.subject(),
				describe(plan.team()) + " → " + describe(team));
		return this.store.plan(planId).orElseThrow();
	}

	private static String describe(List<Plan.TeamMember> team) {
		return String.join(", ",
				team.stream()
					.map(t -> t.fullName() + " (" + t.username() + (t.leader() ? ", tổ trưởng" : "") + ")")
					.toList());
	}

	// ---- visits

	@Transactional
	public Visit addVisit(Scope scope, long planId, Long unitId, LocalDate date, List<String> members) {
		return addVisit(scope, planId, unitId, date, List.of(), members);
	}

	/**
	 * Schedules a visit with members of the plan's team, picked by account id (or login
	 * from older clients); none picked means the whole team.
	 */
	@Transactional
	public Visit addVisit(Scope scope, long planId, Long unitId, LocalDate date, List<Long> memberIds,
			List<String> members) {
		Plan plan = plan(scope, planId);
		Access.requireIssuer(scope, plan);
		if (unitId == null || !plan.unitIds().contains(unitId)) {
			throw AppException.invalid("supervision.visitUnitNotInPlan");
		}
		if (date == null) {
			throw AppException.invalid("supervision.visitDateRequired");
		}
		if (date.isBefore(plan.periodFrom()) || date.isAfter(plan.periodTo())) {
			throw AppException.invalid("supervision.visitDateOutside", VnFormat.shortDate(date),
					VnFormat.shortDate(plan.periodFrom()), VnFormat.shortDate(plan.periodTo()));
		}
		Set<Plan.TeamMember> chosen = new LinkedHashSet<>();
		for (Long m : memberIds == null ? List.<Long>of() : memberIds) {
			if (m != null) {
				chosen.add(plan.team()
					.stream()
					.filter(t -> m.equals(t.userId()))
					.findFirst()
					.orElseThrow(() -> AppException.invalid("supervision.notOnTeamId", String.valueOf(m))));
			}
		}
		for (String m : members == null ? List.<String>of() : members) {
			if (m != null && !m.isBlank()) {
				chosen.add(plan.team()
					.stream()
					.filter(t -> t.username().equals(m.strip()))
					.findFirst()
					.orElseThrow(() -> AppException.invalid("supervision.notOnTeam", m.strip())));
			}
		}
		if (chosen.isEmpty()) {
			chosen.addAll(plan.team());
		}
		OrgUnit unit = this.org.get(unitId);
		long id = this.store.insertVisit(planId, unitId, unit.getPath(), date, scope.username());
		chosen.forEach(m -> this.store.insertVisitMember(id, m));
		this.audit.record("CREATE", "SUPERVISION_VISIT", id, unit.getPath(), "Lịch giám sát " + unit.getName(),
				VnFormat.shortDate(date));
		return this.store.visit(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Visit visit(Scope scope, long id) {
		Visit v = this.store.visit(id).orElseThrow(() -> AppException.notFound("supervision.visitNotFound", id));
		Plan plan = this.store.plan(v.planId()).orElseThrow();
		Access.requireVisit(scope, plan, v);
		return v;
	}

	/** The visits of a plan the user may see (a visited unit sees only its own). */
	@Transactional(readOnly = true)
	public List<Visit> visits(Scope scope, long planId) {
		Plan plan = plan(scope, planId);
		return this.store.visitsOfPlan(planId).stream().filter(v -> Access.seesVisit(scope, plan, v)).toList();
	}

	/** Every visit the user may see, the latest first. */
	@Transactional(readOnly = true)
	public List<Visit> visits(Scope scope) {
		List<Plan> plans = plans(scope);
		Map<Long, Plan> byId = new java.util.HashMap<>();
		plans.forEach(p -> byId.put(p.id(), p));
		return this.store.visitsOf(byId.keySet())
			.stream()
			.filter(v -> Access.seesVisit(scope, byId.get(v.planId()), v))
			.sorted(Comparator.comparing(Visit::visitDate).reversed())
			.toList();
	}

	/**
	 * The checklist the visit is answered against: the one it started with, else the
	 * plan's latest.
	 */
	@Transactional(readOnly = true)
	public Checklist checklistOf(Scope scope, Visit visit) {
		return visit.checklistId() != null ? checklist(scope, visit.checklistId())
				: latestChecklist(scope, visit.planId());
	}

	@EventListener
	void pathsChanged(UnitPathsChanged e) {
		this.store.rewritePaths(e.rewriteSql("supervision_plan", "unit_path"),
				e.rewriteSql("supervision_plan_unit", "unit_path"), e.rewriteSql("supervision_visit", "unit_path"),
				e.parameters());
	}

	static String trim(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
