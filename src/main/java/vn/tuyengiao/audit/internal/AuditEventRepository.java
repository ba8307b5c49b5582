package vn.tuyengiao.audit.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

	@Query("select e from AuditEvent e where (:username is null or e.username = :username) and (:entityType is null or e.entityType = :entityType)")
	Page<AuditEvent> search(@Param("username") String username, @Param("entityType") String entityType, Pageable page);

}
