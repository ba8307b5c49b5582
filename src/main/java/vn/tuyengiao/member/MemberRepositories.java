package vn.tuyengiao.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MemberRepository extends JpaRepository<Member, Long> {

	boolean existsByCardNumber(String cardNumber);

	Optional<Member> findByCardNumber(String cardNumber);

	@Query("select m from Member m where m.unitId = :unitId and m.status in :statuses")
	List<Member> findOnRoll(@Param("unitId") Long unitId,
			@Param("statuses") java.util.Collection<MemberStatus> statuses);

}

interface MemberStatusPeriodRepository extends JpaRepository<MemberStatusPeriod, Long> {

	List<MemberStatusPeriod> findByMemberIdOrderByValidFromDesc(Long memberId);

	Optional<MemberStatusPeriod> findFirstByMemberIdAndValidToIsNull(Long memberId);

}

interface MemberUnitPeriodRepository extends JpaRepository<MemberUnitPeriod, Long> {

	List<MemberUnitPeriod> findByMemberIdOrderByValidFromDesc(Long memberId);

	Optional<MemberUnitPeriod> findFirstByMemberIdAndValidToIsNull(Long memberId);

	@Query("select p from MemberUnitPeriod p where p.unitId = :unitId and p.validTo is null")
	List<MemberUnitPeriod> findOpenByUnit(@Param("unitId") Long unitId);

	@Query("select p from MemberUnitPeriod p where p.memberId = :memberId and p.validFrom <= :date and (p.validTo is null or p.validTo > :date)")
	Optional<MemberUnitPeriod> findAt(@Param("memberId") Long memberId, @Param("date") LocalDate date);

}
