package vn.tuyengiao.recommendation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

	List<Recommendation> findByGroupIdOrderById(long groupId);

	List<Recommendation> findByForwardedFromIdOrderById(long forwardedFromId);

}

interface RecommendationGroupRepository extends JpaRepository<RecommendationGroup, Long> {

}
