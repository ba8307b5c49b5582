package vn.tuyengiao.org;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitMergeRepository extends JpaRepository<UnitMerge, Long> {

}
