package vn.tuyengiao.common;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration
@EnableJpaAuditing(dateTimeProviderRef = "auditingDateTimeProvider")
class CommonConfig {

	/** Injected wherever "today" matters, so tests can fix the date. */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	/** Record timestamps (@CreatedDate, @LastModifiedDate) come from the same Clock. */
	@Bean
	DateTimeProvider auditingDateTimeProvider(Clock clock) {
		return () -> Optional.of(Instant.now(clock));
	}

	/**
	 * Replaces Spring Boot's message source (same bundles and encoding) so that dates in
	 * message arguments read dd/MM/yyyy.
	 */
	@Bean
	MessageSource messageSource(@Value("${spring.messages.basename:i18n/messages}") String[] basenames) {
		VietnameseMessageSource source = new VietnameseMessageSource();
		source.setBasenames(basenames);
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	/** See {@link PostgresJit}. */
	@Bean
	static PostgresJit postgresJit(org.springframework.core.env.Environment environment) {
		return new PostgresJit(environment);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
