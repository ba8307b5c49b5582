package vn.tuyengiao.recommendation;

/**
 * What a recommendation is about. Labels: {@code recommendation.RecommendationField.*}.
 */
public enum RecommendationField {

	DOCUMENTS, PARTY_HISTORY, BOOKS_LIBRARY, PRESS, EDUCATION_HEALTH, ENVIRONMENT, INFRASTRUCTURE, OTHER;

	public String messageKey() {
		return "recommendation.RecommendationField." + name();
	}

}
