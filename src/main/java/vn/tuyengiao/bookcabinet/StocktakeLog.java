package vn.tuyengiao.bookcabinet;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.swagger.v3.oas.annotations.media.Schema;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;

/**
 * Stocktakes kept: a stocktake checked by {@link Stocktakes#check} saved with its date,
 * who took it, the counts and one line per discrepancy (missing from the shelf,
 * unexpected with the reason, out on loan), to be read again later. Read and written
 * within the cabinet's scope.
 */
@Service
public class StocktakeLog {

	/** What a kept line records. */
	public enum LineKind {

		MISSING, UNEXPECTED, ON_LOAN

	}

	/**
	 * One discrepancy: the copy's code and title, the reason (unexpected), the borrower
	 * (on loan).
	 */
	@Schema(name = "BookStocktakeLine")
	public record Line(LineKind kind, String code, String title, Stocktakes.Unexpected reason, String borrower) {
	}

	/** A kept stocktake; {@code lines} is empty in a history list. */
	@Schema(name = "BookStocktake")
	public record Kept(long id, long cabinetId, LocalDate takenOn, String takenBy, int scanned, int found, int missing,
			int unexpected, int onLoan, List<Line> lines) {

		/** The lines of one kind ("MISSING", "UNEXPECTED", "ON_LOAN"), for the page. */
		public List<Line> linesOf(String kind) {
			return this.lines.stream().filter(l -> l.kind().name().equals(kind)).toList();
		}

	}

	private final BookCabinets cabinets;

	private final Stocktakes stocktakes;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	StocktakeLog(BookCabinets cabinets, Stocktakes stocktakes, NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.cabinets = cabinets;
		this.stocktakes = stocktakes;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Checks the scanned codes against the catalogue and keeps the result. */
	@Transactional
	public Kept save(Scope scope, long cabinetId, Collection<String> codes) {
		this.cabinets.writable(scope, cabinetId);
		Stocktakes.Stocktake s = this.stocktakes.check(scope, cabinetId, codes);
		LocalDate today = LocalDate.now(this.clock);
		List<Line> lines = new ArrayList<>();
		s.missing().forEach(m -> lines.add(new Line(LineKind.MISSING, m.code(), m.title(), null, null)));
		s.unexpected().forEach(u -> lines.add(new Line(LineKind.UNEXPECTED, u.code(), u.title(), u.reason(), null)));
		s.onLoan().forEach(l -> lines.add(new Line(LineKind.ON_LOAN, l.code(), l.title(), null, l.borrowerName())));
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update(
				"""
						insert into book_stocktake (cabinet_id, taken_on, taken_by, scanned, found, missing, unexpected, on_loan,
						  created_at)
						values (:c, :on, :by, :scanned, :found, :missing, :unexpected, :onLoan, :at)""",
				new MapSqlParameterSource("c", cabinetId).addValue("on", today)
					.addValue("by", scope.username() == null ? "" : scope.username())
					.addValue("scanned", s.scanned())
					.addValue("found", s.found())
					.addValue("missing", s.missing().size())
					.addValue("unexpected", s.unexpected().size())
					.addValue("onLoan", s.onLoan().size())
					.addValue("at", Timestamp.valueOf(LocalDateTime.now(this.clock))),
				key, new String[] { "id" });
		long id = key.getKey().longValue();
		MapSqlParameterSource[] rows = new MapSqlParameterSource[lines.size()];
		for (int i = 0; i < lines.size(); i++) {
			Line l = lines.get(i);
			rows[i] = new MapSqlParameterSource("id", id).addValue("no", i + 1)
				.addValue("kind", l.kind().name())
				.addValue("code", l.code())
				.addValue("title", l.title())
				.addValue("reason", l.reason() == null ? null : l.reason().name())
				.addValue("borrower", l.borrower());
		}
		if (rows.length > 0) {
			this.jdbc.batchUpdate("""
					insert into book_stocktake_line (stocktake_id, line_no, kind, code, title, reason, borrower)
					values (:id, :no, :kind, :code, :title, :reason, :borrower)""", rows);
		}
		return get(scope, id);
	}

	/** The cabinet's kept stocktakes, newest first (without their lines). */
	@Transactional(readOnly = true)
	public List<Kept> history(Scope scope, long cabinetId) {
		this.cabinets.get(scope, cabinetId);
		return this.jdbc.query("""
				select id, cabinet_id, taken_on, taken_by, scanned, found, missing, unexpected, on_loan
				from book_stocktake where cabinet_id = :c order by taken_on desc, id desc""",
				new MapSqlParameterSource("c", cabinetId),
				(rs, i) -> new Kept(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4),
						rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), List.of()));
	}

	/** One kept stocktake with its lines; the user must be able to read its cabinet. */
	@Transactional(readOnly = true)
	public Kept get(Scope scope, long id) {
		MapSqlParameterSource p = new MapSqlParameterSource("id", id);
		List<Kept> found = this.jdbc.query("""
				select id, cabinet_id, taken_on, taken_by, scanned, found, missing, unexpected, on_loan
				from book_stocktake where id = :id""", p,
				(rs, i) -> new Kept(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4),
						rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), List.of()));
		if (found.isEmpty()) {
			throw AppException.notFound("bookcabinet.stocktake.notFound", id);
		}
		Kept k = found.get(0);
		this.cabinets.get(scope, k.cabinetId());
		List<Line> lines = this.jdbc.query("""
				select kind, code, title, reason, borrower from book_stocktake_line where stocktake_id = :id
				order by line_no""", p,
				(rs, i) -> new Line(LineKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
						rs.getString(4) == null ? null : Stocktakes.Unexpected.valueOf(rs.getString(4)),
						rs.getString(5)));
		return new Kept(k.id(), k.cabinetId(), k.takenOn(), k.takenBy(), k.scanned(), k.found(), k.missing(),
				k.unexpected(), k.onLoan(), lines);
	}

}
