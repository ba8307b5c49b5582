package vn.tuyengiao.org.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitMergeRepository extends JpaRepository<UnitMerge, Long> {

}
