package vn.tuyengiao.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;

/**
 * A user's active web sessions (Spring Session JDBC, indexed by the principal name):
 * listed with when they began, when they were last used, the address and browser they
 * signed in from, and revoked one at a time, by the user or an administrator. A session
 * is named by a digest of its id, never the id itself (the id is the cookie's secret).
 */
@Service
public class UserSessions {

	/** Session attribute: the address the login came from. */
	public static final String ADDRESS_ATTR = "tuyengiao.login.address";

	/** Session attribute: the browser's User-Agent at login. */
	public static final String AGENT_ATTR = "tuyengiao.login.agent";

	private static final String ACTION_REVOKE = "SESSION_REVOKE";

	private static final String KIND_USER = "User";

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final UserService users;

	private final OrgUnits org;

	private final AuditLog audit;

	UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions, UserService users, OrgUnits org,
			AuditLog audit) {
		this.sessions = sessions;
		this.users = users;
		this.org = org;
		this.audit = audit;
	}

	/** One session as a page shows it. */
	public record ActiveSession(String ref, Instant createdAt, Instant lastAccessedAt, String address, String browser,
			boolean current) {
	}

	/** The sessions of one account, the most recently used first. */
	public List<ActiveSession> of(String username, String currentSessionId) {
		return this.sessions.findByPrincipalName(username)
			.values()
			.stream()
			.filter(s -> !s.isExpired())
			.map(s -> new ActiveSession(ref(s.getId()), s.getCreationTime(), s.getLastAccessedTime(),
					s.getAttribute(ADDRESS_ATTR), browser(s.getAttribute(AGENT_ATTR)),
					s.getId().equals(currentSessionId)))
			.sorted(Comparator.comparing(ActiveSession::lastAccessedAt).reversed())
			.toList();
	}

	/** The sessions of an account, for an administrator. */
	public List<ActiveSession> of(Scope by, long userId) {
		requireAdmin(by);
		return of(this.users.get(userId).getUsername(), null);
	}

	/**
	 * Ends one of the user's own sessions. The current one is not deleted here (the
	 * request still holds it): the answer says so, and the caller invalidates it.
	 * @return whether {@code ref} names the current session
	 */
	@Transactional
	public boolean revokeOwn(String username, String ref, String currentSessionId) {
		String id = idOf(username, ref);
		AppUser u = this.users.find(username).orElseThrow(AppException::forbidden);
		this.audit.record(ACTION_REVOKE, KIND_USER, u.getId(), unitPath(u), "Đăng xuất một phiên của " + username,
				null);
		if (id.equals(currentSessionId)) {
			return true;
		}
		this.sessions.deleteById(id);
		return false;
	}

	/** An administrator ends one session of an account. */
	@Transactional
	public void revoke(Scope by, long userId, String ref) {
		requireAdmin(by);
		AppUser u = this.users.get(userId);
		String id = idOf(u.getUsername(), ref);
		this.sessions.deleteById(id);
		this.audit.record(ACTION_REVOKE, KIND_USER, u.getId(), unitPath(u),
				"Đăng xuất một phiên của " + u.getUsername(), null);
	}

	private String idOf(String username, String ref) {
		Map<String, ? extends Session> all = this.sessions.findByPrincipalName(username);
		return all.keySet()
			.stream()
			.filter(id -> ref(id).equals(ref))
			.findFirst()
			.orElseThrow(() -> AppException.notFound("session.notFound"));
	}

	private static void requireAdmin(Scope by) {
		if (!by.admin()) {
			throw new AppException(403, "error.adminOnly");
		}
	}

	private String unitPath(AppUser u) {
		return u.getUnitId() == null ? null : this.org.get(u.getUnitId()).getPath();
	}

	static String ref(String sessionId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** "Chrome · Windows" from a User-Agent; the raw text, shortened, when unknown. */
	static String browser(String agent) {
		if (agent == null || agent.isBlank()) {
			return "";
		}
		String name = agent.contains("Edg/") ? "Edge" : agent.contains("OPR/") ? "Opera" : agent.contains("Firefox/")
				? "Firefox" : agent.contains("Chrome/") ? "Chrome" : agent.contains("Safari/") ? "Safari" : null;
		String os = agent.contains("Android") ? "Android"
				: agent.contains("iPhone") || agent.contains("iPad") ? "iOS" : agent.contains("Windows") ? "Windows"
						: agent.contains("Mac OS") ? "macOS" : agent.contains("Linux") ? "Linux" : null;
		if (name == null) {
			return agent.length() > 60 ? agent.substring(0, 60) + "…" : agent;
		}
		return os == null ? name : name + " · " + os;
	}

}
