package vn.tuyengiao.reporting.internal;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.UnitMerged;
import vn.tuyengiao.org.UnitPathsChanged;
import vn.tuyengiao.reporting.Obligation;
import vn.tuyengiao.text.VnFormat;

/**
 * Follows the tree in the transaction that changed it. A unit merged after a request was
 * registered passes what it still owes (due or returned) to the unit it was merged into,
 * as the planner does for units closed before the request: the successor owes the report
 * once, however many of its predecessors owed it (the obligations fold into one, their
 * history kept); the step is kept as "Chuyển sang đơn vị kế thừa". Submitted and accepted
 * reports stay with the unit that sent them. A successor outside the receiving unit's
 * subtree, or the receiving unit itself, takes nothing. Moved subtrees rewrite the
 * module's path copies.
 */
@Component
class MergedObligations {

	static final String PASSED = "PASSED_ON";

	private final ReportingStore store;

	private final OrgUnits org;

	private final AuditLog audit;

	private final Messages messages;

	private final Clock clock;

	MergedObligations(ReportingStore store, OrgUnits org, AuditLog audit, Messages messages, Clock clock) {
		this.store = store;
		this.org = org;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void merged(UnitMerged merged) {
		OrgUnit successor = this.org.get(merged.targetId());
		for (int hops = 0; successor.getMergedIntoId() != null && hops < 10; hops++) {
			successor = this.org.get(successor.getMergedIntoId());
		}
		String from = this.org.labelOf(merged.sourceId());
		String to = this.org.labelOf(successor.getId());
		for (Obligation o : this.store.openObligationsOfUnit(merged.sourceId())) {
			OrgUnit receiving = this.org.get(o.receivingUnitId());
			if (successor.getId().equals(receiving.getId()) || !successor.getPath().startsWith(receiving.getPath())) {
				continue;
			}
			String why = this.messages.get("reporting.passedOn", from, to, VnFormat.shortDate(merged.date()));
			Optional<Obligation> owed = this.store.obligationOf(o.requestId(), successor.getId());
			long kept;
			if (owed.isPresent()) {
				kept = owed.get().id();
				this.store.foldInto(o.id(), kept);
			}
			else {
				kept = o.id();
				this.store.passTo(o.id(), successor.getId(), successor.getPath());
			}
			this.store.event(kept, PASSED, merged.by(), this.clock.instant(), null, null, why);
			this.audit.record("PASS_ON", "ReportObligation", kept, successor.getPath(), why, o.title());
		}
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void moved(UnitPathsChanged moved) {
		this.store.rewritePaths(moved);
	}

}
