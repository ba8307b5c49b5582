package vn.tuyengiao.press;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.OrgUnits;

/**
 * The title catalogue (kept with dates: the 2025 press mergers closed titles and named
 * their successors) and the required-title rules a committee sets for the kinds of unit
 * under it. The catalogue is shared by the whole country and edited by an administrator
 * or a provincial officer; a rule belongs to its committee and is edited by whoever
 * manages that committee.
 */
@Service
public class PressCatalogue {

	/** Closed titles followed to their successor, at most this many times. */
	private static final int MAX_SUCCESSION = 5;

	private final PressTitleRepository titles;

	private final PressRuleRepository rules;

	private final OrgUnits org;

	private final AuditLog audit;

	PressCatalogue(PressTitleRepository titles, PressRuleRepository rules, OrgUnits org, AuditLog audit) {
		this.titles = titles;
		this.rules = rules;
		this.org = org;
		this.audit = audit;
	}

	/** A title as entered; {@code version} is the one read (null for a new title). */
	public record TitleForm(String name, String publisher, TitleKind kind, Integer issuesExpected,
			FrequencyUnit frequencyUnit, LocalDate validFrom, LocalDate validTo, Long successorId, Long version) {
	}

	/**
	 * A rule as entered: the kinds are the constant names ({@code CELL}) or their labels
	 * ("Chi bộ trực thuộc"); an empty parent kind means any parent.
	 */
	public record RuleForm(String unitKind, String parentKind, Long titleId, LocalDate validFrom, LocalDate validTo,
			String note, Long version) {
	}

	/** The catalogue, by name; anyone signed in reads it. */
	@Transactional(readOnly = true)
	public List<PressTitle> titles() {
		return this.titles.findAllByOrderByNameAsc();
	}

	/** Every title by id, for lists. */
	@Transactional(readOnly = true)
	public Map<Long, PressTitle> titlesById() {
		Map<Long, PressTitle> map = new LinkedHashMap<>();
		titles().forEach(t -> map.put(t.getId(), t));
		return map;
	}

	@Transactional(readOnly = true)
	public PressTitle title(long id) {
		return this.titles.findById(id).orElseThrow(() -> AppException.notFound("press.titleNotFound", id));
	}

	/** Titles published on that day, for the choices of a form. */
	@Transactional(readOnly = true)
	public List<PressTitle> publishedOn(LocalDate date) {
		return titles().stream().filter(t -> t.publishedOn(date)).toList();
	}

	/** True when this user may edit the catalogue. */
	public boolean canEditCatalogue(Scope scope) {
		if (scope.admin()) {
			return true;
		}
		if (!scope.canManageUnits() || scope.rootUnitId() == null) {
			return false;
		}
		OrgUnitKind kind = this.org.get(scope.rootUnitId()).getKind();
		return kind == OrgUnitKind.PROVINCIAL_COMMITTEE || kind == OrgUnitKind.CENTRAL_COMMITTEE;
	}

	@Transactional
	public PressTitle createTitle(Scope scope, TitleForm f) {
		requireCatalogue(scope);
		check(f, null);
		PressTitle t = this.titles.saveAndFlush(new PressTitle(f));
		this.audit.record("CREATE", "PressTitle", t.getId(), "Thêm báo, tạp chí " + t.getName(), t.getPublisher());
		return t;
	}

	@Transactional
	public PressTitle updateTitle(Scope scope, long id, TitleForm f) {
		requireCatalogue(scope);
		PressTitle t = title(id);
		if (f.version() == null || f.version() != t.getVersion()) {
			throw AppException.staleVersion();
		}
		check(f, id);
		t.update(f);
		this.titles.saveAndFlush(t);
		this.audit.record("UPDATE", "PressTitle", t.getId(), "Sửa báo, tạp chí " + t.getName(), null);
		return t;
	}

	private void requireCatalogue(Scope scope) {
		if (!canEditCatalogue(scope)) {
			throw new AppException(403, "press.catalogueProvinceOnly");
		}
	}

	private void check(TitleForm f, Long id) {
		PressInvalid.Problems p = new PressInvalid.Problems();
		if (f.name() == null || f.name().isBlank()) {
			p.add("name", "press.needed");
		}
		if (f.publisher() == null || f.publisher().isBlank()) {
			p.add("publisher", "press.needed");
		}
		if (f.kind() == null) {
			p.add("kind", "press.needed");
		}
		if (f.frequencyUnit() == null) {
			p.add("frequencyUnit", "press.needed");
		}
		int max = f.frequencyUnit() == FrequencyUnit.MONTH ? 31 : 7;
		if (f.issuesExpected() == null || f.issuesExpected() < 1 || f.issuesExpected() > max) {
			p.add("issuesExpected", "press.between", 1, max);
		}
		if (f.validFrom() == null) {
			p.add("validFrom", "press.needed");
		}
		else if (f.validTo() != null && !f.validTo().isAfter(f.validFrom())) {
			p.add("validTo", "press.afterStart");
		}
		if (f.successorId() != null) {
			Optional<PressTitle> s = this.titles.findById(f.successorId());
			if (s.isEmpty() || s.get().getId().equals(id)) {
				p.add("successor", "press.successorInvalid");
			}
			else if (f.validTo() == null) {
				p.add("validTo", "press.successorNeedsEnd");
			}
			else if (!s.get().publishedOn(f.validTo())) {
				p.add("successor", "press.successorNotPublished", s.get().getName());
			}
		}
		p.check();
	}

	/**
	 * The rules the user sees: those of the committees above the user's unit (which apply
	 * to it) and of the units in the user's scope.
	 */
	@Transactional(readOnly = true)
	public List<PressRule> rules(Scope scope) {
		return this.rules.findAll()
			.stream()
			.filter(r -> visible(scope, r))
			.sorted(java.util.Comparator.comparing(PressRule::getOwnerPath)
				.thenComparing(r -> r.getUnitKind().ordinal())
				.thenComparing(r -> r.getParentKind() == null ? -1 : r.getParentKind().ordinal())
				.thenComparing(PressRule::getTitleId))
			.toList();
	}

	private static boolean visible(Scope scope, PressRule r) {
		return scope.pathPrefix() == null || scope.pathPrefix().startsWith(r.getOwnerPath())
				|| scope.contains(r.getOwnerPath());
	}

	/** Every rule that applies somewhere on or under {@code path}, or above it. */
	@Transactional(readOnly = true)
	public List<PressRule> rulesAround(String path) {
		return this.rules.findAll()
			.stream()
			.filter(r -> path.startsWith(r.getOwnerPath()) || r.getOwnerPath().startsWith(path))
			.toList();
	}

	@Transactional(readOnly = true)
	public PressRule rule(Scope scope, long id) {
		PressRule r = this.rules.findById(id).orElseThrow(() -> AppException.notFound("press.ruleNotFound", id));
		if (!visible(scope, r)) {
			throw AppException.forbidden();
		}
		return r;
	}

	@Transactional
	public PressRule createRule(Scope scope, long ownerUnitId, RuleForm f) {
		OrgUnit owner = this.org.get(scope, ownerUnitId);
		scope.requireManageUnits(owner.getPath());
		Kinds k = check(f, owner, null);
		PressRule r = this.rules.saveAndFlush(new PressRule(owner.getId(), owner.getPath(), k.unit(), k.parent(), f));
		this.audit.record("CREATE", "PressRule", r.getId(), owner.getPath(), "Thêm quy định đặt báo bắt buộc",
				title(f.titleId()).getName() + " — " + k.unit().importLabel());
		return r;
	}

	@Transactional
	public PressRule updateRule(Scope scope, long id, RuleForm f) {
		PressRule r = this.rules.findById(id).orElseThrow(() -> AppException.notFound("press.ruleNotFound", id));
		scope.requireManageUnits(r.getOwnerPath());
		if (f.version() == null || f.version() != r.getVersion()) {
			throw AppException.staleVersion();
		}
		Kinds k = check(f, this.org.get(r.getOwnerUnitId()), id);
		r.update(k.unit(), k.parent(), f);
		this.rules.saveAndFlush(r);
		this.audit.record("UPDATE", "PressRule", r.getId(), r.getOwnerPath(), "Sửa quy định đặt báo bắt buộc", null);
		return r;
	}

	record Kinds(OrgUnitKind unit, OrgUnitKind parent) {
	}

	private Kinds check(RuleForm f, OrgUnit owner, Long id) {
		PressInvalid.Problems p = new PressInvalid.Problems();
		OrgUnitKind unit = null;
		OrgUnitKind parent = null;
		if (f.unitKind() == null || f.unitKind().isBlank()) {
			p.add("unitKind", "press.needed");
		}
		else {
			unit = OrgUnitKind.parse(f.unitKind()).orElse(null);
			if (unit == null) {
				p.add("unitKind", "press.unknownKind", f.unitKind());
			}
		}
		if (f.parentKind() != null && !f.parentKind().isBlank()) {
			parent = OrgUnitKind.parse(f.parentKind()).orElse(null);
			if (parent == null) {
				p.add("parentKind", "press.unknownKind", f.parentKind());
			}
		}
		PressTitle title = f.titleId() == null ? null : this.titles.findById(f.titleId()).orElse(null);
		if (title == null) {
			p.add("title", "press.needed");
		}
		if (f.validFrom() == null) {
			p.add("validFrom", "press.needed");
		}
		else {
			if (f.validTo() != null && !f.validTo().isAfter(f.validFrom())) {
				p.add("validTo", "press.afterStart");
			}
			if (title != null && !title.publishedOn(f.validFrom())) {
				p.add("title", "press.titleNotPublishedOn", title.getName(),
						vn.tuyengiao.text.VnFormat.shortDate(f.validFrom()));
			}
		}
		if (p.isEmpty()) {
			for (PressRule other : this.rules.findAll()) {
				if (!other.getId().equals(id) && other.getOwnerUnitId().equals(owner.getId())
						&& other.getTitleId().equals(f.titleId()) && other.getUnitKind() == unit
						&& other.getParentKind() == parent && overlaps(other, f.validFrom(), f.validTo())) {
					p.add("title", "press.ruleDuplicate", title.getName());
					break;
				}
			}
		}
		p.check();
		return new Kinds(unit, parent);
	}

	private static boolean overlaps(PressRule r, LocalDate from, LocalDate to) {
		return (r.getValidTo() == null || r.getValidTo().isAfter(from)) && (to == null || to.isAfter(r.getValidFrom()));
	}

	/**
	 * The titles a unit of {@code kind} under a parent of {@code parentKind}, at
	 * {@code path}, must take on {@code date}: the rules in force of the committees above
	 * it (and its own), each closed title replaced by its successor.
	 */
	public static List<PressTitle> required(List<PressRule> rules, Map<Long, PressTitle> titles, String path,
			OrgUnitKind kind, OrgUnitKind parentKind, LocalDate date) {
		List<PressTitle> out = new ArrayList<>();
		for (PressRule r : rules) {
			if (!path.startsWith(r.getOwnerPath()) || !r.inForceOn(date) || !r.appliesTo(kind, parentKind)) {
				continue;
			}
			PressTitle t = titles.get(r.getTitleId());
			for (int i = 0; t != null && !t.publishedOn(date) && i < MAX_SUCCESSION; i++) {
				t = t.getSuccessorId() == null ? null : titles.get(t.getSuccessorId());
			}
			if (t != null && t.publishedOn(date) && !out.contains(t)) {
				out.add(t);
			}
		}
		return out;
	}

}
