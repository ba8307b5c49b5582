package vn.tuyengiao.bookcabinet;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.Member;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.text.VietnameseText;
import vn.tuyengiao.text.VnFormat;

/**
 * The lending log: a copy found by its label's code is lent in one step (refused when it
 * is already out), taken back in one step, reported lost, and the committee's decision on
 * a lost copy recorded.
 */
@Service
public class Lending {

	/** The longest loan a cabinet gives. */
	public static final int MAX_LOAN_DAYS = 180;

	static final String LOAN_SELECT = """
			select l.id, l.cabinet_id, l.copy_id, k.code, t.title, l.borrower_kind, l.borrower_name, l.hamlet,
			       l.member_id, l.lent_on, l.due_on, l.returned_on, l.lost_on, l.decision, l.decision_no,
			       l.decision_on, l.compensation, l.version
			from book_loan l join book_copy k on k.id = l.copy_id join book_title t on t.id = k.title_id
			""";

	static final RowMapper<Loan> LOAN = Lending::loan;

	private final BookCabinets cabinets;

	private final NamedParameterJdbcTemplate jdbc;

	private final MemberService members;

	private final AuditLog audit;

	private final Clock clock;

	Lending(BookCabinets cabinets, NamedParameterJdbcTemplate jdbc, MemberService members, AuditLog audit,
			Clock clock) {
		this.cabinets = cabinets;
		this.jdbc = jdbc;
		this.members = members;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A copy as its label's scan finds it: title, cabinet, status and the loan it is out
	 * on.
	 */
	public record CopyView(long id, String code, long cabinetId, String title, String author, BookCategory category,
			CopyStatus status, Loan loan) {
	}

	@Transactional(readOnly = true)
	public CopyView copy(Scope scope, String code) {
		String c = code == null ? "" : code.strip();
		List<CopyView> found = this.jdbc.query("""
				select k.id, k.code, k.cabinet_id, t.title, t.author, t.category, k.status
				from book_copy k join book_title t on t.id = k.title_id where k.code = :code
				""", new MapSqlParameterSource("code", c),
				(rs, i) -> new CopyView(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
						BookCategory.valueOf(rs.getString(6)), CopyStatus.valueOf(rs.getString(7)), null));
		if (found.isEmpty()) {
			throw AppException.notFound("bookcabinet.copyNotFound", c);
		}
		CopyView v = found.get(0);
		this.cabinets.get(scope, v.cabinetId());
		Loan open = openLoan(v.id());
		return new CopyView(v.id(), v.code(), v.cabinetId(), v.title(), v.author(), v.category(), v.status(), open);
	}

	/** A loan as the librarian enters it: a resident (name, hamlet) or a member. */
	public record NewLoan(BorrowerKind kind, String name, String hamlet, Long memberId, LocalDate lentOn,
			LocalDate dueOn) {
	}

	@Transactional
	public Loan lend(Scope scope, String code, NewLoan n) {
		CopyView copy = copy(scope, code);
		BookCabinet cabinet = this.cabinets.writable(scope, copy.cabinetId());
		if (copy.status() == CopyStatus.ON_LOAN && copy.loan() != null) {
			throw AppException.conflict("bookcabinet.alreadyOnLoan", copy.code(), copy.loan().borrowerName(),
					VnFormat.shortDate(copy.loan().lentOn()));
		}
		if (copy.status() != CopyStatus.AVAILABLE) {
			throw AppException.conflict("bookcabinet.notLendable", copy.code());
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate lentOn = n.lentOn() == null ? today : n.lentOn();
		if (lentOn.isAfter(today)) {
			throw AppException.invalid("bookcabinet.lentOnFuture", VnFormat.shortDate(lentOn));
		}
		if (n.dueOn() == null) {
			throw AppException.invalid("bookcabinet.dueOnRequired");
		}
		if (n.dueOn().isBefore(lentOn) || n.dueOn().isAfter(lentOn.plusDays(MAX_LOAN_DAYS))) {
			throw AppException.invalid("bookcabinet.dueOnRange", VnFormat.shortDate(n.dueOn()), MAX_LOAN_DAYS);
		}
		String name;
		String hamlet = null;
		Long memberId = null;
		if (n.kind() == BorrowerKind.MEMBER) {
			if (n.memberId() == null) {
				throw AppException.invalid("bookcabinet.memberRequired");
			}
			Member m = this.members.get(scope, n.memberId());
			name = m.getFullName();
			memberId = m.getId();
		}
		else if (n.kind() == BorrowerKind.RESIDENT) {
			name = n.name() == null ? "" : VietnameseText.normalize(n.name());
			hamlet = n.hamlet() == null ? "" : VietnameseText.normalize(n.hamlet());
			if (name.isEmpty()) {
				throw AppException.invalid("bookcabinet.borrowerNameRequired");
			}
			if (hamlet.isEmpty()) {
				throw AppException.invalid("bookcabinet.hamletRequired");
			}
		}
		else {
			throw AppException.invalid("bookcabinet.borrowerKindRequired");
		}
		// The copy changes hands only if it is still on the shelf: a second lend of the
		// same copy at the same moment finds no row to update.
		int taken = this.jdbc.update("update book_copy set status = 'ON_LOAN' where id = :id and status = 'AVAILABLE'",
				new MapSqlParameterSource("id", copy.id()));
		if (taken == 0) {
			throw AppException.conflict("bookcabinet.notLendable", copy.code());
		}
		MapSqlParameterSource p = new MapSqlParameterSource("cab", cabinet.getId()).addValue("copy", copy.id())
			.addValue("kind", n.kind().name())
			.addValue("name", name)
			.addValue("hamlet", hamlet)
			.addValue("memberId", memberId)
			.addValue("lent", lentOn)
			.addValue("due", n.dueOn())
			.addValue("at", java.sql.Timestamp.from(this.clock.instant()));
		this.jdbc.update("""
				insert into book_loan (cabinet_id, copy_id, borrower_kind, borrower_name, hamlet, member_id, lent_on,
				                       due_on, created_at)
				values (:cab, :copy, :kind, :name, :hamlet, :memberId, :lent, :due, :at)
				""", p);
		Loan loan = openLoan(copy.id());
		this.audit.record("LEND", "BookLoan", loan.id(), cabinet.getUnitPath(),
				"Cho mượn sách " + copy.code() + " «" + copy.title() + "»: " + name, null);
		return loan;
	}

	/** Takes a copy back: the open loan is closed on {@code on} (today when null). */
	@Transactional
	public Loan giveBack(Scope scope, String code, LocalDate on) {
		CopyView copy = copy(scope, code);
		BookCabinet cabinet = this.cabinets.writable(scope, copy.cabinetId());
		Loan loan = copy.loan();
		if (loan == null) {
			throw AppException.conflict("bookcabinet.notOnLoan", copy.code());
		}
		LocalDate day = on == null ? LocalDate.now(this.clock) : on;
		if (day.isBefore(loan.lentOn()) || day.isAfter(LocalDate.now(this.clock))) {
			throw AppException.invalid("bookcabinet.returnedOnRange", VnFormat.shortDate(day));
		}
		closeLoan(loan, "returned_on", day);
		this.jdbc.update("update book_copy set status = 'AVAILABLE' where id = :id",
				new MapSqlParameterSource("id", copy.id()));
		this.audit.record("RETURN", "BookLoan", loan.id(), cabinet.getUnitPath(),
				"Nhận lại sách " + copy.code() + " «" + copy.title() + "» từ " + loan.borrowerName(), null);
		return loan(scope, loan.id());
	}

	/** An overdue copy is reported lost; the committee then decides. */
	@Transactional
	public Loan reportLost(Scope scope, long loanId, long version, LocalDate on) {
		Loan loan = loan(scope, loanId);
		BookCabinet cabinet = this.cabinets.writable(scope, loan.cabinetId());
		if (!loan.open()) {
			throw AppException.conflict("bookcabinet.loanClosed");
		}
		if (loan.version() != version) {
			throw AppException.staleVersion();
		}
		LocalDate day = on == null ? LocalDate.now(this.clock) : on;
		if (day.isBefore(loan.lentOn()) || day.isAfter(LocalDate.now(this.clock))) {
			throw AppException.invalid("bookcabinet.lostOnRange", VnFormat.shortDate(day));
		}
		closeLoan(loan, "lost_on", day);
		this.jdbc.update("update book_copy set status = 'LOST' where id = :id",
				new MapSqlParameterSource("id", loan.copyId()));
		this.audit.record("LOST", "BookLoan", loanId, cabinet.getUnitPath(),
				"Báo mất sách " + loan.code() + " «" + loan.title() + "» (" + loan.borrowerName() + ")", null);
		return loan(scope, loanId);
	}

	/**
	 * The committee's decision on a lost copy: compensation (with the amount) or
	 * write-off.
	 */
	public record Decision(LossDecision decision, String number, LocalDate on, Long compensation) {
	}

	@Transactional
	public Loan decide(Scope scope, long loanId, long version, Decision d) {
		Loan loan = loan(scope, loanId);
		BookCabinet cabinet = this.cabinets.writable(scope, loan.cabinetId());
		if (loan.lostOn() == null || loan.decision() != null) {
			throw AppException.conflict("bookcabinet.notAwaitingDecision");
		}
		if (loan.version() != version) {
			throw AppException.staleVersion();
		}
		if (d.decision() == null) {
			throw AppException.invalid("bookcabinet.decisionRequired");
		}
		if (d.number() == null || d.number().isBlank()) {
			throw AppException.invalid("bookcabinet.decisionNoRequired");
		}
		if (d.on() == null || d.on().isBefore(loan.lostOn()) || d.on().isAfter(LocalDate.now(this.clock))) {
			throw AppException.invalid("bookcabinet.decisionOnRange");
		}
		if (d.decision() == LossDecision.COMPENSATED && (d.compensation() == null || d.compensation() <= 0)) {
			throw AppException.invalid("bookcabinet.compensationRequired");
		}
		this.jdbc.update("""
				update book_loan set decision = :d, decision_no = :no, decision_on = :on, compensation = :amount,
				       version = version + 1
				where id = :id and version = :v
				""",
				new MapSqlParameterSource("d", d.decision().name()).addValue("no", d.number().strip())
					.addValue("on", d.on())
					.addValue("amount", d.decision() == LossDecision.COMPENSATED ? d.compensation() : null)
					.addValue("id", loanId)
					.addValue("v", version));
		this.jdbc.update("update book_copy set status = 'WRITTEN_OFF' where id = :id",
				new MapSqlParameterSource("id", loan.copyId()));
		this.audit.record("DECIDE", "BookLoan", loanId, cabinet.getUnitPath(),
				"Quyết định số " + d.number().strip() + " về sách mất " + loan.code(), null);
		return loan(scope, loanId);
	}

	@Transactional(readOnly = true)
	public Loan loan(Scope scope, long id) {
		List<Loan> found = this.jdbc.query(LOAN_SELECT + " where l.id = :id", new MapSqlParameterSource("id", id),
				LOAN);
		if (found.isEmpty()) {
			throw AppException.notFound("bookcabinet.loanNotFound", id);
		}
		this.cabinets.get(scope, found.get(0).cabinetId());
		return found.get(0);
	}

	/** Which loans of a cabinet a list shows. */
	public enum LoanFilter {

		OPEN, OVERDUE, LOST, ALL

	}

	@Transactional(readOnly = true)
	public List<Loan> loans(Scope scope, long cabinetId, LoanFilter filter) {
		this.cabinets.get(scope, cabinetId);
		String where = switch (filter) {
			case OPEN -> " and l.returned_on is null and l.lost_on is null";
			case OVERDUE -> " and l.returned_on is null and l.lost_on is null and l.due_on < :today";
			case LOST -> " and l.lost_on is not null";
			case ALL -> "";
		};
		return this.jdbc.query(LOAN_SELECT + " where l.cabinet_id = :c" + where + " order by l.lent_on desc, l.id desc",
				new MapSqlParameterSource("c", cabinetId).addValue("today", LocalDate.now(this.clock)), LOAN);
	}

	private Loan openLoan(long copyId) {
		List<Loan> open = this.jdbc.query(
				LOAN_SELECT + " where l.copy_id = :c and l.returned_on is null and l.lost_on is null",
				new MapSqlParameterSource("c", copyId), LOAN);
		return open.isEmpty() ? null : open.get(0);
	}

	private void closeLoan(Loan loan, String column, LocalDate day) {
		int n = this.jdbc.update(
				"update book_loan set " + column + " = :day, version = version + 1 "
						+ "where id = :id and returned_on is null and lost_on is null",
				new MapSqlParameterSource("day", day).addValue("id", loan.id()));
		if (n == 0) {
			throw AppException.conflict("bookcabinet.loanClosed");
		}
	}

	private static Loan loan(ResultSet rs, int i) throws SQLException {
		String decision = rs.getString(14);
		return new Loan(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
				BorrowerKind.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
				(Long) rs.getObject(9, Long.class), rs.getObject(10, LocalDate.class),
				rs.getObject(11, LocalDate.class), rs.getObject(12, LocalDate.class), rs.getObject(13, LocalDate.class),
				decision == null ? null : LossDecision.valueOf(decision), rs.getString(15),
				rs.getObject(16, LocalDate.class), rs.getObject(17, Long.class), rs.getLong(18));
	}

}
