package vn.tuyengiao.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.internal.OrgUnitParentPeriodRepository;
import vn.tuyengiao.org.internal.OrgUnitRepository;
import vn.tuyengiao.org.internal.UnitLabeller;
import vn.tuyengiao.text.VietnameseText;

/**
 * Reading the organisation tree: the one read API other modules use (a unit by id or
 * code, children, subtrees, ancestry, search, the rolled-up tree, the unit a page opens
 * on). Changes go through {@link OrgUnits}, which audits them.
 */
@Service
public class OrgUnits {

	private final OrgUnitRepository units;

	private final OrgUnitParentPeriodRepository parentPeriods;

	private final UnitMembership membership;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final UnitLabeller labeller;

	OrgUnits(OrgUnitRepository units, OrgUnitParentPeriodRepository parentPeriods, UnitMembership membership,
			JdbcTemplate jdbc, Clock clock, UnitLabeller labeller) {
		this.labeller = labeller;
		this.units = units;
		this.parentPeriods = parentPeriods;
		this.membership = membership;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The unit's unambiguous name: its name, qualified where another unit under the same
	 * parent has the same name ("Chi bộ Công an xã (xã Vĩnh Bình Bắc cũ)").
	 */
	@Transactional(readOnly = true)
	public String label(OrgUnit unit) {
		return labels(List.of(unit)).get(unit.getId());
	}

	/**
	 * Unambiguous names for a list of units, by id: a name shared within the list or with
	 * an open sibling is qualified by the old unit it came from, its parent, or its code.
	 * A few batched queries, however long the list.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> labels(Collection<OrgUnit> list) {
		return this.labeller.labels(list.stream()
			.map(u -> new UnitLabeller.Named(u.getId(), u.getParentId(), u.getName(), u.getShortCode()))
			.toList());
	}

	/** {@link #labels(Collection)} for units known by id (unknown ids are left out). */
	@Transactional(readOnly = true)
	public Map<Long, String> labelsOf(Collection<Long> ids) {
		return ids.isEmpty() ? Map.of() : this.labeller.labelsOf(ids);
	}

	/** The unambiguous name of the unit with this id. */
	@Transactional(readOnly = true)
	public String labelOf(long id) {
		return labelsOf(List.of(id)).get(id);
	}

	@Transactional(readOnly = true)
	public OrgUnit get(long id) {
		return this.units.findById(id).orElseThrow(() -> AppException.notFound("org.notFound", id));
	}

	/**
	 * The unit's name on a date: the former name it bore then
	 * ({@link OrgService#renameOn}), or its name today. A report dated before 1 July 2025
	 * says "Tỉnh ủy Kiên Giang" where today's tree says "Tỉnh ủy An Giang".
	 */
	@Transactional(readOnly = true)
	public String nameOn(OrgUnit unit, LocalDate date) {
		if (date == null) {
			return unit.getName();
		}
		List<String> former = this.jdbc.queryForList(
				"select name from org_unit_former_name where unit_id = ? and valid_to > ? order by valid_to",
				String.class, unit.getId(), date);
		return former.isEmpty() ? unit.getName() : former.get(0);
	}

	@Transactional(readOnly = true)
	public OrgUnit get(Scope scope, long id) {
		OrgUnit unit = get(id);
		scope.requireRead(unit.getPath());
		return unit;
	}

	@Transactional(readOnly = true)
	public Optional<OrgUnit> findByCode(String code) {
		return this.units.findByShortCode(code == null ? null : code.strip());
	}

	/** The unit with this code; a Vietnamese "no unit with code …" error otherwise. */
	@Transactional(readOnly = true)
	public OrgUnit byCode(String code) {
		return findByCode(code).orElseThrow(() -> AppException.invalid("org.notFoundCode", code));
	}

	/** The unit with this code, which the user must be able to read. */
	@Transactional(readOnly = true)
	public OrgUnit byCode(Scope scope, String code) {
		OrgUnit unit = byCode(code);
		scope.requireRead(unit.getPath());
		return unit;
	}

	@Transactional(readOnly = true)
	public Map<Long, OrgUnit> getAll(Iterable<Long> ids) {
		Map<Long, OrgUnit> byId = new HashMap<>();
		this.units.findAllById(ids).forEach(u -> byId.put(u.getId(), u));
		return byId;
	}

	/**
	 * The units a user's tree starts from: their own unit, or every root for an
	 * administrator.
	 */
	@Transactional(readOnly = true)
	public List<OrgUnit> roots(Scope scope) {
		if (scope.rootUnitId() == null) {
			return this.units.findByParentIdIsNullOrderByName();
		}
		return List.of(get(scope.rootUnitId()));
	}

	/**
	 * The unit a page opens on: the chosen one (which the caller checks), else the user's
	 * own unit, else the first root.
	 */
	@Transactional(readOnly = true)
	public long defaultUnit(Scope scope, Long chosen) {
		if (chosen != null) {
			return chosen;
		}
		if (scope.rootUnitId() != null) {
			return scope.rootUnitId();
		}
		List<OrgUnit> roots = roots(scope);
		if (roots.isEmpty()) {
			throw AppException.notFound("org.notFound", 0);
		}
		return roots.get(0).getId();
	}

	/**
	 * The unit a page about something owned by {@code ownerId} (a campaign) opens on: the
	 * chosen unit, else the user's own, else the owner; checked for reading. A user above
	 * the owner sees it from the owner's unit.
	 */
	@Transactional(readOnly = true)
	public OrgUnit viewRoot(Scope scope, long ownerId, Long chosen) {
		OrgUnit owner = get(ownerId);
		long rootId = chosen != null ? chosen : scope.rootUnitId() != null ? scope.rootUnitId() : ownerId;
		OrgUnit root = get(scope, rootId);
		return root.getPath().startsWith(owner.getPath()) ? root : owner;
	}

	/** Units open today in the user's scope, in tree order. */
	@Transactional(readOnly = true)
	public List<OrgUnit> openInScope(Scope scope) {
		LocalDate today = LocalDate.now(this.clock);
		return subtree(scope.pathPrefix()).stream()
			.filter(u -> u.isOpenOn(today) && scope.contains(u.getPath()))
			.toList();
	}

	/**
	 * Open committees of the scope and grassroots cells (the units that issue decisions
	 * and documents and own their own records), in tree order.
	 */
	@Transactional(readOnly = true)
	public List<OrgUnit> openCommittees(Scope scope) {
		return openInScope(scope).stream()
			.filter(u -> !u.getKind().holdsMembers() || u.getKind() == OrgUnitKind.GRASSROOTS_CELL)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<OrgUnit> children(Scope scope, long parentId) {
		return children(get(scope, parentId));
	}

	/**
	 * The unit's direct children, open or closed, without a scope check (the caller has
	 * checked the unit).
	 */
	@Transactional(readOnly = true)
	public List<OrgUnit> children(OrgUnit parent) {
		return this.units.findByParentIdOrderByValidToDescNameAsc(parent.getId());
	}

	/**
	 * Every unit under the prefix (all units when null), parents before children, as
	 * read-only copies from one plain query: a province's 9,000 managed entities cost
	 * more than the roll-ups that read them. Change a unit through {@link OrgService},
	 * never through these.
	 */
	@Transactional(readOnly = true)
	public List<OrgUnit> subtree(String pathPrefix) {
		return snapshots("path like ?", pathPrefix == null ? "%" : pathPrefix + "%");
	}

	private List<OrgUnit> snapshots(String where, Object... args) {
		return this.jdbc.query(
				"select id, parent_id, path, depth, kind, name, search_name, short_code, "
						+ "doc_abbreviation, valid_from, valid_to, merged_into_id, version from org_unit where " + where
						+ " order by path",
				(rs, n) -> OrgUnit.snapshot(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3), rs.getInt(4),
						OrgUnitKind.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8),
						rs.getString(9), rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class),
						rs.getObject(12, Long.class), rs.getLong(13)),
				args);
	}

	/**
	 * The units under the prefix open on the date, as outlines read in one query (no
	 * entities), parents before children.
	 */
	@Transactional(readOnly = true)
	public List<UnitOutline> outlinesOpenOn(String pathPrefix, LocalDate date) {
		return this.jdbc.query(
				"select id, parent_id, path, kind from org_unit where path like ? and valid_from <= ? "
						+ "and (valid_to is null or valid_to > ?) order by path",
				(rs, i) -> new UnitOutline(rs.getLong(1), (Long) rs.getObject(2, Long.class), rs.getString(3),
						OrgUnitKind.valueOf(rs.getString(4))),
				pathPrefix + "%", date, date);
	}

	/**
	 * The units under the prefix down to an absolute depth (0 = a root), parents before
	 * children.
	 */
	@Transactional(readOnly = true)
	public List<OrgUnit> subtree(String pathPrefix, int maxDepth) {
		return this.units.findSubtreeToDepth(pathPrefix, maxDepth);
	}

	/**
	 * From the root down to the unit itself, for breadcrumbs; stops at the edge of the
	 * user's scope.
	 */
	@Transactional(readOnly = true)
	public List<OrgUnit> ancestry(Scope scope, OrgUnit unit) {
		List<Long> ids = Arrays.stream(unit.getPath().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
		Map<Long, OrgUnit> byId = getAll(ids);
		List<OrgUnit> chain = new ArrayList<>();
		for (Long id : ids) {
			OrgUnit u = byId.get(id);
			if (u != null && scope.contains(u.getPath())) {
				chain.add(u);
			}
		}
		return chain;
	}

	@Transactional(readOnly = true)
	public List<OrgUnit> search(Scope scope, String query, int limit) {
		String folded = VietnameseText.fold(query);
		if (folded.isEmpty()) {
			return List.of();
		}
		return this.units.search(scope.pathPrefix(), folded, PageRequest.of(0, limit));
	}

	/**
	 * What a unit picker offers for typed text: open units of the user's scope whose name
	 * holds the text (diacritics-blind), or whose code starts with it, each with its
	 * unambiguous label and its parent's name. {@code cellsOnly} keeps the units that
	 * hold members, {@code committeesOnly} those of {@link #openCommittees}.
	 */
	@Transactional(readOnly = true)
	public List<Pick> pick(Scope scope, String query, boolean cellsOnly, boolean committeesOnly, int limit) {
		String folded = VietnameseText.fold(query == null ? "" : query).strip();
		if (folded.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		List<OrgUnit> found = this.units.search(scope.pathPrefix(), folded, PageRequest.of(0, limit * 4))
			.stream()
			.filter(u -> u.isOpenOn(today) && scope.contains(u.getPath()))
			.filter(u -> !cellsOnly || u.getKind().holdsMembers())
			.filter(u -> !committeesOnly || !u.getKind().holdsMembers() || u.getKind() == OrgUnitKind.GRASSROOTS_CELL)
			.filter(u -> !committeesOnly || !u.getKind().holdsMembers() || u.getKind() == OrgUnitKind.GRASSROOTS_CELL)
			.limit(limit)
			.toList();
		Map<Long, String> labels = labels(found);
		Map<Long, OrgUnit> parents = getAll(
				found.stream().map(OrgUnit::getParentId).filter(java.util.Objects::nonNull).distinct().toList());
		return found.stream().map(u -> {
			OrgUnit parent = u.getParentId() == null ? null : parents.get(u.getParentId());
			return new Pick(u.getId(), labels.get(u.getId()), parent == null ? "" : parent.getName());
		}).toList();
	}

	/** One entry of a picker's list: what it submits, what it shows, a hint under it. */
	public record Pick(long id, String label, String detail) {
	}

	/**
	 * The unit a form names: by id (what the pickers submit), else by code (what older
	 * clients send); the user must be able to read it.
	 */
	@Transactional(readOnly = true)
	public OrgUnit resolve(Scope scope, Long id, String code) {
		if (id != null) {
			return get(scope, id);
		}
		if (code == null || code.isBlank()) {
			throw AppException.invalid("org.pickRequired");
		}
		return byCode(scope, code);
	}

	/**
	 * The tree under a unit with current member counts, rolled up: each row counts its
	 * own members plus everything below. Built from one query for units and one grouped
	 * count for members.
	 */
	@Transactional(readOnly = true)
	public UnitTree tree(Scope scope, long rootId, boolean includeClosed) {
		OrgUnit root = get(scope, rootId);
		List<OrgUnit> all = subtree(root.getPath());
		Map<Long, Long> direct = this.membership.currentMemberCounts(root.getPath());
		return UnitTree.build(root, all, direct, includeClosed);
	}

	@Transactional(readOnly = true)
	public List<ParentPeriod> parentHistory(Scope scope, long unitId) {
		get(scope, unitId);
		return this.parentPeriods.findByUnitIdOrderByValidFrom(unitId)
			.stream()
			.map(p -> new ParentPeriod(p.getParentId(), p.getValidFrom(), p.getValidTo()))
			.toList();
	}

	public record ParentPeriod(Long parentId, LocalDate validFrom, LocalDate validTo) {
	}

}
