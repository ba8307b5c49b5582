package vn.tuyengiao.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.reporting.internal.ReportingStore;

/**
 * Standing obligations (Kết luận 215-KL/TW and the department's own calendar): a rule
 * asks for a report every month, quarter, six or nine months or year; generating makes
 * the request of each period from the rule's start up to today's, once: a period already
 * generated is skipped, so running it twice (the nightly task and the button) changes
 * nothing.
 */
@Service
public class StandingObligations {

	private final ReportingStore store;

	private final IncomingRegister incoming;

	private final OrgUnits org;

	private final AuditLog audit;

	private final Clock clock;

	StandingObligations(ReportingStore store, IncomingRegister incoming, OrgUnits org, AuditLog audit, Clock clock) {
		this.store = store;
		this.incoming = incoming;
		this.org = org;
		this.audit = audit;
		this.clock = clock;
	}

	public record RuleForm(Long receivingUnitId, Long respondingRootId, List<OrgUnitKind> kinds, ReportType type,
			Frequency frequency, Integer deadlineDay, String title, LocalDate startsOn) {
	}

	@Transactional
	public ReportRule create(Scope scope, RuleForm f) {
		if (f.frequency() == null) {
			throw AppException.invalid("reporting.rule.frequencyRequired");
		}
		if (f.deadlineDay() == null || f.deadlineDay() < 1 || f.deadlineDay() > 31) {
			throw AppException.invalid("reporting.rule.deadlineDay");
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate starts = f.startsOn() == null ? f.frequency().periodOf(today).from()
				: f.frequency().periodOf(f.startsOn()).from();
		Frequency.Period first = f.frequency().periodOf(starts);
		// The same checks as a request of the first period (units, scope, title).
		IncomingRegister.Plan plan = this.incoming.plan(scope,
				new IncomingRegister.RequestForm(f.receivingUnitId(), f.respondingRootId(), f.kinds(), f.type(),
						f.title(), first.from(), first.to(), first.deadline(f.deadlineDay()), null));
		long id = this.store.insertRule(plan.receiving().getId(), plan.receiving().getPath(), plan.root().getId(),
				f.kinds(), f.type(), f.frequency(), f.deadlineDay(), plan.title(), starts, scope.username(),
				this.clock.instant());
		this.audit.record("CREATE", "ReportRule", id, plan.receiving().getPath(), "Báo cáo định kỳ: " + plan.title(),
				null);
		return this.store.rulesReceivedBy(plan.receiving().getId())
			.stream()
			.filter(r -> r.id() == id)
			.findFirst()
			.orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<ReportRule> rules(Scope scope, long unitId) {
		this.org.get(scope, unitId);
		return this.store.rulesReceivedBy(unitId);
	}

	/**
	 * Makes the requests of every period of the rules in the user's scope from each
	 * rule's start to the period holding today; returns how many were made.
	 */
	@Transactional
	public int generate(Scope scope) {
		if (!scope.canWrite()) {
			throw AppException.readOnly();
		}
		LocalDate today = LocalDate.now(this.clock);
		Instant now = this.clock.instant();
		int made = 0;
		for (ReportRule rule : this.store.activeRules()) {
			OrgUnit receiving = this.org.get(rule.receivingUnitId());
			if (!scope.contains(receiving.getPath()) || receiving.isClosed()) {
				continue;
			}
			Frequency.Period p = rule.frequency().periodOf(rule.startsOn());
			for (int guard = 0; guard < 240 && !p.from().isAfter(today); guard++) {
				if (!this.store.requestExists(rule.id(), p.from())) {
					IncomingRegister.Plan plan;
					try {
						plan = this.incoming.plan(scope,
								new IncomingRegister.RequestForm(rule.receivingUnitId(), rule.respondingRootId(),
										rule.kinds(), rule.type(), periodTitle(rule, p), p.from(), p.to(),
										p.deadline(rule.deadlineDay()), null));
					}
					catch (AppException noUnits) {
						p = rule.frequency().next(p);
						continue;
					}
					this.incoming.write(scope, null, rule.id(), plan, now);
					made++;
				}
				p = rule.frequency().next(p);
			}
		}
		return made;
	}

	/** "Báo cáo công tác tuyên giáo tháng 3/2026", "… năm 2026". */
	static String periodTitle(ReportRule rule, Frequency.Period p) {
		String when = switch (rule.frequency()) {
			case MONTHLY -> "tháng " + p.from().getMonthValue() + "/" + p.from().getYear();
			case QUARTERLY -> "quý " + ((p.from().getMonthValue() - 1) / 3 + 1) + "/" + p.from().getYear();
			case SIX_MONTHS -> "6 tháng đầu năm " + p.from().getYear();
			case NINE_MONTHS -> "9 tháng đầu năm " + p.from().getYear();
			case YEARLY -> "năm " + p.from().getYear();
		};
		return rule.title() + " " + when;
	}

}
