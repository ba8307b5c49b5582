package vn.tuyengiao.recommendation;

/**
 * Which recommendations a list shows: all the user sees, those raised in their part of
 * the tree, those addressed to it, the answers received, the overdue ones. Labels:
 * {@code recommendation.RecommendationView.*}.
 */
public enum RecommendationView {

	ALL, RAISED, ADDRESSED, ANSWERS, OVERDUE;

	public String messageKey() {
		return "recommendation.RecommendationView." + name();
	}

}
