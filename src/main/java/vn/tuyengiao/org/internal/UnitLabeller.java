package vn.tuyengiao.org.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.tuyengiao.common.Messages;

/**
 * Unambiguous unit names. After the 2025 mergers a commune holds three "Chi bộ Công an
 * xã", one from each old commune; a bare name cannot tell them apart. A unit whose name
 * is shared (with an open sibling, or with another unit of the same list) is qualified:
 * by the old parent it came from ("xã Vĩnh Bình Bắc cũ") when that tells its siblings
 * apart, by its parent when the namesakes sit under different parents, by its code as a
 * last resort. Everything is read in a few batched queries, only for shared names, so a
 * list of thousands costs little more than the names themselves.
 */
@Component
public class UnitLabeller {

	private static final int CHUNK = 500;

	private final NamedParameterJdbcTemplate jdbc;

	private final Messages messages;

	UnitLabeller(NamedParameterJdbcTemplate jdbc, Messages messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** The facts a label needs about one unit. */
	public record Named(long id, Long parentId, String name, String code) {
	}

	/** Labels by id for the units given (ids that do not exist are left out). */
	public Map<Long, String> labelsOf(Collection<Long> ids) {
		Map<Long, Named> units = new LinkedHashMap<>();
		chunks(new ArrayList<>(new HashSet<>(ids)),
				part -> this.jdbc
					.query("select id, parent_id, name, short_code from org_unit where id in (:ids)",
							Map.of("ids", part),
							(rs, n) -> new Named(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3),
									rs.getString(4)))
					.forEach(u -> units.put(u.id(), u)));
		return labels(units.values());
	}

	public Map<Long, String> labels(Collection<Named> list) {
		Map<Long, String> labels = new HashMap<>();
		Map<String, Map<Long, Named>> byName = new HashMap<>();
		for (Named u : list) {
			labels.put(u.id(), u.name());
			byName.computeIfAbsent(u.name(), k -> new LinkedHashMap<>()).put(u.id(), u);
		}
		addOpenNamesakeSiblings(list, byName);
		List<Named> shared = new ArrayList<>();
		byName.values().stream().filter(g -> g.size() > 1).forEach(g -> shared.addAll(g.values()));
		if (shared.isEmpty()) {
			return labels;
		}
		Map<Long, String> origins = origins(shared);
		Set<Long> parentIds = new HashSet<>();
		shared.stream().filter(u -> u.parentId() != null).forEach(u -> parentIds.add(u.parentId()));
		Map<Long, String> parentNames = names(parentIds);
		for (Map<Long, Named> group : byName.values()) {
			if (group.size() < 2) {
				continue;
			}
			Map<Long, String> qualifiers = new HashMap<>();
			Map<String, Integer> seen = new HashMap<>();
			for (Named u : group.values()) {
				String q = qualifier(u, group.values(), origins, parentNames);
				qualifiers.put(u.id(), q);
				seen.merge(q, 1, Integer::sum);
			}
			for (Named u : group.values()) {
				if (labels.containsKey(u.id())) {
					// Namesakes whose parents and origins are namesakes too: the code
					// tells.
					String q = seen.get(qualifiers.get(u.id())) > 1 ? this.messages.get("org.label.code", u.code())
							: qualifiers.get(u.id());
					labels.put(u.id(), this.messages.get("org.label.qualified", u.name(), q));
				}
			}
		}
		return labels;
	}

	private String qualifier(Named u, Collection<Named> group, Map<Long, String> origins,
			Map<Long, String> parentNames) {
		List<Named> sameParent = group.stream().filter(o -> equal(o.parentId(), u.parentId())).toList();
		String parent = u.parentId() == null ? null : parentNames.get(u.parentId());
		if (sameParent.size() == 1 && parent != null) {
			return place(parent);
		}
		String origin = origins.get(u.id());
		boolean originTells = origin != null
				&& sameParent.stream().filter(o -> origin.equals(origins.get(o.id()))).count() == 1;
		String local = originTells ? this.messages.get("org.label.origin", place(origin))
				: this.messages.get("org.label.code", u.code());
		boolean manyParents = group.stream().map(Named::parentId).distinct().count() > 1;
		return manyParents && parent != null ? place(parent) + ", " + local : local;
	}

	/**
	 * "Đảng ủy xã Vĩnh Bình Bắc" names a place as "xã Vĩnh Bình Bắc"; other names are
	 * kept.
	 */
	static String place(String unitName) {
		for (String prefix : List.of("Đảng ủy ", "Đảng bộ ")) {
			if (unitName.startsWith(prefix) && unitName.length() > prefix.length()) {
				return unitName.substring(prefix.length());
			}
		}
		return unitName;
	}

	/** Open units under the same parents with the same names as units of the list. */
	private void addOpenNamesakeSiblings(Collection<Named> list, Map<String, Map<Long, Named>> byName) {
		Set<Long> parents = new HashSet<>();
		list.stream().filter(u -> u.parentId() != null).forEach(u -> parents.add(u.parentId()));
		Map<Long, Set<String>> namesByParent = new HashMap<>();
		list.stream()
			.filter(u -> u.parentId() != null)
			.forEach(u -> namesByParent.computeIfAbsent(u.parentId(), k -> new HashSet<>()).add(u.name()));
		chunks(new ArrayList<>(parents),
				part -> this.jdbc
					.query("""
							select s.id, s.parent_id, s.name, s.short_code from org_unit s
							where s.parent_id in (:parents) and s.valid_to is null and exists (
							  select 1 from org_unit t where t.parent_id = s.parent_id and t.name = s.name and t.id <> s.id)
							""",
							Map.of("parents", part),
							(rs, n) -> new Named(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3),
									rs.getString(4)))
					.forEach(s -> {
						if (namesByParent.getOrDefault(s.parentId(), Set.of()).contains(s.name())) {
							byName.computeIfAbsent(s.name(), k -> new LinkedHashMap<>()).putIfAbsent(s.id(), s);
						}
					}));
	}

	/** The name of the parent each unit had before its current one (a merged commune). */
	private Map<Long, String> origins(List<Named> units) {
		Map<Long, Long> current = new HashMap<>();
		units.forEach(u -> current.put(u.id(), u.parentId()));
		Map<Long, LocalDate> latest = new HashMap<>();
		Map<Long, String> origins = new HashMap<>();
		chunks(new ArrayList<>(current.keySet()), part -> this.jdbc.query("""
				select pp.unit_id, pp.parent_id, pp.valid_to, p.name from org_unit_parent_period pp
				join org_unit p on p.id = pp.parent_id
				where pp.unit_id in (:ids) and pp.valid_to is not null
				""", Map.of("ids", part), rs -> {
			long unit = rs.getLong(1);
			long parent = rs.getLong(2);
			LocalDate to = rs.getObject(3, LocalDate.class);
			if (!equal(parent, current.get(unit)) && (latest.get(unit) == null || to.isAfter(latest.get(unit)))) {
				latest.put(unit, to);
				origins.put(unit, rs.getString(4));
			}
		}));
		return origins;
	}

	private Map<Long, String> names(Set<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		chunks(new ArrayList<>(ids),
				part -> this.jdbc.query("select id, name from org_unit where id in (:ids)", Map.of("ids", part), rs -> {
					names.put(rs.getLong(1), rs.getString(2));
				}));
		return names;
	}

	private static boolean equal(Long a, Long b) {
		return a == null ? b == null : a.equals(b);
	}

	private static void chunks(List<Long> ids, Consumer<List<Long>> each) {
		for (int i = 0; i < ids.size(); i += CHUNK) {
			each.accept(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
		}
	}

}
