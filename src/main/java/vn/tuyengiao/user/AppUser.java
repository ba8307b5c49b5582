package vn.tuyengiao.user;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "app_user")
public class AppUser {

	/** Failed logins in a row before the account locks. */
	static final int MAX_FAILED_ATTEMPTS = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String passwordHash;

	private String fullName;

	@Enumerated(EnumType.STRING)
	private Role role;

	private Long unitId;

	private boolean enabled = true;

	private int failedAttempts;

	private Instant lockedUntil;

	private boolean mustChangePassword;

	private Instant passwordChangedAt;

	private Instant lastLoginAt;

	@Version
	private long version;

	private Instant createdAt;

	protected AppUser() {
	}

	AppUser(String username, String passwordHash, String fullName, Role role, Long unitId, boolean mustChangePassword,
			Instant createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.passwordChangedAt = createdAt;
		this.fullName = fullName;
		this.role = role;
		this.unitId = unitId;
		this.mustChangePassword = mustChangePassword;
		this.createdAt = createdAt;
	}

	boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	void loginFailed(Instant now) {
		this.failedAttempts++;
		if (this.failedAttempts >= MAX_FAILED_ATTEMPTS) {
			this.lockedUntil = now.plus(LOCK_DURATION);
			this.failedAttempts = 0;
		}
	}

	void loginSucceeded(Instant now) {
		clearFailedAttempts();
		this.lastLoginAt = now;
	}

	boolean hasFailedAttempts() {
		return this.failedAttempts > 0 || this.lockedUntil != null;
	}

	void clearFailedAttempts() {
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	void changePassword(String newHash, boolean mustChange, Instant at) {
		this.passwordHash = newHash;
		this.passwordChangedAt = at;
		this.mustChangePassword = mustChange;
	}

	void assign(String fullName, Role role, Long unitId, boolean enabled) {
		this.fullName = fullName;
		this.role = role;
		this.unitId = unitId;
		this.enabled = enabled;
	}

	void unlock() {
		this.lockedUntil = null;
		this.failedAttempts = 0;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public String getFullName() {
		return this.fullName;
	}

	public Role getRole() {
		return this.role;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	/** When the password was last set (created, changed or reset). */
	public Instant getPasswordChangedAt() {
		return this.passwordChangedAt;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	public long getVersion() {
		return this.version;
	}

}
