package vn.tuyengiao.study;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StudyCampaignRepository extends JpaRepository<StudyCampaign, Long> {

	List<StudyCampaign> findAllByOrderByPeriodFromDesc();

}

interface StudySessionRepository extends JpaRepository<StudySession, Long> {

	List<StudySession> findByCampaignIdOrderByHeldOnAscIdAsc(Long campaignId);

}
