package vn.tuyengiao.bookcabinet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.UnitPaths;
import vn.tuyengiao.org.UnitPathsChanged;
import vn.tuyengiao.text.VietnameseText;
import vn.tuyengiao.text.VnFormat;

/** Book cabinets: set up, described, inspected, listed within the user's scope. */
@Service
public class BookCabinets {

	private final BookCabinetRepository cabinets;

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgUnits org;

	private final AuditLog audit;

	private final Clock clock;

	BookCabinets(BookCabinetRepository cabinets, NamedParameterJdbcTemplate jdbc, OrgUnits org, AuditLog audit,
			Clock clock) {
		this.cabinets = cabinets;
		this.jdbc = jdbc;
		this.org = org;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What describes a cabinet: the unit it belongs to, where it stands, who keeps it.
	 */
	public record CabinetData(Long unitId, String name, LocationKind locationKind, String address, String keeper) {
	}

	/** What the last inspection found, and when. */
	public record CabinetState(LocalDate inspectedOn, Boolean orderly, Boolean clean, Boolean logKept) {
	}

	@Transactional
	public BookCabinet create(Scope scope, CabinetData d) {
		if (d.unitId() == null) {
			throw AppException.invalid("bookcabinet.unitRequired");
		}
		OrgUnit unit = this.org.get(d.unitId());
		scope.requireWrite(unit.getPath());
		check(d);
		BookCabinet c = this.cabinets.save(new BookCabinet(unit.getId(), UnitPaths.locked(this.jdbc, unit.getId()),
				VietnameseText.normalize(d.name()), d.locationKind(), blankToNull(d.address()), blankToNull(d.keeper()),
				this.clock.instant()));
		this.audit.record("CREATE", "BookCabinet", c.getId(), unit.getPath(), "Tủ sách " + c.getName(), unit.getName());
		return c;
	}

	@Transactional
	public BookCabinet describe(Scope scope, long id, long version, CabinetData d) {
		BookCabinet c = editable(scope, id, version);
		check(d);
		c.describe(VietnameseText.normalize(d.name()), d.locationKind(), blankToNull(d.address()),
				blankToNull(d.keeper()));
		return flush(c, "Sửa tủ sách " + c.getName());
	}

	@Transactional
	public BookCabinet inspect(Scope scope, long id, long version, CabinetState s) {
		BookCabinet c = editable(scope, id, version);
		if (s.inspectedOn() == null) {
			throw AppException.invalid("bookcabinet.inspectedOnRequired");
		}
		if (s.inspectedOn().isAfter(LocalDate.now(this.clock))) {
			throw AppException.invalid("bookcabinet.inspectedOnFuture", VnFormat.shortDate(s.inspectedOn()));
		}
		c.inspected(s.inspectedOn(), s.orderly(), s.clean(), s.logKept());
		return flush(c, "Kiểm tra tủ sách " + c.getName() + " ngày " + VnFormat.shortDate(s.inspectedOn()));
	}

	@Transactional(readOnly = true)
	public BookCabinet get(Scope scope, long id) {
		BookCabinet c = this.cabinets.findById(id).orElseThrow(() -> AppException.notFound("bookcabinet.notFound", id));
		scope.requireRead(c.getUnitPath());
		return c;
	}

	/** The cabinet, when the user may change it (its catalogue, its loans). */
	@Transactional(readOnly = true)
	public BookCabinet writable(Scope scope, long id) {
		BookCabinet c = get(scope, id);
		scope.requireWrite(c.getUnitPath());
		return c;
	}

	/** A cabinet in a list, with its copies and loans counted. */
	public record CabinetRow(long id, long unitId, String name, LocationKind locationKind, String keeper,
			LocalDate inspectedOn, Boolean logKept, long copies, long onLoan, long overdue, LocalDate lastLoanOn) {
	}

	/** The cabinets of the user's part of the tree, or of a chosen unit's subtree. */
	@Transactional(readOnly = true)
	public List<CabinetRow> list(Scope scope, Long unitId) {
		String prefix = scope.narrow(unitId == null ? null : this.org.get(unitId).getPath());
		MapSqlParameterSource p = new MapSqlParameterSource("prefix", prefix == null ? "/%" : prefix + "%")
			.addValue("today", LocalDate.now(this.clock));
		return this.jdbc.query(
				"""
						select c.id, c.unit_id, c.name, c.location_kind, c.keeper, c.inspected_on, c.log_kept,
						       (select count(*) from book_copy k where k.cabinet_id = c.id and k.status in ('AVAILABLE', 'ON_LOAN')),
						       (select count(*) from book_copy k where k.cabinet_id = c.id and k.status = 'ON_LOAN'),
						       (select count(*) from book_loan l where l.cabinet_id = c.id and l.returned_on is null
						            and l.lost_on is null and l.due_on < :today),
						       (select max(l.lent_on) from book_loan l where l.cabinet_id = c.id)
						from book_cabinet c where c.unit_path like :prefix order by c.unit_path, c.name, c.id
						""",
				p,
				(rs, i) -> new CabinetRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
						LocationKind.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, LocalDate.class),
						(Boolean) rs.getObject(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
						rs.getObject(11, LocalDate.class)));
	}

	/** A subtree moved: the cabinets' path copies follow, in the same transaction. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(UnitPathsChanged moved) {
		this.jdbc.update(moved.rewriteSql("book_cabinet", "unit_path"), moved.parameters());
	}

	private BookCabinet editable(Scope scope, long id, long version) {
		BookCabinet c = writable(scope, id);
		if (c.getVersion() != version) {
			throw AppException.staleVersion();
		}
		return c;
	}

	private BookCabinet flush(BookCabinet c, String summary) {
		try {
			BookCabinet saved = this.cabinets.saveAndFlush(c);
			this.audit.record("UPDATE", "BookCabinet", c.getId(), c.getUnitPath(), summary, null);
			return saved;
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw AppException.staleVersion();
		}
	}

	private static void check(CabinetData d) {
		if (d.name() == null || d.name().isBlank()) {
			throw AppException.invalid("bookcabinet.nameRequired");
		}
		if (d.locationKind() == null) {
			throw AppException.invalid("bookcabinet.locationRequired");
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : VietnameseText.normalize(s);
	}

}
