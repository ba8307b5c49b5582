package vn.tuyengiao.user;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.tuyengiao.user.internal.Totp;

import static org.assertj.core.api.Assertions.assertThat;

/** The codes an authenticator app shows, by the test vectors of RFC 6238 (SHA-1). */
class TotpTest {

	/** The RFC's key, "12345678901234567890", in Base32. */
	static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

	@Test
	void codesMatchTheRfcTestVectors() {
		byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
		// RFC 6238 appendix B gives 8 digits; an app shows the last 6.
		assertThat(Totp.code(key, Totp.step(59), 8)).isEqualTo("94287082");
		assertThat(Totp.code(key, Totp.step(1111111109), 8)).isEqualTo("07081804");
		assertThat(Totp.code(key, Totp.step(1234567890), 8)).isEqualTo("89005924");
		assertThat(Totp.code(key, Totp.step(2000000000), 8)).isEqualTo("69279037");
		assertThat(Totp.codeAt(RFC_SECRET, 59)).isEqualTo("287082");
	}

	@Test
	void aCodeIsAcceptedOneStepEitherSideAndNotFurther() {
		long now = 1_800_000_000L;
		String current = Totp.codeAt(RFC_SECRET, now);
		assertThat(Totp.matchingStep(RFC_SECRET, current, now)).isEqualTo(Totp.step(now));
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, now - 30), now)).isEqualTo(Totp.step(now) - 1);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, now + 30), now)).isEqualTo(Totp.step(now) + 1);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, now - 90), now)).isEqualTo(-1);
		// Typed with a space as apps group it, and nonsense.
		assertThat(Totp.matchingStep(RFC_SECRET, current.substring(0, 3) + " " + current.substring(3), now))
			.isEqualTo(Totp.step(now));
		assertThat(Totp.matchingStep(RFC_SECRET, "12345a", now)).isEqualTo(-1);
		assertThat(Totp.matchingStep(RFC_SECRET, null, now)).isEqualTo(-1);
	}

	@Test
	void newSecretsAreBase32OfTwentyBytesAndTheLinkNamesTheAccount() {
		String secret = Totp.newSecret();
		assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
		assertThat(Totp.newSecret()).isNotEqualTo(secret);
		assertThat(Totp.otpauthUri("TuyenGiao", "canbo.tinh", secret))
			.isEqualTo("otpauth://totp/TuyenGiao:canbo.tinh?secret=" + secret
					+ "&issuer=TuyenGiao&algorithm=SHA1&digits=6&period=30");
		assertThat(Totp.grouped("ABCDEFGH")).isEqualTo("ABCD EFGH");
	}

}
