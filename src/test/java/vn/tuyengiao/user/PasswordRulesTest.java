package vn.tuyengiao.user;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import vn.tuyengiao.common.AppException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 18: the password rules are configuration — the shortest length (never under 8)
 * and the days a password lasts before the sign-in asks for a new one.
 */
class PasswordRulesTest {

	static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

	private static UserService rules(int minLength, int maxAgeDays) {
		return new UserService(null, null, null, null, null, Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh")), minLength,
				maxAgeDays);
	}

	private static AppUser setOn(Instant when) {
		return new AppUser("canbo.matkhau", "{noop}x", "Lê Thị Thu Hà", Role.OFFICER, 1L, false, when);
	}

	@Test
	void aPasswordOlderThanTheMaximumAgeMustBeChangedAtSignIn() {
		UserService ninetyDays = rules(8, 90);
		assertThat(ninetyDays.passwordChangeDue(setOn(NOW.minusSeconds(89L * 86400)))).isFalse();
		assertThat(ninetyDays.passwordChangeDue(setOn(NOW.minusSeconds(91L * 86400)))).isTrue();
		// No maximum age configured (the default): it never expires.
		assertThat(rules(8, 0).passwordChangeDue(setOn(NOW.minusSeconds(3650L * 86400)))).isFalse();
		// A password an administrator reset must be changed whatever its age.
		AppUser reset = setOn(NOW);
		reset.changePassword("{noop}y", true, NOW);
		assertThat(ninetyDays.passwordChangeDue(reset)).isTrue();
	}

	@Test
	void theMinimumLengthIsConfigurableButNeverUnderEight() {
		assertThatThrownBy(() -> rules(12, 0).requireStrong("TuyenGiao26")).isInstanceOf(AppException.class)
			.hasMessage("user.passwordTooShort");
		rules(12, 0).requireStrong("TuyenGiao2026");
		assertThatThrownBy(() -> rules(4, 0).requireStrong("Tg2026a")).isInstanceOf(AppException.class)
			.hasMessage("user.passwordTooShort");
		rules(4, 0).requireStrong("Tg2026ab");
	}

}
