package vn.tuyengiao.user;

import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts wrong passwords (form and HTTP Basic alike) towards the lockout. */
@Component
class LoginAttempts {

	private final UserService users;

	LoginAttempts(UserService users) {
		this.users = users;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		this.users.loginFailed(String.valueOf(event.getAuthentication().getName()).strip().toLowerCase(Locale.ROOT));
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token
				&& token.getCredentials() != null) {
			this.users.loginSucceeded(event.getAuthentication().getName());
		}
	}

}
