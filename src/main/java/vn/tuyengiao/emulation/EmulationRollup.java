package vn.tuyengiao.emulation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.UnitPaths;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.text.VietnameseText;

/**
 * Coverage and counts of the model register for a unit's subtree and a year: every cell
 * and committee must have at least one live model of the "học tập và làm theo Bác"
 * movement (Dân vận khéo and mass-organisation models are counted apart and do not cover
 * a unit); and the review list of models to filter.
 */
@Service
public class EmulationRollup {

	/** The units that must each have a model. */
	public static final Set<OrgUnitKind> MUST_HAVE_MODEL = EnumSet.of(OrgUnitKind.COMMUNE_COMMITTEE,
			OrgUnitKind.GRASSROOTS_COMMITTEE, OrgUnitKind.SUB_COMMITTEE, OrgUnitKind.GRASSROOTS_CELL, OrgUnitKind.CELL);

	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgUnits org;

	private final ModelService models;

	private final Clock clock;

	EmulationRollup(NamedParameterJdbcTemplate jdbc, OrgUnits org, ModelService models, Clock clock) {
		this.jdbc = jdbc;
		this.org = org;
		this.models = models;
		this.clock = clock;
	}

	/** Counts for one subtree and year. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "ModelCounts")
	public record Counts(long registered, long newThisYear, long continuing, long replicated, long retired,
			Map<String, Long> byGroup, long danVanKheo, long massOrganisation, long unitsRequired, long unitsCovered) {

		public long unitsWithout() {
			return this.unitsRequired - this.unitsCovered;
		}

	}

	public record Row(OrgUnit unit, Counts counts) {
	}

	/** A unit with no live model in the year, and the commune it belongs to. */
	public record Missing(OrgUnit unit, String communeName) {
	}

	public record Coverage(OrgUnit unit, int year, Counts total, List<Row> children, List<Missing> without) {

		/** The units without a model, commune by commune. */
		public Map<String, List<OrgUnit>> withoutByCommune() {
			Map<String, List<OrgUnit>> by = new LinkedHashMap<>();
			for (Missing m : this.without) {
				by.computeIfAbsent(m.communeName(), k -> new ArrayList<>()).add(m.unit());
			}
			return by;
		}

	}

	private record M(long id, long ownerId, String path, String group, Movement movement, LocalDate start,
			LocalDate retiredOn) {

		boolean liveIn(int year) {
			return this.start.getYear() <= year && (this.retiredOn == null || this.retiredOn.getYear() >= year);
		}

	}

	@Transactional(readOnly = true)
	public Coverage coverage(Scope scope, long unitId, int year) {
		OrgUnit unit = this.org.get(scope, unitId);
		LocalDate yearEnd = LocalDate.of(year, 12, 31);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate openOn = yearEnd.isAfter(today) ? today : yearEnd;
		List<OrgUnit> subtree = this.org.subtree(unit.getPath());
		List<M> all = this.jdbc.query("""
				select m.id, m.owner_unit_id, u.path, g.name, m.movement, m.start_date, m.retired_on
				from emulation_model m join org_unit u on u.id = m.owner_unit_id join model_group g on g.id = m.group_id
				where u.path like :prefix""", new MapSqlParameterSource("prefix", unit.getPath() + "%"),
				(rs, i) -> new M(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						Movement.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class),
						rs.getObject(7, LocalDate.class)));
		Set<Long> replicatedInYear = new HashSet<>(this.jdbc.queryForList("""
				select distinct r.model_id from model_replication r join emulation_model m on m.id = r.model_id
				join org_unit u on u.id = m.owner_unit_id
				where u.path like :prefix and r.replicated_on between :from and :to""",
				new MapSqlParameterSource("prefix", unit.getPath() + "%").addValue("from", LocalDate.of(year, 1, 1))
					.addValue("to", yearEnd),
				Long.class));
		Set<Long> covered = new HashSet<>();
		for (M m : all) {
			if (m.movement() == Movement.HO_CHI_MINH && m.liveIn(year)) {
				covered.add(m.ownerId());
			}
		}
		List<OrgUnit> required = subtree.stream()
			.filter(u -> MUST_HAVE_MODEL.contains(u.getKind()) && u.isOpenOn(openOn))
			.toList();
		Map<Long, OrgUnit> byId = new HashMap<>();
		subtree.forEach(u -> byId.put(u.getId(), u));
		List<Missing> without = new ArrayList<>();
		for (OrgUnit u : required) {
			if (!covered.contains(u.getId())) {
				without.add(new Missing(u, communeOf(u, byId, unit)));
			}
		}
		List<OrgUnit> childUnits = subtree.stream()
			.filter(c -> unit.getId().equals(c.getParentId()) && c.isOpenOn(openOn))
			.toList();
		Map<Long, Tally> perChild = new HashMap<>();
		childUnits.forEach(c -> perChild.put(c.getId(), new Tally()));
		// One pass: each model and required unit counts in the total and in the child
		// whose subtree holds it (scanning everything once per child, 100 × 8,000 for a
		// province, cost more than the rest of the home page).
		String prefix = unit.getPath();
		Tally total = new Tally();
		for (M m : all) {
			total.model(m, replicatedInYear, year);
			Tally t = perChild.get(UnitPaths.childOf(m.path(), prefix));
			if (t != null) {
				t.model(m, replicatedInYear, year);
			}
		}
		for (OrgUnit u : required) {
			boolean cov = covered.contains(u.getId());
			total.required(cov);
			Tally t = perChild.get(UnitPaths.childOf(u.getPath(), prefix));
			if (t != null) {
				t.required(cov);
			}
		}
		List<Row> children = childUnits.stream().map(c -> new Row(c, perChild.get(c.getId()).counts())).toList();
		return new Coverage(unit, year, total.counts(), children, without);
	}

	/** The counts of one subtree, added up model by model and unit by unit. */
	private static final class Tally {

		private long registered, fresh, replicated, retired, dvk, mass, req, cov;

		private final Map<String, Long> byGroup = new LinkedHashMap<>();

		void model(M m, Set<Long> replicatedInYear, int year) {
			boolean live = m.liveIn(year);
			if (m.movement() == Movement.DAN_VAN_KHEO) {
				this.dvk += live ? 1 : 0;
				return;
			}
			if (m.movement() == Movement.MASS_ORGANISATION) {
				this.mass += live ? 1 : 0;
				return;
			}
			if (live) {
				this.registered++;
				this.byGroup.merge(m.group(), 1L, Long::sum);
				if (m.start().getYear() == year) {
					this.fresh++;
				}
			}
			if (replicatedInYear.contains(m.id())) {
				this.replicated++;
			}
			if (m.retiredOn() != null && m.retiredOn().getYear() == year) {
				this.retired++;
			}
		}

		void required(boolean covered) {
			this.req++;
			this.cov += covered ? 1 : 0;
		}

		Counts counts() {
			return new Counts(this.registered, this.fresh, this.registered - this.fresh, this.replicated, this.retired,
					this.byGroup, this.dvk, this.mass, this.req, this.cov);
		}

	}

	/**
	 * The commune a unit belongs to (itself when it is one), or the unit looked at when
	 * there is none on the way.
	 */
	private static String communeOf(OrgUnit u, Map<Long, OrgUnit> byId, OrgUnit top) {
		OrgUnit x = u;
		while (x != null) {
			if (x.getKind() == OrgUnitKind.COMMUNE_COMMITTEE || x.getKind() == OrgUnitKind.GRASSROOTS_COMMITTEE) {
				return x.getName();
			}
			if (x.getId().equals(top.getId())) {
				break;
			}
			x = x.getParentId() == null ? null : byId.get(x.getParentId());
		}
		return top.getName();
	}

	// ---- review list

	public record ReviewRow(ModelService.ModelRow model, Set<ReviewReason> reasons) {
	}

	/**
	 * Live models of the movement to review as of a date: no assessment in the last year
	 * (once running a year), the last two years' results the same, or the registration
	 * not touched for two years.
	 */
	@Transactional(readOnly = true)
	public List<ReviewRow> review(Scope scope, Long unitId, LocalDate asOf) {
		LocalDate date = asOf == null ? LocalDate.now(this.clock) : asOf;
		List<ModelService.ModelRow> rows = this.models.list(scope,
				new ModelService.Filter(unitId, null, null, null, Movement.HO_CHI_MINH, null));
		Map<Long, List<Object[]>> assessments = new HashMap<>();
		Map<Long, Instant> changed = new HashMap<>();
		List<Long> ids = rows.stream().filter(r -> r.status().live()).map(ModelService.ModelRow::id).toList();
		for (int from = 0; from < ids.size(); from += 1000) {
			MapSqlParameterSource p = new MapSqlParameterSource("ids",
					ids.subList(from, Math.min(ids.size(), from + 1000)));
			this.jdbc.query(
					"select model_id, assessed_year, assessed_on, results from model_assessment where model_id in (:ids) "
							+ "order by model_id, assessed_year desc",
					p, rs -> {
						assessments.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
							.add(new Object[] { rs.getInt(2), rs.getObject(3, LocalDate.class), rs.getString(4) });
					});
			this.jdbc.query("select id, content_changed_at from emulation_model where id in (:ids)", p, rs -> {
				changed.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
			});
		}
		List<ReviewRow> out = new ArrayList<>();
		for (ModelService.ModelRow r : rows) {
			if (!r.status().live() || r.startDate().isAfter(date)) {
				continue;
			}
			Set<ReviewReason> reasons = EnumSet.noneOf(ReviewReason.class);
			List<Object[]> a = assessments.getOrDefault(r.id(), List.of());
			LocalDate yearAgo = date.minusYears(1);
			boolean runningAYear = !r.startDate().isAfter(yearAgo);
			boolean recent = a.stream()
				.anyMatch(x -> ((LocalDate) x[1]).isAfter(yearAgo) && !((LocalDate) x[1]).isAfter(date));
			if (runningAYear && !recent) {
				reasons.add(ReviewReason.NO_ASSESSMENT);
			}
			if (a.size() >= 2
					&& VietnameseText.fold((String) a.get(0)[2]).equals(VietnameseText.fold((String) a.get(1)[2]))) {
				reasons.add(ReviewReason.UNCHANGED_RESULTS);
			}
			Instant twoYearsAgo = date.minusYears(2).atStartOfDay(ZONE).toInstant();
			Instant c = changed.get(r.id());
			if (r.startDate().getYear() <= date.getYear() - 2 && c != null && c.isBefore(twoYearsAgo)) {
				reasons.add(ReviewReason.NOT_UPDATED);
			}
			if (!reasons.isEmpty()) {
				out.add(new ReviewRow(r, reasons));
			}
		}
		return out;
	}

	// ---- a period (for reports)

	/** One group's line in a period: live, new, replicated, retired. */
	public record GroupLine(String group, long live, long fresh, long replicated, long retired) {
	}

	/**
	 * The register of a subtree over a period, movement "học tập và làm theo Bác" only,
	 * other movements counted apart.
	 */
	public record PeriodCounts(long live, long fresh, long continuing, long replicated, long retired,
			List<GroupLine> groups, long danVanKheo, long massOrganisation) {
	}

	@Transactional(readOnly = true)
	public PeriodCounts period(Scope scope, long unitId, LocalDate from, LocalDate to) {
		OrgUnit unit = this.org.get(scope, unitId);
		List<ModelService.ModelRow> rows = this.models.list(scope,
				new ModelService.Filter(unit.getId(), null, null, null, null, null));
		Set<Long> replicated = new HashSet<>(this.jdbc.queryForList("""
				select distinct r.model_id from model_replication r join emulation_model m on m.id = r.model_id
				join org_unit u on u.id = m.owner_unit_id
				where u.path like :prefix and r.replicated_on between :from and :to""",
				new MapSqlParameterSource("prefix", unit.getPath() + "%").addValue("from", from).addValue("to", to),
				Long.class));
		Map<String, long[]> groups = new LinkedHashMap<>();
		for (ModelGroup g : this.models.groups()) {
			groups.put(g.getName(), new long[4]);
		}
		long live = 0, fresh = 0, rep = 0, retired = 0, dvk = 0, mass = 0;
		for (ModelService.ModelRow r : rows) {
			boolean isLive = !r.startDate().isAfter(to) && (r.retiredOn() == null || !r.retiredOn().isBefore(from));
			if (r.movement() != Movement.HO_CHI_MINH) {
				if (isLive) {
					if (r.movement() == Movement.DAN_VAN_KHEO) {
						dvk++;
					}
					else {
						mass++;
					}
				}
				continue;
			}
			long[] g = groups.computeIfAbsent(r.groupName(), k -> new long[4]);
			if (isLive) {
				live++;
				g[0]++;
				if (!r.startDate().isBefore(from)) {
					fresh++;
					g[1]++;
				}
			}
			if (replicated.contains(r.id())) {
				rep++;
				g[2]++;
			}
			if (r.retiredOn() != null && !r.retiredOn().isBefore(from) && !r.retiredOn().isAfter(to)) {
				retired++;
				g[3]++;
			}
		}
		List<GroupLine> lines = new ArrayList<>();
		groups.forEach((name, g) -> {
			if (g[0] + g[2] + g[3] > 0) {
				lines.add(new GroupLine(name, g[0], g[1], g[2], g[3]));
			}
		});
		return new PeriodCounts(live, fresh, live - fresh, rep, retired, lines, dvk, mass);
	}

}
