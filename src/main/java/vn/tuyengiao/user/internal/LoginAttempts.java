package vn.tuyengiao.user.internal;

import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import vn.tuyengiao.user.UserService;

/** Counts wrong passwords (form and HTTP Basic alike) towards the lockout. */
@Component
public class LoginAttempts {

	private final UserService users;

	public LoginAttempts(UserService users) {
		this.users = users;
	}

	@EventListener
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		this.users.loginFailed(String.valueOf(event.getAuthentication().getName()).strip().toLowerCase(Locale.ROOT));
	}

	@EventListener
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token
				&& token.getCredentials() != null) {
			this.users.loginSucceeded(event.getAuthentication().getName());
		}
	}

}
