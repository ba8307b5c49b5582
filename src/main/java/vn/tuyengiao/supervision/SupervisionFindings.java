package vn.tuyengiao.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import vn.tuyengiao.supervision.internal.FindingStore;
import vn.tuyengiao.supervision.internal.PlanStore;
import vn.tuyengiao.supervision.internal.Photos;
import vn.tuyengiao.text.VnFormat;

/**
 * Findings and their remedies. A finding is recorded once per UUID (the phone makes it)
 * and never edited; its remedy goes OPEN → REPORTED (by the responsible unit, with
 * evidence) → ACCEPTED or REJECTED (by the team). Open remedies past their deadline
 * escalate to the level above. Open findings of a unit merged away pass to its successor
 * (the finding keeps the old unit).
 */
@Service
public class SupervisionFindings {

	static final int MAX_NOTE = 4000;

	private final PlanStore plans;

	private final FindingStore store;

	private final Photos photos;

	private final OrgUnits org;

	private final AuditLog audit;

	private final Clock clock;

	SupervisionFindings(PlanStore plans, FindingStore store, Photos photos, OrgUnits org, AuditLog audit, Clock clock) {
		this.plans = plans;
		this.store = store;
		this.photos = photos;
		this.org = org;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A finding as entered: the UUID is the client's ({@code null} on a web form: one is
	 * made); the responsible unit defaults to the visited unit, the date to the visit's.
	 */
	public record NewFinding(String uuid, FindingKind kind, String itemCode, String note, String photoUuid,
			String remedy, Long responsibleUnitId, LocalDate foundOn, LocalDate deadline) {
	}

	/** Records one finding (web form or API); the same UUID twice is stored once. */
	@Transactional
	public Finding record(Scope scope, long visitId, NewFinding f) {
		Visit visit = visit(visitId);
		Plan plan = this.plans.plan(visit.planId()).orElseThrow();
		Access.requireTeam(scope, plan, visit);
		Finding finding = validate(plan, visit, f, scope.username(), java.util.Set.of());
		pin(visit);
		if (this.store.insertFinding(finding, this.clock.instant())) {
			this.audit.record("CREATE", "SUPERVISION_VISIT", visitId, visit.unitPath(), "Phát hiện: " + finding.note(),
					finding.kind().name());
		}
		return this.store.finding(finding.uuid()).orElseThrow();
	}

	/**
	 * Checks a finding against its visit and plan and returns the record to store; photos
	 * named must be stored already or be among {@code photosInBatch}.
	 */
	public Finding validate(Plan plan, Visit visit, NewFinding f, String by, java.util.Set<String> photosInBatch) {
		String uuid = f.uuid() == null || f.uuid().isBlank() ? UUID.randomUUID().toString() : f.uuid().strip();
		try {
			UUID.fromString(uuid);
		}
		catch (IllegalArgumentException ex) {
			throw AppException.invalid("supervision.badUuid", uuid);
		}
		if (f.kind() == null) {
			throw AppException.invalid("supervision.kindRequired");
		}
		String note = SupervisionPlans.trim(f.note());
		if (note == null) {
			throw AppException.invalid("supervision.noteRequired");
		}
		if (note.length() > MAX_NOTE) {
			throw AppException.invalid("supervision.tooLong");
		}
		long unitId = f.responsibleUnitId() == null ? visit.unitId() : f.responsibleUnitId();
		OrgUnit unit = this.org.getAll(List.of(unitId)).get(unitId);
		if (unit == null) {
			throw AppException.invalid("supervision.findingUnitOutsidePlan", String.valueOf(unitId));
		}
		Map<Long, OrgUnit> planUnits = this.org.getAll(plan.unitIds());
		boolean inPlan = planUnits.values().stream().anyMatch(u -> unit.getPath().startsWith(u.getPath()));
		if (!inPlan) {
			throw AppException.invalid("supervision.findingUnitOutsidePlan", this.org.label(unit));
		}
		LocalDate foundOn = f.foundOn() == null ? visit.visitDate() : f.foundOn();
		String remedy = f.kind() == FindingKind.SHORTCOMING ? SupervisionPlans.trim(f.remedy()) : null;
		if (remedy != null && f.deadline() == null) {
			throw AppException.invalid("supervision.deadlineRequired");
		}
		if (f.deadline() != null && f.deadline().isBefore(foundOn)) {
			throw AppException.invalid("supervision.deadlineBeforeFinding", VnFormat.shortDate(f.deadline()),
					VnFormat.shortDate(foundOn));
		}
		String photo = SupervisionPlans.trim(f.photoUuid());
		if (photo != null && !photosInBatch.contains(photo) && !this.store.photoExists(photo)) {
			throw AppException.invalid("supervision.photoMissing", photo);
		}
		return new Finding(uuid, visit.id(), f.kind(), SupervisionPlans.trim(f.itemCode()), note, photo, remedy,
				unit.getId(), unit.getPath(), null, foundOn, remedy == null ? null : f.deadline(),
				remedy == null ? RemedyStatus.NONE : RemedyStatus.OPEN, null, null, null, null, null, null, null, by,
				0);
	}

	/** The visit starts with the plan's latest checklist and keeps it from then on. */
	public void pin(Visit visit) {
		if (visit.checklistId() == null) {
			this.plans.latestChecklist(visit.planId()).ifPresent(c -> this.plans.pin(visit.id(), c.id()));
		}
	}

	@Transactional(readOnly = true)
	public List<Finding> ofVisit(Scope scope, long visitId) {
		Visit visit = visit(visitId);
		Access.requireVisit(scope, this.plans.plan(visit.planId()).orElseThrow(), visit);
		return this.store.ofVisit(visitId);
	}

	/** Open findings of the visited unit from earlier visits: re-checked first. */
	@Transactional
	public List<Finding> openBefore(Scope scope, long visitId) {
		Visit visit = visit(visitId);
		Access.requireVisit(scope, this.plans.plan(visit.planId()).orElseThrow(), visit);
		passMergedFindings();
		return this.store.openOfUnit(visit.unitPath(), visitId);
	}

	@Transactional(readOnly = true)
	public Finding finding(Scope scope, String uuid) {
		Finding f = this.store.finding(uuid).orElseThrow(() -> AppException.notFound("supervision.findingNotFound"));
		Visit visit = visit(f.visitId());
		Plan plan = this.plans.plan(visit.planId()).orElseThrow();
		if (!Access.seesVisit(scope, plan, visit) && !scope.contains(f.responsiblePath())) {
			throw AppException.forbidden();
		}
		return f;
	}

	/**
	 * The responsible unit reports the remedy done, with a note and optionally a photo.
	 */
	@Transactional
	public Finding reportRemedy(Scope scope, String uuid, String report, byte[] photo, long version) {
		Finding f = finding(scope, uuid);
		scope.requireWrite(f.responsiblePath());
		if (!f.remedyStatus().open() || f.remedyStatus() == RemedyStatus.REPORTED) {
			throw AppException.invalid("supervision.remedyNotOpen");
		}
		String text = SupervisionPlans.trim(report);
		if (text == null) {
			throw AppException.invalid("supervision.remedyReportRequired");
		}
		String photoUuid = null;
		if (photo != null && photo.length > 0) {
			String type = this.photos.check(photo, "");
			photoUuid = UUID.randomUUID().toString();
			this.store.insertPhoto(photoUuid, f.visitId(), type, photo, scope.username(), this.clock.instant());
		}
		Map<String, Object> fields = new HashMap<>();
		fields.put("remedy_report", text);
		fields.put("remedy_photo_uuid", photoUuid);
		fields.put("reported_by", scope.username());
		fields.put("reported_at", this.clock.instant());
		if (!this.store.updateRemedy(uuid, version, RemedyStatus.REPORTED, fields)) {
			throw AppException.staleVersion();
		}
		this.audit.record("UPDATE", "SUPERVISION_VISIT", f.visitId(), f.responsiblePath(), "Báo cáo khắc phục", text);
		return this.store.finding(uuid).orElseThrow();
	}

	/** The team accepts the reported remedy, or rejects it (open again) with a reason. */
	@Transactional
	public Finding reviewRemedy(Scope scope, String uuid, boolean accept, String note, long version) {
		Finding f = finding(scope, uuid);
		Visit visit = visit(f.visitId());
		Access.requireTeam(scope, this.plans.plan(visit.planId()).orElseThrow(), visit);
		if (f.remedyStatus() != RemedyStatus.REPORTED) {
			throw AppException.invalid("supervision.remedyNotReported");
		}
		String reason = SupervisionPlans.trim(note);
		if (!accept && reason == null) {
			throw AppException.invalid("supervision.rejectReasonRequired");
		}
		Map<String, Object> fields = new HashMap<>();
		fields.put("reviewed_by", scope.username());
		fields.put("reviewed_at", this.clock.instant());
		fields.put("review_note", reason);
		if (!this.store.updateRemedy(uuid, version, accept ? RemedyStatus.ACCEPTED : RemedyStatus.REJECTED, fields)) {
			throw AppException.staleVersion();
		}
		this.audit.record("UPDATE", "SUPERVISION_VISIT", f.visitId(), f.responsiblePath(),
				accept ? "Chấp nhận kết quả khắc phục" : "Chưa chấp nhận kết quả khắc phục", reason);
		return this.store.finding(uuid).orElseThrow();
	}

	/**
	 * Overdue remedies escalated to the user: those of units below the user's unit (all,
	 * for an administrator), the oldest deadline first.
	 */
	@Transactional
	public List<Finding> overdue(Scope scope) {
		passMergedFindings();
		return this.store.overdue(scope.pathPrefix(), LocalDate.now(this.clock), true);
	}

	@Transactional(readOnly = true)
	public long overdueCount(Scope scope) {
		return this.store.overdueCount(scope.pathPrefix(), LocalDate.now(this.clock));
	}

	/** Findings about the user's own part of the tree, open remedies first. */
	@Transactional
	public List<Finding> forUnits(Scope scope) {
		passMergedFindings();
		List<Finding> all = new ArrayList<>(this.store.overdue(scope.pathPrefix(), LocalDate.of(9999, 12, 31), false));
		all.sort(Comparator.comparing((Finding f) -> f.deadline() == null ? LocalDate.MAX : f.deadline()));
		return all;
	}

	@Transactional(readOnly = true)
	public FindingStore.StoredPhoto photo(Scope scope, String uuid) {
		FindingStore.StoredPhoto p = this.store.photo(uuid)
			.orElseThrow(() -> AppException.notFound("supervision.photoNotFound"));
		Visit visit = visit(p.visitId());
		Plan plan = this.plans.plan(visit.planId()).orElseThrow();
		if (!Access.seesVisit(scope, plan, visit)) {
			throw AppException.forbidden();
		}
		return p;
	}

	/**
	 * Open remedies of a unit closed by a merger pass to the unit it was merged into (Quy
	 * định 296-QĐ/TW); the finding keeps the old unit as its original one.
	 */
	@Transactional
	public int passMergedFindings() {
		List<Long> units = this.store.openResponsibleUnits();
		if (units.isEmpty()) {
			return 0;
		}
		int moved = 0;
		for (OrgUnit u : this.org.getAll(units).values()) {
			if (u.getMergedIntoId() == null) {
				continue;
			}
			OrgUnit successor = this.org.get(u.getMergedIntoId());
			for (int hops = 0; successor.getMergedIntoId() != null && hops < 10; hops++) {
				successor = this.org.get(successor.getMergedIntoId());
			}
			int n = this.store.transfer(u.getId(), successor.getId(), successor.getPath());
			if (n > 0) {
				moved += n;
				this.audit.record("MERGE", "SUPERVISION_FINDING", successor.getId(), successor.getPath(),
						"Chuyển " + n + " tồn tại chưa khắc phục của " + u.getName() + " sang " + successor.getName(),
						null);
			}
		}
		return moved;
	}

	private Visit visit(long id) {
		return this.plans.visit(id).orElseThrow(() -> AppException.notFound("supervision.visitNotFound", id));
	}

	@EventListener
	void pathsChanged(UnitPathsChanged e) {
		this.store.rewritePaths(e.rewriteSql("supervision_finding", "responsible_path"), e.parameters());
	}

}
