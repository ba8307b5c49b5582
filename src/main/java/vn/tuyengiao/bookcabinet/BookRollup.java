package vn.tuyengiao.bookcabinet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;

/**
 * Roll-ups of the cabinets of a unit's subtree (a commune, a province): the
 * {@link CabinetSummary} and one row per unit directly under it.
 */
@Service
public class BookRollup {

	/** A reader: a member by id, a resident by name and hamlet. */
	static final String READER = "case when l.member_id is not null then 'm' || cast(l.member_id as varchar(20)) "
			+ "else lower(l.borrower_name) || '|' || lower(coalesce(l.hamlet, '')) end";

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgUnits org;

	private final Messages messages;

	private final Clock clock;

	BookRollup(NamedParameterJdbcTemplate jdbc, OrgUnits org, Messages messages, Clock clock) {
		this.jdbc = jdbc;
		this.org = org;
		this.messages = messages;
		this.clock = clock;
	}

	/** One cabinet's figures over the period. */
	public record CabinetFigures(long id, long unitId, String unitPath, String name, LocationKind locationKind,
			Boolean orderly, Boolean clean, Boolean logKept, long copies, long politicalTheory, long loans,
			long overdue, long lost) {
	}

	/** The cabinets under one unit directly below the chosen one, over the period. */
	public record UnitRow(long unitId, long cabinets, long inPublicPlace, long copies, long politicalTheory, long loans,
			long readers, long withoutLoans) {
	}

	/** The summary and the rows per unit below, with the period that was asked for. */
	public record Rollup(CabinetSummary summary, List<UnitRow> rows, List<CabinetFigures> cabinets) {
	}

	/** The summary alone, for other modules (supervision checklist, periodic reports). */
	@Transactional(readOnly = true)
	public CabinetSummary forUnit(Scope scope, long unitId, LocalDate from, LocalDate to) {
		return rollup(scope, unitId, from, to).summary();
	}

	/** The summary and its rows, as the roll-up page and the export show them. */
	@Transactional(readOnly = true)
	public Rollup rollup(Scope scope, Long unitId, LocalDate from, LocalDate to) {
		OrgUnit root = unitId == null ? this.org.get(this.org.defaultUnit(scope, null)) : this.org.get(unitId);
		scope.requireRead(root.getPath());
		LocalDate end = to == null ? LocalDate.now(this.clock) : to;
		LocalDate start = from == null ? end.withDayOfYear(1) : from;
		if (start.isAfter(end)) {
			throw AppException.invalid("bookcabinet.periodInverted");
		}
		MapSqlParameterSource p = new MapSqlParameterSource("prefix", root.getPath() + "%").addValue("from", start)
			.addValue("to", end)
			.addValue("today", LocalDate.now(this.clock));
		List<CabinetFigures> cabinets = this.jdbc.query("""
				select c.id, c.unit_id, c.unit_path, c.name, c.location_kind, c.orderly, c.clean, c.log_kept,
				  (select count(*) from book_copy k where k.cabinet_id = c.id and k.status in ('AVAILABLE', 'ON_LOAN')),
				  (select count(*) from book_copy k join book_title t on t.id = k.title_id where k.cabinet_id = c.id
				       and k.status in ('AVAILABLE', 'ON_LOAN') and t.category = 'POLITICAL_THEORY'),
				  (select count(*) from book_loan l where l.cabinet_id = c.id and l.lent_on between :from and :to),
				  (select count(*) from book_loan l where l.cabinet_id = c.id and l.returned_on is null
				       and l.lost_on is null and l.due_on < :today),
				  (select count(*) from book_loan l where l.cabinet_id = c.id and l.lost_on between :from and :to)
				from book_cabinet c where c.unit_path like :prefix order by c.unit_path, c.name, c.id
				""", p,
				(rs, i) -> new CabinetFigures(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						LocationKind.valueOf(rs.getString(5)), (Boolean) rs.getObject(6), (Boolean) rs.getObject(7),
						(Boolean) rs.getObject(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12),
						rs.getLong(13)));
		Map<BookCategory, Long> byCategory = new EnumMap<>(BookCategory.class);
		this.jdbc.query("""
				select t.category, count(*) from book_copy k join book_title t on t.id = k.title_id
				join book_cabinet c on c.id = k.cabinet_id
				where c.unit_path like :prefix and k.status in ('AVAILABLE', 'ON_LOAN') group by t.category
				""", p, rs -> {
			byCategory.put(BookCategory.valueOf(rs.getString(1)), rs.getLong(2));
		});
		// Readers are counted once per group however many loans they had.
		Map<Long, Set<String>> readersByChild = new HashMap<>();
		Set<String> readers = new HashSet<>();
		Map<Integer, long[]> months = new java.util.TreeMap<>();
		Map<Integer, Set<String>> monthReaders = new HashMap<>();
		this.jdbc.query("select c.unit_path, " + READER + ", l.lent_on from book_loan l "
				+ "join book_cabinet c on c.id = l.cabinet_id where c.unit_path like :prefix "
				+ "and l.lent_on between :from and :to", p, rs -> {
					String reader = rs.getString(2);
					readers.add(reader);
					readersByChild.computeIfAbsent(child(root, rs.getString(1)), k -> new HashSet<>()).add(reader);
					LocalDate d = rs.getObject(3, LocalDate.class);
					int key = d.getYear() * 100 + d.getMonthValue();
					months.computeIfAbsent(key, k -> new long[1])[0]++;
					monthReaders.computeIfAbsent(key, k -> new HashSet<>()).add(reader);
				});
		Map<Long, String> labels = this.org.labelsOf(cabinets.stream().map(CabinetFigures::unitId).distinct().toList());
		List<String> withoutLoans = new ArrayList<>();
		List<String> officeWithoutLog = new ArrayList<>();
		List<String> untidy = new ArrayList<>();
		Map<Long, long[]> rows = new LinkedHashMap<>();
		long copies = 0;
		long loans = 0;
		long overdue = 0;
		long lost = 0;
		long inPublic = 0;
		long inOffice = 0;
		for (CabinetFigures c : cabinets) {
			String named = this.messages.get("bookcabinet.named", c.name(), labels.get(c.unitId()));
			copies += c.copies();
			loans += c.loans();
			overdue += c.overdue();
			lost += c.lost();
			inPublic += c.locationKind() == LocationKind.PUBLIC_READING ? 1 : 0;
			inOffice += c.locationKind() == LocationKind.OFFICE ? 1 : 0;
			if (c.loans() == 0) {
				withoutLoans.add(named);
				if (c.locationKind() == LocationKind.OFFICE) {
					officeWithoutLog.add(named);
				}
			}
			if (Boolean.FALSE.equals(c.orderly()) || Boolean.FALSE.equals(c.clean())) {
				untidy.add(named);
			}
			long[] r = rows.computeIfAbsent(child(root, c.unitPath()), k -> new long[6]);
			r[0]++;
			r[1] += c.locationKind() == LocationKind.PUBLIC_READING ? 1 : 0;
			r[2] += c.copies();
			r[3] += c.politicalTheory();
			r[4] += c.loans();
			r[5] += c.loans() == 0 ? 1 : 0;
		}
		List<UnitRow> unitRows = new ArrayList<>();
		rows.forEach((id, r) -> unitRows.add(
				new UnitRow(id, r[0], r[1], r[2], r[3], r[4], readersByChild.getOrDefault(id, Set.of()).size(), r[5])));
		List<CabinetSummary.MonthFigure> monthFigures = new ArrayList<>();
		months.forEach((k, v) -> monthFigures
			.add(new CabinetSummary.MonthFigure(k / 100, k % 100, v[0], monthReaders.get(k).size())));
		CabinetSummary summary = new CabinetSummary(root.getId(), this.org.label(root), start, end, cabinets.size(),
				inPublic, inOffice, copies, byCategory, loans, readers.size(), overdue, lost, withoutLoans,
				officeWithoutLog, untidy, monthFigures);
		return new Rollup(summary, unitRows, cabinets);
	}

	/**
	 * The id of the unit directly under {@code root} on a path ("/1/5/17/"), or root's
	 * own.
	 */
	static long child(OrgUnit root, String path) {
		String rest = path.substring(root.getPath().length());
		int slash = rest.indexOf('/');
		return slash <= 0 ? root.getId() : Long.parseLong(rest.substring(0, slash));
	}

}
