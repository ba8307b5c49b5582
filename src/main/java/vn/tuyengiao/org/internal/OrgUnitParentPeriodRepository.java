package vn.tuyengiao.org.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgUnitParentPeriodRepository extends JpaRepository<OrgUnitParentPeriod, Long> {

	Optional<OrgUnitParentPeriod> findFirstByUnitIdAndValidToIsNull(Long unitId);

	List<OrgUnitParentPeriod> findByUnitIdOrderByValidFrom(Long unitId);

}
