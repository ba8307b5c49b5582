package vn.tuyengiao.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.supervision.internal.Access;
import vn.tuyengiao.supervision.internal.FindingStore;
import vn.tuyengiao.supervision.internal.PlanStore;
import vn.tuyengiao.supervision.internal.Photos;

/**
 * The offline visit: the pack a phone downloads (visit, checklist version, brief, unit
 * data, findings so far) and the batch it sends back (answers, findings, photos), stored
 * all or nothing and idempotent by UUID. A pack made for a checklist version that has
 * changed since is reconciled: answers to items still in the visit's checklist are kept,
 * the others are stored aside and reported back; answers crossing another device's are
 * kept as conflicts and reported. Nothing is silently lost.
 */
@Service
public class VisitSync {

	/** The pack's JSON format (docs/notes/supervision.md). */
	public static final int FORMAT = 1;

	private final PlanStore plans;

	private final FindingStore store;

	private final SupervisionPlans planService;

	private final SupervisionFindings findings;

	private final SupervisionBrief brief;

	private final Photos photos;

	private final AuditLog audit;

	private final Messages messages;

	private final Clock clock;

	private final OrgUnits org;

	VisitSync(PlanStore plans, FindingStore store, SupervisionPlans planService, SupervisionFindings findings,
			SupervisionBrief brief, Photos photos, AuditLog audit, Messages messages, Clock clock, OrgUnits org) {
		this.org = org;
		this.plans = plans;
		this.store = store;
		this.planService = planService;
		this.findings = findings;
		this.brief = brief;
		this.photos = photos;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	public record Pack(int format, Visit visit, PackPlan plan, Checklist checklist, String unitLabel,
			List<BriefLine> brief, List<Finding> openFindings, List<Finding> findings, List<Answer> answers,
			long maxPhotoBytes, Instant generatedAt, List<OrgUnits.Pick> units) {
	}

	/** At most this many units in a pack's picker list (a district's whole tree fits). */
	static final int MAX_PACK_UNITS = 3000;

	public record PackPlan(long id, PlanKind kind, String basis, String subject, long unitId, String leader) {
	}

	@Transactional
	public Pack pack(Scope scope, long visitId) {
		SupervisionBrief.Brief b = this.brief.brief(scope, visitId);
		Visit visit = b.visit();
		Plan p = b.plan();
		List<Finding> open = this.findings.openBefore(scope, visitId);
		return new Pack(FORMAT, visit, new PackPlan(p.id(), p.kind(), p.basis(), p.subject(), p.unitId(), p.leader()),
				this.planService.checklistOf(scope, visit), b.unitLabel(), b.lines(), open, this.store.ofVisit(visitId),
				this.store.answers(visitId), this.photos.maxBytes(), this.clock.instant(), units(visit));
	}

	/**
	 * The units a finding of the visit may name as responsible, for the offline picker:
	 * the visited unit and the open units under it, labelled as the online pickers label
	 * them, with the parent's name as the hint.
	 */
	private List<OrgUnits.Pick> units(Visit visit) {
		LocalDate on = visit.visitDate();
		List<OrgUnit> tree = this.org.subtree(visit.unitPath())
			.stream()
			.filter(u -> u.getId().equals(visit.unitId()) || u.isOpenOn(on) || u.isOpenOn(LocalDate.now(this.clock)))
			.limit(MAX_PACK_UNITS)
			.toList();
		Map<Long, String> labels = this.org.labels(tree);
		Map<Long, String> names = new HashMap<>();
		tree.forEach(u -> names.put(u.getId(), u.getName()));
		return tree.stream()
			.map(u -> new OrgUnits.Pick(u.getId(), labels.get(u.getId()),
					u.getParentId() == null ? "" : names.getOrDefault(u.getParentId(), "")))
			.toList();
	}

	/** An answer as the phone kept it: {@code replaces} is the answer it saw in force. */
	public record SyncAnswer(String uuid, String itemCode, String value, String photoUuid, String replaces,
			Instant answeredAt) {
	}

	/** A photo: base64 (JSON) or the bytes of a multipart part. */
	public record SyncPhoto(String uuid, String base64, byte[] content) {
	}

	public record Batch(Long checklistId, List<SyncAnswer> answers, List<SupervisionFindings.NewFinding> findings,
			List<SyncPhoto> photos) {
	}

	public record Conflict(String itemCode, String question, String yours, String yourUuid, String current,
			String currentBy, String message) {
	}

	public record Reconciled(String uuid, String itemCode, String value, String message) {
	}

	public record Result(long visitId, long checklistId, int checklistVersion, boolean checklistChanged,
			int answersStored, int answersAlreadyStored, int findingsStored, int findingsAlreadyStored,
			int photosStored, int photosAlreadyStored, List<Conflict> conflicts, List<Reconciled> reconciled) {
	}

	@Transactional
	public Result sync(Scope scope, long visitId, Batch batch) {
		Visit visit = this.plans.visit(visitId)
			.orElseThrow(() -> AppException.notFound("supervision.visitNotFound", visitId));
		Plan plan = this.plans.plan(visit.planId()).orElseThrow();
		Access.requireTeam(scope, plan, visit);
		Checklist checklist = this.planService.checklistOf(scope, visit);
		List<SyncAnswer> answers = batch.answers() == null ? List.of() : batch.answers();
		List<SupervisionFindings.NewFinding> newFindings = batch.findings() == null ? List.of() : batch.findings();
		List<SyncPhoto> photoList = batch.photos() == null ? List.of() : batch.photos();

		// 1. Validate everything first.
		Map<String, byte[]> photoBytes = new HashMap<>();
		Map<String, String> photoTypes = new HashMap<>();
		int n = 0;
		for (SyncPhoto ph : photoList) {
			n++;
			String name = this.messages.get("supervision.sync.photoName", n);
			String uuid = requireUuid(ph.uuid(), name);
			byte[] bytes = ph.content() != null ? ph.content() : this.photos.decode(ph.base64(), name);
			photoTypes.put(uuid, this.photos.check(bytes, name));
			photoBytes.put(uuid, bytes);
		}
		n = 0;
		for (SyncAnswer a : answers) {
			n++;
			String name = this.messages.get("supervision.sync.answerName", n);
			requireUuid(a.uuid(), name);
			if (a.itemCode() == null || a.itemCode().isBlank()) {
				throw AppException.invalid("supervision.sync.itemRequired", name);
			}
			checklist.item(a.itemCode()).ifPresent(item -> checkValue(item, a, name, photoBytes.keySet()));
		}
		List<Finding> toStore = new ArrayList<>();
		n = 0;
		for (SupervisionFindings.NewFinding f : newFindings) {
			n++;
			String name = this.messages.get("supervision.sync.findingName", n);
			requireUuid(f.uuid(), name);
			if (this.store.finding(f.uuid().strip()).isPresent()) {
				continue;
			}
			try {
				toStore.add(this.findings.validate(plan, visit, f, scope.username(), photoBytes.keySet()));
			}
			catch (AppException ex) {
				throw AppException.invalid("supervision.sync.refused", name, this.messages.of(ex));
			}
		}

		// 2. Write all.
		Instant now = this.clock.instant();
		if (!answers.isEmpty() || !newFindings.isEmpty() || !photoList.isEmpty()) {
			this.findings.pin(visit);
		}
		int photosStored = 0;
		for (Map.Entry<String, byte[]> e : photoBytes.entrySet()) {
			if (!this.store.photoExists(e.getKey())) {
				this.store.insertPhoto(e.getKey(), visitId, photoTypes.get(e.getKey()), e.getValue(), scope.username(),
						now);
				photosStored++;
			}
		}
		List<Conflict> conflicts = new ArrayList<>();
		List<Reconciled> reconciled = new ArrayList<>();
		int answersStored = 0;
		Map<String, Answer> current = new HashMap<>();
		this.store.answers(visitId)
			.stream()
			.filter(a -> Answer.CURRENT.equals(a.status()))
			.forEach(a -> current.put(a.itemCode(), a));
		Set<String> seen = new HashSet<>();
		Set<String> stored0 = this.store.existingAnswers(answers.stream().map(a -> a.uuid().strip()).toList());
		// Written in one JDBC batch at the end; an answer superseded within the batch is
		// marked here, one already in the database by an update.
		List<Answer> toInsert = new ArrayList<>();
		Map<String, Integer> pending = new HashMap<>();
		for (SyncAnswer a : answers) {
			String uuid = a.uuid().strip();
			if (!seen.add(uuid) || stored0.contains(uuid)) {
				continue;
			}
			Instant at = a.answeredAt() == null ? now : a.answeredAt();
			Checklist.Item item = checklist.item(a.itemCode()).orElse(null);
			String status;
			if (item == null) {
				status = Answer.ORPHANED;
				reconciled.add(new Reconciled(uuid, a.itemCode(), a.value(),
						this.messages.get("supervision.sync.itemGone", a.itemCode(), checklist.versionNo())));
			}
			else {
				Answer now0 = current.get(a.itemCode());
				boolean crosses = now0 != null && !now0.uuid().equals(a.replaces())
						&& !now0.answeredBy().equals(scope.username()) && !same(now0.value(), a.value());
				if (crosses) {
					status = Answer.CONFLICT;
					conflicts.add(new Conflict(a.itemCode(), item.question(), a.value(), uuid, now0.value(),
							now0.answeredBy(), this.messages.get("supervision.sync.conflict", item.question(),
									now0.answeredBy(), String.valueOf(now0.value()))));
				}
				else {
					status = Answer.CURRENT;
					Integer earlier = pending.remove(a.itemCode());
					if (earlier != null) {
						Answer e = toInsert.get(earlier);
						toInsert.set(earlier, new Answer(e.uuid(), e.visitId(), e.itemCode(), e.value(), e.photoUuid(),
								Answer.SUPERSEDED, e.answeredBy(), e.answeredAt()));
					}
					else if (now0 != null) {
						this.store.supersede(visitId, a.itemCode());
					}
				}
			}
			Answer stored = new Answer(uuid, visitId, a.itemCode(), a.value(), a.photoUuid(), status, scope.username(),
					at);
			if (Answer.CURRENT.equals(status)) {
				current.put(a.itemCode(), stored);
				pending.put(a.itemCode(), toInsert.size());
			}
			toInsert.add(stored);
			answersStored++;
		}
		this.store.insertAnswers(toInsert, now);
		int findingsStored = 0;
		for (Finding f : toStore) {
			if (this.store.insertFinding(f, now)) {
				findingsStored++;
				if (f.itemCode() != null && checklist.item(f.itemCode()).isEmpty()) {
					reconciled.add(new Reconciled(f.uuid(), f.itemCode(), f.note(),
							this.messages.get("supervision.sync.findingItemGone", f.itemCode())));
				}
			}
		}
		Checklist pinned = this.planService.checklistOf(scope, this.plans.visit(visitId).orElseThrow());
		this.audit.record("SYNC", "SUPERVISION_VISIT", visitId, visit.unitPath(), "Đồng bộ phiếu giám sát",
				answersStored + " trả lời, " + findingsStored + " phát hiện, " + photosStored + " ảnh");
		return new Result(visitId, pinned.id(), pinned.versionNo(),
				batch.checklistId() != null && batch.checklistId() != pinned.id(), answersStored,
				answers.size() - answersStored, findingsStored, newFindings.size() - findingsStored, photosStored,
				photoList.size() - photosStored, conflicts, reconciled);
	}

	private static boolean same(String a, String b) {
		return a == null ? b == null : a.equals(b);
	}

	private static String requireUuid(String uuid, String name) {
		try {
			UUID.fromString(uuid == null ? "" : uuid.strip());
			return uuid.strip();
		}
		catch (IllegalArgumentException ex) {
			throw AppException.invalid("supervision.sync.badUuid", name);
		}
	}

	private void checkValue(Checklist.Item item, SyncAnswer a, String name, Set<String> photosInBatch) {
		String v = a.value() == null ? null : a.value().strip();
		boolean ok = switch (item.answerType()) {
			case YES_NO -> "YES".equals(v) || "NO".equals(v);
			case COUNT -> v != null && v.matches("\\d{1,6}");
			case GRADE -> v != null && java.util.Arrays.stream(Grade.values()).anyMatch(g -> g.name().equals(v));
			case TEXT -> v != null && v.length() <= SupervisionFindings.MAX_NOTE;
			case PHOTO -> a.photoUuid() != null
					&& (photosInBatch.contains(a.photoUuid()) || this.store.photoExists(a.photoUuid()));
		};
		if (!ok) {
			throw AppException.invalid("supervision.sync.badValue", name, item.question(),
					this.messages.get("supervision.answerHint." + item.answerType().name()));
		}
	}

}
