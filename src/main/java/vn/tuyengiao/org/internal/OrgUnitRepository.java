package vn.tuyengiao.org.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.tuyengiao.org.OrgUnit;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

	Optional<OrgUnit> findByShortCode(String shortCode);

	boolean existsByShortCode(String shortCode);

	List<OrgUnit> findByParentIdOrderByValidToDescNameAsc(Long parentId);

	List<OrgUnit> findByParentIdIsNullOrderByName();

	@Query("select u from OrgUnit u where u.path like concat(:prefix, '%') order by u.path")
	List<OrgUnit> findSubtree(@Param("prefix") String prefix);

	@Query("select u from OrgUnit u where u.path like concat(:prefix, '%') and u.depth <= :maxDepth order by u.path")
	List<OrgUnit> findSubtreeToDepth(@Param("prefix") String prefix, @Param("maxDepth") int maxDepth);

	@Query("select count(u) from OrgUnit u where u.parentId = :parentId and u.validTo is null")
	long countOpenChildren(@Param("parentId") Long parentId);

	@Query("select u from OrgUnit u where (:prefix is null or u.path like concat(:prefix, '%')) and (u.searchName like concat('%', :q, '%') or lower(u.shortCode) like concat(:q, '%')) order by u.depth, u.name")
	List<OrgUnit> search(@Param("prefix") String prefix, @Param("q") String foldedQuery,
			org.springframework.data.domain.Pageable page);

	/** Re-roots a whole subtree after a move: one statement, whatever its size. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update OrgUnit u set u.path = concat(:newPrefix, substring(u.path, :cut)), u.depth = u.depth + :delta where u.path like concat(:oldPrefix, '%')")
	int rewritePaths(@Param("oldPrefix") String oldPrefix, @Param("newPrefix") String newPrefix, @Param("cut") int cut,
			@Param("delta") int delta);

}
