package vn.tuyengiao.bookcabinet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;

/**
 * A stocktake: the labels scanned on the shelf (or a list of codes) against the
 * catalogue, giving the discrepancies; and a cabinet's figures per month (loans, readers,
 * copies added by category).
 */
@Service
public class Stocktakes {

	/** The most codes one stocktake reads. */
	public static final int MAX_CODES = 50_000;

	private final BookCabinets cabinets;

	private final Lending lending;

	private final NamedParameterJdbcTemplate jdbc;

	Stocktakes(BookCabinets cabinets, Lending lending, NamedParameterJdbcTemplate jdbc) {
		this.cabinets = cabinets;
		this.lending = lending;
		this.jdbc = jdbc;
	}

	/** Why a scanned code was not expected on this cabinet's shelf. */
	public enum Unexpected {

		UNKNOWN, OTHER_CABINET, LOST, ON_LOAN;

		public String messageKey() {
			return "bookcabinet.Unexpected." + name();
		}

	}

	public record Found(String code, String title, Unexpected reason) {
	}

	/**
	 * The result: copies on the shelf found, copies that should be there and were not
	 * scanned, codes scanned that should not be there (with the reason), copies out on
	 * loan.
	 */
	public record Stocktake(int scanned, int found, List<Catalogue.Label> missing, List<Found> unexpected,
			List<Loan> onLoan) {
	}

	@Transactional(readOnly = true)
	public Stocktake check(Scope scope, long cabinetId, Collection<String> codes) {
		this.cabinets.get(scope, cabinetId);
		Set<String> scanned = new LinkedHashSet<>();
		for (String c : codes) {
			if (c != null && !c.isBlank()) {
				scanned.add(c.strip());
			}
		}
		if (scanned.isEmpty()) {
			throw AppException.invalid("bookcabinet.stocktake.noCodes");
		}
		if (scanned.size() > MAX_CODES) {
			throw AppException.invalid("bookcabinet.stocktake.tooMany", MAX_CODES);
		}
		record Copy(String code, String title, long cabinetId, CopyStatus status) {
		}
		Map<String, Copy> known = new HashMap<>();
		List<String> all = new ArrayList<>(scanned);
		for (int i = 0; i < all.size(); i += 1000) {
			this.jdbc.query(
					"""
							select k.code, t.title, k.cabinet_id, k.status from book_copy k join book_title t on t.id = k.title_id
							where k.code in (:c)
							""",
					new MapSqlParameterSource("c", all.subList(i, Math.min(all.size(), i + 1000))), rs -> {
						known.put(rs.getString(1), new Copy(rs.getString(1), rs.getString(2), rs.getLong(3),
								CopyStatus.valueOf(rs.getString(4))));
					});
		}
		int found = 0;
		List<Found> unexpected = new ArrayList<>();
		for (String code : scanned) {
			Copy k = known.get(code);
			if (k == null) {
				unexpected.add(new Found(code, null, Unexpected.UNKNOWN));
			}
			else if (k.cabinetId() != cabinetId) {
				unexpected.add(new Found(code, k.title(), Unexpected.OTHER_CABINET));
			}
			else if (k.status() == CopyStatus.AVAILABLE) {
				found++;
			}
			else if (k.status() == CopyStatus.ON_LOAN) {
				unexpected.add(new Found(code, k.title(), Unexpected.ON_LOAN));
			}
			else {
				unexpected.add(new Found(code, k.title(), Unexpected.LOST));
			}
		}
		List<Catalogue.Label> missing = this.jdbc
			.query("""
					select k.code, t.title, t.category from book_copy k join book_title t on t.id = k.title_id
					where k.cabinet_id = :c and k.status = 'AVAILABLE' order by t.title, k.code
					""", new MapSqlParameterSource("c", cabinetId),
					(rs, i) -> new Catalogue.Label(rs.getString(1), rs.getString(2),
							BookCategory.valueOf(rs.getString(3))))
			.stream()
			.filter(l -> !scanned.contains(l.code()))
			.toList();
		List<Loan> onLoan = this.lending.loans(scope, cabinetId, Lending.LoanFilter.OPEN)
			.stream()
			.filter(l -> !scanned.contains(l.code()))
			.toList();
		return new Stocktake(scanned.size(), found, missing, unexpected, onLoan);
	}

	/** One month of a cabinet: loans, distinct readers, copies added. */
	public record Month(int year, int month, long loans, long readers, long added) {
	}

	@Transactional(readOnly = true)
	public List<Month> months(Scope scope, long cabinetId, LocalDate from, LocalDate to) {
		this.cabinets.get(scope, cabinetId);
		MapSqlParameterSource p = new MapSqlParameterSource("c", cabinetId).addValue("from", from).addValue("to", to);
		Map<Integer, long[]> byMonth = new java.util.TreeMap<>();
		this.jdbc.query("select extract(year from l.lent_on), extract(month from l.lent_on), count(*), count(distinct "
				+ BookRollup.READER + ") from book_loan l where l.cabinet_id = :c and l.lent_on between :from and :to "
				+ "group by extract(year from l.lent_on), extract(month from l.lent_on)", p, rs -> {
					long[] v = byMonth.computeIfAbsent(rs.getInt(1) * 100 + rs.getInt(2), k -> new long[3]);
					v[0] = rs.getLong(3);
					v[1] = rs.getLong(4);
				});
		this.jdbc.query("""
				select extract(year from k.added_on), extract(month from k.added_on), count(*)
				from book_copy k where k.cabinet_id = :c and k.added_on between :from and :to
				group by extract(year from k.added_on), extract(month from k.added_on)
				""", p, rs -> {
			byMonth.computeIfAbsent(rs.getInt(1) * 100 + rs.getInt(2), k -> new long[3])[2] = rs.getLong(3);
		});
		List<Month> out = new ArrayList<>();
		byMonth.forEach((k, v) -> out.add(new Month(k / 100, k % 100, v[0], v[1], v[2])));
		return out;
	}

	/** Copies added to a cabinet in the period, by category. */
	@Transactional(readOnly = true)
	public Map<BookCategory, Long> additions(Scope scope, long cabinetId, LocalDate from, LocalDate to) {
		this.cabinets.get(scope, cabinetId);
		Map<BookCategory, Long> out = new EnumMap<>(BookCategory.class);
		this.jdbc.query("""
				select t.category, count(*) from book_copy k join book_title t on t.id = k.title_id
				where k.cabinet_id = :c and k.added_on between :from and :to group by t.category
				""", new MapSqlParameterSource("c", cabinetId).addValue("from", from).addValue("to", to), rs -> {
			out.put(BookCategory.valueOf(rs.getString(1)), rs.getLong(2));
		});
		return out;
	}

}
