package vn.tuyengiao.press;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PressTitleRepository extends JpaRepository<PressTitle, Long> {

	List<PressTitle> findAllByOrderByNameAsc();

}

interface PressRuleRepository extends JpaRepository<PressRule, Long> {

}

interface PressSubscriptionRepository extends JpaRepository<PressSubscription, Long> {

	List<PressSubscription> findByUnitIdAndTitleId(Long unitId, Long titleId);

	List<PressSubscription> findByUnitIdOrderByStartDateDescIdDesc(Long unitId);

}

interface DeliveryComplaintRepository extends JpaRepository<DeliveryComplaint, Long> {

}

interface DeliveryComplaintQueries extends org.springframework.data.repository.Repository<DeliveryComplaint, Long> {

	List<DeliveryComplaint> findByUnitPathStartingWithOrderByPeriodFromDescIdDesc(String pathPrefix);

}
