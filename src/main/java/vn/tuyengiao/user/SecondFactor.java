package vn.tuyengiao.user;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.user.internal.Totp;

/**
 * The optional second factor of a sign-in (issue 18): a six-digit code from an
 * authenticator app (TOTP), per account, made compulsory per role by the administrator. A
 * code is accepted once (its step is remembered), a wrong code counts towards the same
 * lockout as a wrong password, and the password alone no longer opens the API for such an
 * account (personal tokens do).
 */
@Service
public class SecondFactor {

	/** Session attribute: the password was right, the code is still due. */
	public static final String CODE_DUE_ATTR = "tuyengiao.secondFactorDue";

	/**
	 * Session attribute: the role requires a second factor the account has not set up.
	 */
	public static final String ENROL_DUE_ATTR = "tuyengiao.secondFactorEnrolDue";

	static final String ISSUER = "TuyenGiao";

	private final JdbcTemplate jdbc;

	private final UserService users;

	private final AuditLog audit;

	private final Clock clock;

	private final Messages messages;

	SecondFactor(JdbcTemplate jdbc, UserService users, AuditLog audit, Clock clock, Messages messages) {
		this.messages = messages;
		this.jdbc = jdbc;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What the set-up page shows: the secret, grouped, and the link its QR code holds.
	 */
	public record Enrolment(String secret, String groupedSecret, String uri) {
	}

	/** A role and whether its accounts must use a second factor. */
	public record RolePolicy(Role role, boolean required, long version) {
	}

	/** True when the account signs in with a code after its password. */
	@Transactional(readOnly = true)
	public boolean enabledFor(String username) {
		return confirmedSecret(username).isPresent();
	}

	/** True when the account's role requires a second factor. */
	@Transactional(readOnly = true)
	public boolean requiredFor(String username) {
		return this.users.find(username).map(u -> required(u.getRole())).orElse(false);
	}

	private boolean required(Role role) {
		return Boolean.TRUE.equals(this.jdbc.query("select totp_required from role_security_policy where role = ?",
				rs -> rs.next() ? rs.getBoolean(1) : false, role.name()));
	}

	/**
	 * A new secret for the account, kept unconfirmed until a code from the app proves it
	 * was read; an earlier unconfirmed one is replaced, a confirmed one stays in force.
	 */
	@Transactional
	public Enrolment start(String username) {
		AppUser u = this.users.find(username).orElseThrow(AppException::forbidden);
		if (enabledFor(username)) {
			throw AppException.conflict("secondFactor.alreadyOn");
		}
		String secret = Totp.newSecret();
		this.jdbc.update("update app_user set totp_secret = ?, totp_confirmed_at = null, totp_last_step = null "
				+ "where id = ?", secret, u.getId());
		return enrolment(username, secret);
	}

	/** The pending set-up of the account, if it started one. */
	@Transactional(readOnly = true)
	public Optional<Enrolment> pending(String username) {
		return this.jdbc
			.query("select totp_secret from app_user where username = ? and totp_confirmed_at is null "
					+ "and totp_secret is not null", (rs, i) -> rs.getString(1), username)
			.stream()
			.findFirst()
			.map(s -> enrolment(username, s));
	}

	private Enrolment enrolment(String username, String secret) {
		return new Enrolment(secret, Totp.grouped(secret), Totp.otpauthUri(ISSUER, username, secret));
	}

	/** The first code from the app turns the second factor on. */
	@Transactional
	public void confirm(String username, String code) {
		AppUser u = this.users.find(username).orElseThrow(AppException::forbidden);
		String secret = pending(username).map(Enrolment::secret)
			.orElseThrow(() -> AppException.invalid("secondFactor.noPending"));
		long step = Totp.matchingStep(secret, code, this.clock.instant().getEpochSecond());
		if (step < 0) {
			throw AppException.invalid("secondFactor.wrongCode");
		}
		this.jdbc.update("update app_user set totp_confirmed_at = ?, totp_last_step = ? where id = ?",
				Timestamp.from(this.clock.instant()), step, u.getId());
		this.audit.record("SECOND_FACTOR_ON", "User", u.getId(), null, "Bật xác thực hai bước cho " + username, null);
	}

	/**
	 * Checks the code of a sign-in: right, and not used before. A wrong code counts as a
	 * failed sign-in (five in a row lock the account); a right one clears the count.
	 */
	@Transactional
	public boolean verify(String username, String code) {
		Optional<String> secret = confirmedSecret(username);
		if (secret.isEmpty()) {
			return false;
		}
		long step = Totp.matchingStep(secret.get(), code, this.clock.instant().getEpochSecond());
		Long last = this.jdbc.queryForObject("select totp_last_step from app_user where username = ?", Long.class,
				username);
		if (step < 0 || (last != null && step <= last)) {
			this.users.loginFailed(username);
			return false;
		}
		this.jdbc.update("update app_user set totp_last_step = ? where username = ?", step, username);
		this.users.passwordAccepted(username);
		return true;
	}

	/** Turns the second factor off with a current code, unless the role requires it. */
	@Transactional
	public void disable(String username, String code) {
		AppUser u = this.users.find(username).orElseThrow(AppException::forbidden);
		if (required(u.getRole())) {
			throw AppException.invalid("secondFactor.requiredByRole");
		}
		if (!verify(username, code)) {
			throw AppException.invalid("secondFactor.wrongCode");
		}
		clear(u.getId());
		this.audit.record("SECOND_FACTOR_OFF", "User", u.getId(), null, "Tắt xác thực hai bước của " + username, null);
	}

	/** An administrator clears a lost phone's secret; the user sets up a new one. */
	@Transactional
	public void reset(Scope by, long userId) {
		if (!by.admin()) {
			throw AppException.forbidden();
		}
		AppUser u = this.users.get(userId);
		clear(u.getId());
		this.audit.record("SECOND_FACTOR_RESET", "User", u.getId(), null,
				"Xóa xác thực hai bước của " + u.getUsername() + " (mất điện thoại)", null);
	}

	private void clear(long userId) {
		this.jdbc.update(
				"update app_user set totp_secret = null, totp_confirmed_at = null, totp_last_step = null where id = ?",
				userId);
	}

	/** The accounts that sign in with a code, for the administrator's list. */
	@Transactional(readOnly = true)
	public List<Long> accountsWithSecondFactor() {
		return this.jdbc.queryForList("select id from app_user where totp_confirmed_at is not null", Long.class);
	}

	@Transactional(readOnly = true)
	public List<RolePolicy> policies() {
		return this.jdbc
			.query("select role, totp_required, version from role_security_policy",
					(rs, i) -> new RolePolicy(Role.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getLong(3)))
			.stream()
			.sorted(java.util.Comparator.comparing(RolePolicy::role))
			.toList();
	}

	/** Makes a second factor compulsory (or not) for a role; a stale form is refused. */
	@Transactional
	public void require(Scope by, Role role, boolean required, long version) {
		if (!by.admin()) {
			throw AppException.forbidden();
		}
		int n = this.jdbc.update(
				"update role_security_policy set totp_required = ?, version = version + 1, changed_by = ?, "
						+ "changed_at = ? where role = ? and version = ?",
				required, by.username(), Timestamp.from(this.clock.instant()), role.name(), version);
		if (n == 0) {
			throw AppException.staleVersion();
		}
		this.audit.record("SECOND_FACTOR_POLICY", "Role", null, null, (required ? "Bắt buộc" : "Không bắt buộc")
				+ " xác thực hai bước cho vai trò " + this.messages.get(role.messageKey()), null);
	}

	private Optional<String> confirmedSecret(String username) {
		return this.jdbc
			.query("select totp_secret from app_user where username = ? and totp_confirmed_at is not null",
					(rs, i) -> rs.getString(1), username)
			.stream()
			.findFirst();
	}

}
