package vn.tuyengiao.supervision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.supervision.internal.FindingStore;

/**
 * The brief before a visit, on one printable page: the unit's earlier findings and where
 * their remedies stand, then the lines every {@link BriefSource} gives for the unit on
 * the visit's date (study rates, commitments, models, and later cell meetings, book
 * cabinets, press).
 */
@Service
public class SupervisionBrief {

	private static final Logger log = LoggerFactory.getLogger(SupervisionBrief.class);

	/** Earlier findings shown, the latest first. */
	static final int FINDINGS = 12;

	private final SupervisionPlans plans;

	private final FindingStore findings;

	private final List<BriefSource> sources;

	private final OrgUnits org;

	SupervisionBrief(SupervisionPlans plans, FindingStore findings, List<BriefSource> sources, OrgUnits org) {
		this.plans = plans;
		this.findings = findings;
		this.sources = sources;
		this.org = org;
	}

	public record Brief(Visit visit, Plan plan, String unitLabel, List<Finding> lastFindings, List<BriefLine> lines) {
	}

	@Transactional(readOnly = true)
	public Brief brief(Scope scope, long visitId) {
		Visit visit = this.plans.visit(scope, visitId);
		Plan plan = this.plans.plan(scope, visit.planId());
		List<Finding> last = this.findings.ofUnit(visit.unitId(), visit.visitDate())
			.stream()
			.sorted(Comparator.comparing(Finding::foundOn).reversed())
			.limit(FINDINGS)
			.toList();
		List<BriefLine> lines = new ArrayList<>();
		for (BriefSource source : this.sources) {
			try {
				lines.addAll(source.linesFor(scope, visit.unitId(), visit.visitDate()));
			}
			catch (AppException ex) {
				log.debug("Brief: a source left out: {}", ex.messageKey());
			}
		}
		return new Brief(visit, plan, this.org.labelOf(visit.unitId()), last, lines);
	}

}
