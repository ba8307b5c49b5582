package vn.tuyengiao.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.text.VnFormat;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.org.UnitCommands.UnitChanges;
import vn.tuyengiao.org.internal.OrgUnitParentPeriod;
import vn.tuyengiao.org.internal.OrgUnitParentPeriodRepository;
import vn.tuyengiao.org.internal.OrgUnitRepository;
import vn.tuyengiao.org.internal.UnitMerge;
import vn.tuyengiao.org.internal.UnitMergeRepository;

/**
 * Every change to the organisation tree, audited: create, update, move, close, merge.
 * Reading goes through {@link OrgUnits}.
 */
@Service
public class OrgService {

	private static final String AUDIT_TYPE = "OrgUnit";

	private final OrgUnitRepository units;

	private final OrgUnitParentPeriodRepository parentPeriods;

	private final UnitMergeRepository merges;

	private final UnitMembership membership;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	OrgService(OrgUnitRepository units, OrgUnitParentPeriodRepository parentPeriods, UnitMergeRepository merges,
			UnitMembership membership, AuditLog audit, ApplicationEventPublisher events, Clock clock,
			JdbcTemplate jdbc) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.events = events;
		this.units = units;
		this.parentPeriods = parentPeriods;
		this.merges = merges;
		this.membership = membership;
		this.audit = audit;
	}

	private OrgUnit get(long id) {
		return this.units.findById(id).orElseThrow(() -> AppException.notFound("org.notFound", id));
	}

	@Transactional
	public OrgUnit create(Scope scope, NewUnit cmd) {
		OrgUnit parent = null;
		if (cmd.parentId() == null) {
			if (!scope.admin()) {
				throw new AppException(403, "org.rootNeedsAdmin");
			}
		}
		else {
			parent = get(cmd.parentId());
			scope.requireManageUnits(parent.getPath());
			requireCanHoldChildren(parent);
			if (parent.isClosed()) {
				throw AppException.invalid("org.parentClosed", parent.getName());
			}
		}
		requireValid(cmd.name(), cmd.kind(), cmd.shortCode(), cmd.validFrom());
		if (this.units.existsByShortCode(cmd.shortCode().strip())) {
			throw AppException.conflict("org.codeTaken", cmd.shortCode().strip());
		}
		OrgUnit unit = new OrgUnit(parent, cmd.kind(), cmd.name(), cmd.shortCode().strip(),
				blankToNull(cmd.docAbbreviation()), cmd.validFrom());
		this.units.saveAndFlush(unit);
		unit.placeUnder(parent);
		this.parentPeriods.save(new OrgUnitParentPeriod(unit.getId(), unit.getParentId(), cmd.validFrom()));
		this.audit.record("CREATE", AUDIT_TYPE, unit.getId(), unit.getPath(),
				"Tạo " + unit.getName() + " (" + unit.getShortCode() + ")",
				parent == null ? null : "Cấp trên: " + parent.getName());
		return unit;
	}

	/** Creates a unit that may already have ended (history brought in by an import). */
	@Transactional
	public OrgUnit create(Scope scope, NewUnit cmd, LocalDate validTo) {
		OrgUnit unit = create(scope, cmd);
		if (validTo != null) {
			if (validTo.isBefore(cmd.validFrom())) {
				throw AppException.invalid("org.closeBeforeStart", unit.getName());
			}
			unit.close(validTo, null);
		}
		return unit;
	}

	@Transactional
	public OrgUnit update(Scope scope, long id, UnitChanges cmd) {
		OrgUnit unit = get(id);
		scope.requireManageUnits(unit.getPath());
		requireVersion(unit, cmd.version());
		requireValid(cmd.name(), cmd.kind(), cmd.shortCode(), cmd.validFrom());
		String code = cmd.shortCode().strip();
		if (!code.equals(unit.getShortCode()) && this.units.existsByShortCode(code)) {
			throw AppException.conflict("org.codeTaken", code);
		}
		if (cmd.kind() != unit.getKind() && !cmd.kind().holdsMembers() && this.membership.currentMembersOf(id) > 0) {
			throw AppException.invalid("org.kindHasMembers", unit.getName());
		}
		String before = describe(unit);
		unit.rename(cmd.name());
		unit.update(cmd.kind(), code, blankToNull(cmd.docAbbreviation()), cmd.validFrom());
		this.audit.record("UPDATE", AUDIT_TYPE, id, unit.getPath(), "Sửa " + unit.getName(),
				before + " → " + describe(unit));
		return unit;
	}

	/**
	 * The unit takes a new name from {@code date} on (a province merger, a renamed
	 * commune): the old name is kept as its name before that date, so documents and
	 * counts dated earlier still name it as it was ({@link OrgUnits#nameOn}).
	 */
	@Transactional
	public OrgUnit renameOn(Scope scope, long id, String newName, LocalDate date, long version) {
		OrgUnit unit = get(id);
		scope.requireManageUnits(unit.getPath());
		requireVersion(unit, version);
		requireValid(newName, unit.getKind(), unit.getShortCode(), unit.getValidFrom());
		if (date == null || !date.isAfter(unit.getValidFrom())) {
			throw AppException.invalid("org.renameBeforeStart", unit.getName());
		}
		String before = unit.getName();
		this.jdbc.update("insert into org_unit_former_name (unit_id, name, valid_to) values (?, ?, ?)", id, before,
				date);
		unit.rename(newName);
		this.audit.record("RENAME", AUDIT_TYPE, id, "Đổi tên " + before + " thành " + unit.getName(),
				"Từ ngày " + VnFormat.shortDate(date));
		return unit;
	}

	@Transactional
	public OrgUnit move(Scope scope, long id, long newParentId, LocalDate date, long version) {
		OrgUnit unit = get(id);
		scope.requireManageUnits(unit.getPath());
		requireVersion(unit, version);
		OrgUnit newParent = get(newParentId);
		scope.requireManageUnits(newParent.getPath());
		if (newParent.getPath().startsWith(unit.getPath())) {
			throw AppException.invalid("org.moveIntoItself", unit.getName(), newParent.getName());
		}
		requireCanHoldChildren(newParent);
		if (newParent.isClosed()) {
			throw AppException.invalid("org.parentClosed", newParent.getName());
		}
		String from = unit.getParentId() == null ? "—" : get(unit.getParentId()).getName();
		reparent(unit, newParent, date);
		this.audit.record("MOVE", AUDIT_TYPE, id, unit.getPath(),
				"Chuyển " + unit.getName() + " sang " + newParent.getName(),
				"Từ " + from + " ngày " + VnFormat.shortDate(date));
		return get(id);
	}

	@Transactional
	public OrgUnit close(Scope scope, long id, LocalDate date, long version) {
		OrgUnit unit = get(id);
		scope.requireManageUnits(unit.getPath());
		requireVersion(unit, version);
		if (unit.isClosed()) {
			throw AppException.invalid("org.alreadyClosed", unit.getName());
		}
		if (date.isBefore(unit.getValidFrom())) {
			throw AppException.invalid("org.closeBeforeStart", unit.getName());
		}
		if (this.units.countOpenChildren(id) > 0) {
			throw AppException.invalid("org.closeHasChildren", unit.getName());
		}
		long members = this.membership.currentMembersOf(id);
		if (members > 0) {
			throw AppException.invalid("org.closeHasMembers", unit.getName(), members);
		}
		unit.close(date, null);
		this.audit.record("CLOSE", AUDIT_TYPE, id, unit.getPath(), "Giải thể/kết thúc " + unit.getName(),
				"Ngày " + VnFormat.shortDate(date));
		return unit;
	}

	/**
	 * Merges several units into one (the 2025 commune mergers): open child units and
	 * members move to the target as of the date, the sources are closed on that date and
	 * remember the target. Anything dated before the merge keeps pointing at the old
	 * units.
	 */
	@Transactional
	public MergeResult merge(Scope scope, long targetId, List<Long> sourceIds, LocalDate date) {
		OrgUnit target = get(targetId);
		scope.requireManageUnits(target.getPath());
		if (target.isClosed()) {
			throw AppException.invalid("org.parentClosed", target.getName());
		}
		Set<Long> distinct = new LinkedHashSet<>(sourceIds);
		distinct.remove(targetId);
		if (distinct.isEmpty()) {
			throw AppException.invalid("org.mergeNoSources");
		}
		int movedUnits = 0;
		int movedMembers = 0;
		List<String> names = new ArrayList<>();
		for (Long sourceId : distinct) {
			OrgUnit source = get(sourceId);
			scope.requireManageUnits(source.getPath());
			if (source.isClosed()) {
				throw AppException.invalid("org.alreadyClosed", source.getName());
			}
			if (source.isAncestorOf(target) || target.isAncestorOf(source)) {
				throw AppException.invalid("org.mergeNested", source.getName(), target.getName());
			}
			if (date.isBefore(source.getValidFrom())) {
				throw AppException.invalid("org.closeBeforeStart", source.getName());
			}
			for (OrgUnit child : this.units.findByParentIdOrderByValidToDescNameAsc(sourceId)) {
				if (!child.isClosed()) {
					requireCanHoldChildren(target);
					reparent(child, get(targetId), date);
					movedUnits++;
				}
			}
			if (this.membership.currentMembersOf(sourceId) > 0) {
				if (!target.getKind().holdsMembers()) {
					throw AppException.invalid("org.mergeMembersNeedCell", source.getName(), target.getName());
				}
				movedMembers += this.membership.moveMembers(sourceId, targetId, date);
			}
			OrgUnit reloaded = get(sourceId);
			reloaded.close(date, targetId);
			this.merges.save(new UnitMerge(targetId, sourceId, date, scope.username(), this.clock.instant()));
			names.add(reloaded.getName());
			this.events.publishEvent(new UnitMerged(sourceId, targetId, date, scope.username()));
		}
		this.audit.record("MERGE", AUDIT_TYPE, targetId, target.getPath(),
				"Hợp nhất " + String.join(", ", names) + " vào " + target.getName(), "Ngày " + VnFormat.shortDate(date)
						+ "; chuyển " + movedUnits + " tổ chức, " + movedMembers + " đảng viên");
		return new MergeResult(get(targetId), names.size(), movedUnits, movedMembers);
	}

	public record MergeResult(OrgUnit target, int closedUnits, int movedUnits, int movedMembers) {
	}

	private void reparent(OrgUnit unit, OrgUnit newParent, LocalDate date) {
		this.parentPeriods.findFirstByUnitIdAndValidToIsNull(unit.getId()).ifPresent(p -> p.end(date));
		this.parentPeriods.save(new OrgUnitParentPeriod(unit.getId(), newParent.getId(), date));
		String oldPrefix = unit.getPath();
		String newPrefix = newParent.getPath() + unit.getId() + "/";
		int delta = newParent.getDepth() + 1 - unit.getDepth();
		// Native-free bulk rewrite; the unit row itself is rewritten too, then its parent
		// column.
		this.units.rewritePaths(oldPrefix, newPrefix, oldPrefix.length() + 1, delta);
		this.events.publishEvent(new UnitPathsChanged(oldPrefix, newPrefix));
		OrgUnit fresh = get(unit.getId());
		fresh.reparent(newParent.getId());
	}

	private void requireCanHoldChildren(OrgUnit parent) {
		if (parent.getKind().holdsMembers()) {
			throw AppException.invalid("org.cellHasNoChildren", parent.getName());
		}
	}

	private static void requireVersion(OrgUnit unit, long version) {
		if (unit.getVersion() != version) {
			throw AppException.staleVersion();
		}
	}

	private static void requireValid(String name, OrgUnitKind kind, String code, LocalDate validFrom) {
		if (name == null || name.isBlank()) {
			throw AppException.invalid("org.nameRequired");
		}
		if (kind == null) {
			throw AppException.invalid("org.kindRequired");
		}
		if (code == null || code.isBlank()) {
			throw AppException.invalid("org.codeRequired");
		}
		if (!code.strip().matches("[A-Za-z0-9._-]{1,60}")) {
			throw AppException.invalid("org.codeFormat", code.strip());
		}
		if (validFrom == null) {
			throw AppException.invalid("org.validFromRequired");
		}
	}

	private static String describe(OrgUnit u) {
		return u.getName() + " [" + u.getShortCode() + ", " + u.getKind() + ", " + u.getDocAbbreviation() + "]";
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
