package vn.tuyengiao.press;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.text.VnFormat;

/**
 * "Đặt tiếp kỳ sau": a unit's current subscriptions carried to the next period in one
 * step, as an office renews its party press every quarter or year. Each title's latest
 * subscription that has begun and ended no longer than one period ago is renewed for the
 * period after it (one not yet begun says the title is already renewed), with the same
 * kind of period, funding and copies. A title closed by then (the 2025 press mergers) is
 * renewed as its successor; one with no successor, or already subscribed for that period,
 * is left out and named. Renewing twice adds nothing.
 */
@Service
public class SubscriptionRenewal {

	private final PressSubscriptionRepository subscriptions;

	private final PressCatalogue catalogue;

	private final OrgUnits org;

	private final AuditLog audit;

	private final Messages messages;

	private final Clock clock;

	SubscriptionRenewal(PressSubscriptionRepository subscriptions, PressCatalogue catalogue, OrgUnits org,
			AuditLog audit, Messages messages, Clock clock) {
		this.subscriptions = subscriptions;
		this.catalogue = catalogue;
		this.org = org;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/** The subscriptions written, and what was left out with the reason. */
	public record Renewed(List<PressSubscription> created, List<String> skipped) {
	}

	@Transactional
	public Renewed renew(Scope scope, long unitId) {
		OrgUnit unit = this.org.get(scope, unitId);
		scope.requireWrite(unit.getPath());
		LocalDate today = LocalDate.now(this.clock);
		List<PressSubscription> all = this.subscriptions.findByUnitIdOrderByStartDateDescIdDesc(unitId);
		Map<Long, PressSubscription> latest = new LinkedHashMap<>();
		for (PressSubscription s : all) {
			latest.putIfAbsent(s.getTitleId(), s);
		}
		Map<Long, PressTitle> titles = this.catalogue.titlesById();
		List<PressSubscription> created = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		for (PressSubscription s : latest.values()) {
			PeriodKind kind = s.getPeriodKind();
			if (s.getStartDate().isAfter(today)) {
				skipped.add(this.messages.get("press.renew.covered", titles.get(s.getTitleId()).getName(),
						VnFormat.shortDate(s.getStartDate()), VnFormat.shortDate(s.getEndDate())));
				continue;
			}
			if (s.getEndDate().plusMonths(12 / kind.count()).isBefore(today)) {
				continue;
			}
			boolean lastOfYear = s.getPeriodNo() == kind.count();
			int year = lastOfYear ? s.getPeriodYear() + 1 : s.getPeriodYear();
			int no = lastOfYear ? 1 : s.getPeriodNo() + 1;
			LocalDate from = kind.start(year, no);
			LocalDate to = kind.end(year, no);
			PressTitle old = titles.get(s.getTitleId());
			PressTitle title = old.publishedThroughout(from, to) ? old
					: old.getSuccessorId() == null ? null : titles.get(old.getSuccessorId());
			if (title == null || !title.publishedThroughout(from, to)) {
				skipped.add(this.messages.get("press.renew.closed", old.getName(), VnFormat.shortDate(from),
						VnFormat.shortDate(to)));
				continue;
			}
			PressTitle chosen = title;
			// The unit's subscriptions are all read above (no query per title), and a
			// closed
			// title and its successor may both lead here: the ones written now count too.
			boolean covered = java.util.stream.Stream.concat(all.stream(), created.stream())
				.anyMatch(o -> o.getTitleId().equals(chosen.getId()) && o.overlaps(from, to));
			if (covered) {
				skipped.add(this.messages.get("press.renew.covered", chosen.getName(), VnFormat.shortDate(from),
						VnFormat.shortDate(to)));
				continue;
			}
			PressSubscription n = this.subscriptions.save(new PressSubscription(unitId, unit.getPath(),
					new PressSubscriptions.SubscriptionForm(chosen.getId(), kind, year, no, s.getFunding(),
							s.getCopies(), s.getNote(), null),
					scope.username()));
			created.add(n);
		}
		this.subscriptions.flush();
		for (PressSubscription n : created) {
			this.audit.record("CREATE", "PressSubscription", n.getId(), unit.getPath(),
					"Gia hạn đặt mua " + titles.get(n.getTitleId()).getName(), PressSubscriptions.describe(n));
		}
		return new Renewed(created, skipped);
	}

}
