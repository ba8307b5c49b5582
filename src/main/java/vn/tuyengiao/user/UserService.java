package vn.tuyengiao.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;

/** Accounts, their scope in the tree, passwords, lockout and personal API tokens. */
@Service
public class UserService {

	/** Session attribute set at login while the password must still be changed. */
	public static final String MUST_CHANGE_PASSWORD_ATTR = "tuyengiao.mustChangePassword";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AppUserRepository users;

	private final ApiTokenRepository tokens;

	private final PasswordEncoder encoder;

	private final OrgUnits org;

	private final AuditLog audit;

	private final Clock clock;

	/** Shortest password accepted ({@code tuyengiao.security.password.min-length}). */
	private final int minPasswordLength;

	/**
	 * Days a password lasts before the user must change it at sign-in
	 * ({@code tuyengiao.security.password.max-age-days}; 0: no expiry).
	 */
	private final int passwordMaxAgeDays;

	UserService(AppUserRepository users, ApiTokenRepository tokens, PasswordEncoder encoder, OrgUnits org,
			AuditLog audit, Clock clock,
			@org.springframework.beans.factory.annotation.Value("${tuyengiao.security.password.min-length:8}") int minPasswordLength,
			@org.springframework.beans.factory.annotation.Value("${tuyengiao.security.password.max-age-days:0}") int passwordMaxAgeDays) {
		this.minPasswordLength = Math.max(8, minPasswordLength);
		this.passwordMaxAgeDays = Math.max(0, passwordMaxAgeDays);
		this.users = users;
		this.tokens = tokens;
		this.encoder = encoder;
		this.org = org;
		this.audit = audit;
		this.clock = clock;
	}

	public record NewUser(String username, String fullName, Role role, Long unitId, String password,
			boolean mustChangePassword) {
	}

	public record UserChanges(String fullName, Role role, Long unitId, boolean enabled, long version) {
	}

	@Transactional(readOnly = true)
	public Optional<AppUser> find(String username) {
		return this.users.findByUsername(username);
	}

	@Transactional(readOnly = true)
	public AppUser get(long id) {
		return this.users.findById(id).orElseThrow(() -> AppException.notFound("user.notFound", id));
	}

	@Transactional(readOnly = true)
	public List<AppUser> all() {
		return this.users.findAllByOrderByUsername();
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.users.count();
	}

	/** The part of the tree this user sees and what they may do there. */
	@Transactional(readOnly = true)
	public Scope scopeOf(String username) {
		AppUser u = this.users.findByUsername(username).orElseThrow(AppException::forbidden);
		Role role = u.getRole();
		if (role == Role.ADMIN) {
			return new Scope(u.getUsername(), null, null, true, true, true);
		}
		OrgUnit unit = this.org.get(u.getUnitId());
		return new Scope(u.getUsername(), unit.getPath(), unit.getId(), role.canWrite(), role.canManageUnits(), false);
	}

	@Transactional
	public AppUser create(Scope by, NewUser cmd) {
		requireAdmin(by);
		String username = cmd.username() == null ? "" : cmd.username().strip().toLowerCase(java.util.Locale.ROOT);
		if (!username.matches("[a-z0-9._-]{3,50}")) {
			throw AppException.invalid("user.usernameFormat");
		}
		if (this.users.findByUsername(username).isPresent()) {
			throw AppException.conflict("user.usernameTaken", username);
		}
		requireRoleFitsUnit(cmd.role(), cmd.unitId());
		requireStrong(cmd.password());
		AppUser u = this.users.save(new AppUser(username, this.encoder.encode(cmd.password()),
				cmd.fullName() == null || cmd.fullName().isBlank() ? username : cmd.fullName().strip(), cmd.role(),
				cmd.role() == Role.ADMIN ? null : cmd.unitId(), cmd.mustChangePassword(), this.clock.instant()));
		this.audit.record("CREATE", "User", u.getId(), unitPath(u), "Tạo tài khoản " + username,
				"Vai trò " + cmd.role());
		return u;
	}

	@Transactional
	public AppUser update(Scope by, long id, UserChanges cmd) {
		requireAdmin(by);
		AppUser u = get(id);
		if (u.getVersion() != cmd.version()) {
			throw AppException.staleVersion();
		}
		requireRoleFitsUnit(cmd.role(), cmd.unitId());
		u.assign(cmd.fullName(), cmd.role(), cmd.role() == Role.ADMIN ? null : cmd.unitId(), cmd.enabled());
		this.audit.record("UPDATE", "User", id, unitPath(u), "Sửa tài khoản " + u.getUsername(),
				"Vai trò " + cmd.role() + ", đơn vị " + cmd.unitId() + ", hoạt động " + cmd.enabled());
		return u;
	}

	@Transactional
	public void resetPassword(Scope by, long id, String newPassword) {
		requireAdmin(by);
		requireStrong(newPassword);
		AppUser u = get(id);
		u.changePassword(this.encoder.encode(newPassword), true, this.clock.instant());
		u.unlock();
		this.audit.record("PASSWORD_RESET", "User", id, unitPath(u), "Đặt lại mật khẩu cho " + u.getUsername(), null);
	}

	@Transactional
	public void unlock(Scope by, long id) {
		requireAdmin(by);
		AppUser u = get(id);
		u.unlock();
		this.audit.record("UNLOCK", "User", id, unitPath(u), "Mở khóa tài khoản " + u.getUsername(), null);
	}

	@Transactional
	public void changeOwnPassword(String username, String current, String newPassword) {
		AppUser u = this.users.findByUsername(username).orElseThrow(AppException::forbidden);
		if (!this.encoder.matches(current == null ? "" : current, u.getPasswordHash())) {
			throw AppException.invalid("user.wrongPassword");
		}
		requireStrong(newPassword);
		if (this.encoder.matches(newPassword, u.getPasswordHash())) {
			throw AppException.invalid("user.samePassword");
		}
		u.changePassword(this.encoder.encode(newPassword), false, this.clock.instant());
		this.audit.record("PASSWORD_CHANGE", "User", u.getId(), unitPath(u), "Đổi mật khẩu " + username, null);
	}

	/** Counts a failed login; the fifth in a row locks the account for 15 minutes. */
	@Transactional
	public void loginFailed(String username) {
		this.users.findByUsername(username).ifPresent(u -> {
			boolean wasLocked = u.isLockedAt(this.clock.instant());
			u.loginFailed(this.clock.instant());
			if (!wasLocked && u.isLockedAt(this.clock.instant())) {
				this.audit.record("LOCKED", "User", u.getId(), unitPath(u),
						"Khóa tài khoản " + username + " sau " + AppUser.MAX_FAILED_ATTEMPTS + " lần đăng nhập sai",
						null);
			}
		});
	}

	/** Signed in on the login page: the accounts page's "last login". */
	@Transactional
	public void loginSucceeded(String username) {
		this.users.findByUsername(username).ifPresent(u -> u.loginSucceeded(this.clock.instant()));
	}

	/**
	 * The password was right (login page or an API call with Basic): wrong passwords are
	 * counted from zero again. Writes only when there was something to clear.
	 */
	@Transactional
	public void passwordAccepted(String username) {
		this.users.findByUsername(username).filter(AppUser::hasFailedAttempts).ifPresent(AppUser::clearFailedAttempts);
	}

	boolean isLocked(AppUser u) {
		return u.isLockedAt(this.clock.instant());
	}

	/**
	 * True when the user must change the password before working: generated or reset by
	 * an administrator, or older than the configured maximum age.
	 */
	public boolean passwordChangeDue(AppUser u) {
		if (u.isMustChangePassword()) {
			return true;
		}
		return this.passwordMaxAgeDays > 0 && u.getPasswordChangedAt() != null
				&& u.getPasswordChangedAt()
					.plus(java.time.Duration.ofDays(this.passwordMaxAgeDays))
					.isBefore(this.clock.instant());
	}

	/** True while the account is locked after too many failed sign-ins. */
	public boolean locked(AppUser u) {
		return isLocked(u);
	}

	/** Creates a token and returns it in clear, the only time it is ever visible. */
	@Transactional
	public String createToken(String username, String name, Integer validDays) {
		AppUser u = this.users.findByUsername(username).orElseThrow(AppException::forbidden);
		if (name == null || name.isBlank()) {
			throw AppException.invalid("token.nameRequired");
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = "tg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expires = validDays == null || validDays <= 0 ? null
				: this.clock.instant().plus(Duration.ofDays(validDays));
		ApiToken t = this.tokens.save(new ApiToken(u.getId(), name.strip(), sha256(token), token.substring(0, 10),
				expires, this.clock.instant()));
		this.audit.record("TOKEN_CREATE", "ApiToken", t.getId(), unitPath(u),
				"Tạo mã truy cập API \"" + name.strip() + "\" cho " + username, null);
		return token;
	}

	@Transactional
	public void revokeToken(String username, long tokenId) {
		AppUser u = this.users.findByUsername(username).orElseThrow(AppException::forbidden);
		ApiToken t = this.tokens.findById(tokenId)
			.filter(x -> x.getUserId().equals(u.getId()))
			.orElseThrow(() -> AppException.notFound("token.notFound", tokenId));
		t.revoke();
		this.audit.record("TOKEN_REVOKE", "ApiToken", tokenId, unitPath(u),
				"Thu hồi mã truy cập API \"" + t.getName() + "\"", null);
	}

	@Transactional(readOnly = true)
	public List<ApiToken> tokensOf(String username) {
		return this.users.findByUsername(username)
			.map(u -> this.tokens.findByUserIdOrderByCreatedAtDesc(u.getId()))
			.orElse(List.of());
	}

	/**
	 * The user a token belongs to, if the token is valid, not revoked and not expired.
	 */
	@Transactional
	public Optional<AppUser> authenticateToken(String token) {
		if (token == null || !token.startsWith("tg_")) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.tokens.findByTokenHash(sha256(token)).filter(t -> t.usableAt(now)).flatMap(t -> {
			t.used(now);
			return this.users.findById(t.getUserId());
		}).filter(u -> u.isEnabled() && !u.isLockedAt(now));
	}

	/**
	 * The first administrator of a production installation: the given password, or a
	 * random one that the caller prints once and that must be changed at first login.
	 */
	@Transactional
	public Optional<String> bootstrapAdmin(String configuredPassword) {
		if (this.users.count() > 0) {
			return Optional.empty();
		}
		boolean generated = configuredPassword == null || configuredPassword.isBlank();
		String password = generated ? randomPassword() : configuredPassword;
		AppUser admin = this.users.save(new AppUser("admin", this.encoder.encode(password), "Quản trị hệ thống",
				Role.ADMIN, null, generated, this.clock.instant()));
		this.audit.record("CREATE", "User", admin.getId(), "Tạo tài khoản quản trị đầu tiên", null);
		return generated ? Optional.of(password) : Optional.empty();
	}

	private void requireRoleFitsUnit(Role role, Long unitId) {
		if (role == null) {
			throw AppException.invalid("user.roleRequired");
		}
		if (role == Role.ADMIN) {
			return;
		}
		if (unitId == null) {
			throw AppException.invalid("user.unitRequired");
		}
		OrgUnit unit = this.org.get(unitId);
		if (role == Role.CELL_SECRETARY && !unit.getKind().holdsMembers()) {
			throw AppException.invalid("user.secretaryNeedsCell", unit.getName());
		}
	}

	private static void requireAdmin(Scope by) {
		if (!by.admin()) {
			throw new AppException(403, "error.adminOnly");
		}
	}

	void requireStrong(String password) {
		if (password == null || password.length() < this.minPasswordLength) {
			throw AppException.invalid("user.passwordTooShort", this.minPasswordLength);
		}
		if (!password.matches(".*\\d.*") || !password.matches(".*\\p{L}.*")) {
			throw AppException.invalid("user.passwordWeak");
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[12];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "7a";
	}

	static String sha256(String s) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The account's unit path, so a change to an account shows in the audit log of its
	 * unit and those above; none for an administrator (no unit).
	 */
	private String unitPath(AppUser u) {
		return u.getUnitId() == null ? null : this.org.get(u.getUnitId()).getPath();
	}

}
