package vn.tuyengiao.study.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import vn.tuyengiao.study.StudyCampaign;

public interface StudyCampaignRepository extends JpaRepository<StudyCampaign, Long> {

	List<StudyCampaign> findAllByOrderByPeriodFromDesc();

}
