package vn.tuyengiao.recommendation.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.recommendation.RecommendationSummary;
import vn.tuyengiao.supervision.Plan;
import vn.tuyengiao.supervision.RecommendationLines;
import vn.tuyengiao.supervision.SupervisionPlans;
import vn.tuyengiao.supervision.Visit;

/**
 * The supervision port: the recommendations raised in a plan's visits (source VISIT, the
 * visit's id as reference), one line per unit or group, as the report section words them.
 */
@Component
class VisitRecommendationLines implements RecommendationLines {

	private final SupervisionPlans plans;

	private final RecommendationSummary summary;

	VisitRecommendationLines(SupervisionPlans plans, RecommendationSummary summary) {
		this.plans = plans;
		this.summary = summary;
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> forPlan(Scope scope, long planId) {
		Plan plan = this.plans.plan(scope, planId);
		Set<Long> visits = this.plans.visits(scope, planId).stream().map(Visit::id).collect(Collectors.toSet());
		if (visits.isEmpty()) {
			return List.of();
		}
		return this.summary.sectionForVisits(scope, plan.unitId(), visits)
			.stream()
			.map(RecommendationSummary.SectionLine::text)
			.toList();
	}

}
