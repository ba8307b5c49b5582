package vn.tuyengiao.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.tuyengiao.user.UserService;

/**
 * A production installation starts with one administrator, "admin": its password from
 * TUYENGIAO_ADMIN_PASSWORD, or a random one printed once here and to be changed at first
 * login.
 */
@Component
@Order(1)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final UserService users;

	private final DeploymentMode mode;

	private final String configuredPassword;

	private final boolean demoData;

	AdminBootstrap(UserService users, DeploymentMode mode,
			@Value("${TUYENGIAO_ADMIN_PASSWORD:}") String configuredPassword,
			@Value("${tuyengiao.demo-data:false}") boolean demoData) {
		this.users = users;
		this.mode = mode;
		this.configuredPassword = configuredPassword;
		this.demoData = demoData;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.mode.isEvaluation() && this.demoData) {
			return; // the demo loader creates the demo accounts
		}
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null, java.util.List.of()));
		try {
			this.users.bootstrapAdmin(this.configuredPassword).ifPresentOrElse(generated -> log.warn("""

					==================================================================
					 First administrator created: user "admin", password: {}
					 It is shown only this once and must be changed at first login.
					==================================================================""", generated), () -> {
				if (this.users.count() == 1 && !this.configuredPassword.isBlank()) {
					log.info("Administrator 'admin' uses the password from TUYENGIAO_ADMIN_PASSWORD.");
				}
			});
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
