package vn.tuyengiao.emulation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ModelGroupRepository extends JpaRepository<ModelGroup, Long> {

	List<ModelGroup> findAllByOrderBySortOrderAscIdAsc();

	Optional<ModelGroup> findByCode(String code);

}

interface EmulationModelRepository extends JpaRepository<EmulationModel, Long> {

}

interface ExemplarRepository extends JpaRepository<Exemplar, Long> {

}

interface AwardRepository extends JpaRepository<Award, Long> {

}
