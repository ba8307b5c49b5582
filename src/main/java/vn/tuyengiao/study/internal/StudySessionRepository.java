package vn.tuyengiao.study.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import vn.tuyengiao.study.StudySession;

public interface StudySessionRepository extends JpaRepository<StudySession, Long> {

	List<StudySession> findByCampaignIdOrderByHeldOnAscIdAsc(Long campaignId);

}
