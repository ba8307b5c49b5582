package vn.tuyengiao.supervision;

import java.util.List;

import vn.tuyengiao.common.Scope;

/**
 * A port: the recommendations (kiến nghị) raised in a plan's visits, by unit, for the
 * work-visit results report. Implemented by the recommendation module; without it the
 * report says there were none recorded.
 */
public interface RecommendationLines {

	/**
	 * "Đảng ủy xã Vĩnh Bình Bắc với các kiến nghị: …", one line per unit (or per group of
	 * units asking the same), for the visits of a plan.
	 */
	List<String> forPlan(Scope scope, long planId);

}
