package vn.tuyengiao.press;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.text.VnFormat;

/**
 * A unit's subscriptions to party newspapers and journals, per quarter, half-year or
 * year, with the funding source and the copies. A subscription must fall within the
 * title's publication (not a title closed during the period) and not overlap another one
 * of the same unit and title.
 */
@Service
public class PressSubscriptions {

	private final PressSubscriptionRepository subscriptions;

	private final PressCatalogue catalogue;

	private final OrgUnits org;

	private final AuditLog audit;

	private final org.springframework.jdbc.core.JdbcTemplate jdbc;

	PressSubscriptions(PressSubscriptionRepository subscriptions, PressCatalogue catalogue, OrgUnits org,
			AuditLog audit, org.springframework.jdbc.core.JdbcTemplate jdbc) {
		this.subscriptions = subscriptions;
		this.catalogue = catalogue;
		this.org = org;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/** One row of a bulk load: a unit (id and path) and what it subscribed. */
	public record Bulk(long unitId, String unitPath, long titleId, PeriodKind kind, int year, int no,
			FundingSource funding, int copies) {
	}

	/**
	 * Many subscriptions in one batch (evaluation data, an administrator only): the rows
	 * are trusted to be valid, as a loader builds them from the rules.
	 */
	@Transactional
	public int load(Scope scope, List<Bulk> rows) {
		if (!scope.admin()) {
			throw AppException.forbidden();
		}
		this.jdbc.batchUpdate("insert into press_subscription (unit_id, unit_path, title_id, period_kind, period_year, "
				+ "period_no, start_date, end_date, funding, copies, created_by, version) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows, 500, (ps, r) -> {
					ps.setLong(1, r.unitId());
					ps.setString(2, r.unitPath());
					ps.setLong(3, r.titleId());
					ps.setString(4, r.kind().name());
					ps.setInt(5, r.year());
					ps.setInt(6, r.no());
					ps.setObject(7, r.kind().start(r.year(), r.no()));
					ps.setObject(8, r.kind().end(r.year(), r.no()));
					ps.setString(9, r.funding().name());
					ps.setInt(10, r.copies());
					ps.setString(11, scope.username());
				});
		this.audit.record("CREATE", "PressSubscription", null, "Nạp " + rows.size() + " lần đặt mua báo, tạp chí",
				null);
		return rows.size();
	}

	/**
	 * A subscription as entered: the title, the period (kind, year, number within the
	 * year), the funding, the copies; {@code version} is the one read when editing.
	 */
	public record SubscriptionForm(Long titleId, PeriodKind periodKind, Integer year, Integer periodNo,
			FundingSource funding, Integer copies, String note, Long version) {
	}

	/** The unit's subscriptions, newest period first. */
	@Transactional(readOnly = true)
	public List<PressSubscription> forUnit(Scope scope, long unitId) {
		this.org.get(scope, unitId);
		return this.subscriptions.findByUnitIdOrderByStartDateDescIdDesc(unitId);
	}

	@Transactional(readOnly = true)
	public PressSubscription get(Scope scope, long id) {
		PressSubscription s = find(id);
		scope.requireRead(s.getUnitPath());
		return s;
	}

	@Transactional
	public PressSubscription create(Scope scope, long unitId, SubscriptionForm f) {
		OrgUnit unit = this.org.get(scope, unitId);
		scope.requireWrite(unit.getPath());
		check(f, unitId, null);
		PressSubscription s = this.subscriptions
			.saveAndFlush(new PressSubscription(unitId, unit.getPath(), f, scope.username()));
		this.audit.record("CREATE", "PressSubscription", s.getId(), unit.getPath(),
				"Đặt mua " + this.catalogue.title(s.getTitleId()).getName(), describe(s));
		return s;
	}

	@Transactional
	public PressSubscription update(Scope scope, long id, SubscriptionForm f) {
		PressSubscription s = find(id);
		scope.requireWrite(s.getUnitPath());
		if (f.version() == null || f.version() != s.getVersion()) {
			throw AppException.staleVersion();
		}
		check(f, s.getUnitId(), id);
		s.update(f);
		this.subscriptions.saveAndFlush(s);
		this.audit.record("UPDATE", "PressSubscription", s.getId(), s.getUnitPath(),
				"Sửa đặt mua " + this.catalogue.title(s.getTitleId()).getName(), describe(s));
		return s;
	}

	@Transactional
	public void delete(Scope scope, long id, Long version) {
		PressSubscription s = find(id);
		scope.requireWrite(s.getUnitPath());
		if (version == null || version != s.getVersion()) {
			throw AppException.staleVersion();
		}
		this.subscriptions.delete(s);
		this.subscriptions.flush();
		this.audit.record("DELETE", "PressSubscription", id, s.getUnitPath(),
				"Xóa đặt mua " + this.catalogue.title(s.getTitleId()).getName(), describe(s));
	}

	private PressSubscription find(long id) {
		return this.subscriptions.findById(id)
			.orElseThrow(() -> AppException.notFound("press.subscriptionNotFound", id));
	}

	static String describe(PressSubscription s) {
		return VnFormat.shortDate(s.getStartDate()) + " – " + VnFormat.shortDate(s.getEndDate()) + ", " + s.getCopies()
				+ " tờ/số, " + s.getFunding().name();
	}

	private void check(SubscriptionForm f, long unitId, Long id) {
		PressInvalid.Problems p = new PressInvalid.Problems();
		PressTitle title = null;
		if (f.titleId() == null) {
			p.add("title", "press.needed");
		}
		else {
			title = this.catalogue.titlesById().get(f.titleId());
			if (title == null) {
				p.add("title", "press.needed");
			}
		}
		boolean period = true;
		if (f.periodKind() == null) {
			p.add("period", "press.needed");
			period = false;
		}
		if (f.year() == null || f.year() < 2000 || f.year() > 2100) {
			p.add("year", "press.between", 2000, 2100);
			period = false;
		}
		if (f.periodKind() != null && (f.periodNo() == null || !f.periodKind().valid(f.periodNo()))) {
			p.add("periodNo", "press.between", 1, f.periodKind().count());
			period = false;
		}
		if (f.funding() == null) {
			p.add("funding", "press.needed");
		}
		if (f.copies() == null || f.copies() < 1 || f.copies() > 1000) {
			p.add("copies", "press.copiesPositive");
		}
		if (period && title != null) {
			var from = f.periodKind().start(f.year(), f.periodNo());
			var to = f.periodKind().end(f.year(), f.periodNo());
			if (!title.publishedThroughout(from, to)) {
				p.add("title", "press.titleNotPublished", title.getName(), VnFormat.shortDate(from),
						VnFormat.shortDate(to));
			}
			for (PressSubscription other : this.subscriptions.findByUnitIdAndTitleId(unitId, title.getId())) {
				if (!other.getId().equals(id) && other.overlaps(from, to)) {
					p.add("period", "press.overlap", title.getName(), VnFormat.shortDate(other.getStartDate()),
							VnFormat.shortDate(other.getEndDate()));
					break;
				}
			}
		}
		p.check();
	}

}
