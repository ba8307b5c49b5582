package vn.tuyengiao.audit;

import java.time.Clock;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.internal.AuditEvent;
import vn.tuyengiao.audit.internal.AuditEventRepository;

/**
 * Records changes in the caller's transaction, so an audited change and its audit row
 * commit or roll back together.
 */
@Service
public class AuditLog {

	private final AuditEventRepository events;

	private final Clock clock;

	AuditLog(AuditEventRepository events, Clock clock) {
		this.clock = clock;
		this.events = events;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String entityType, Long entityId, String summary, String details) {
		this.events
			.save(new AuditEvent(this.clock.instant(), currentUser(), action, entityType, entityId, summary, details));
	}

	/** For events outside any business transaction, such as a failed login. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordAlone(String username, String action, String entityType, Long entityId, String summary) {
		this.events.save(new AuditEvent(this.clock.instant(), username, action, entityType, entityId, summary, null));
	}

	@Transactional(readOnly = true)
	public Page<AuditEvent> recent(String username, String entityType, int page, int size) {
		return this.events.search(blankToNull(username), blankToNull(entityType),
				PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "occurredAt", "id")));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static String currentUser() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || auth.getName() == null ? "system" : auth.getName();
	}

}
