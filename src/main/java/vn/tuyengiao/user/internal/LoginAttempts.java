package vn.tuyengiao.user.internal;

import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import vn.tuyengiao.user.SecondFactor;
import vn.tuyengiao.user.UserService;

/** Counts wrong passwords (form and HTTP Basic alike) towards the lockout. */
@Component
public class LoginAttempts {

	private final UserService users;

	private final SecondFactor secondFactor;

	public LoginAttempts(UserService users, SecondFactor secondFactor) {
		this.users = users;
		this.secondFactor = secondFactor;
	}

	@EventListener
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		this.users.loginFailed(String.valueOf(event.getAuthentication().getName()).strip().toLowerCase(Locale.ROOT));
	}

	/**
	 * A password accepted (login page or Basic) starts the count of wrong passwords
	 * again. The credentials are already erased when this event comes, so the type of the
	 * authentication is what tells a password from a personal token.
	 */
	@EventListener
	public void onSuccess(AuthenticationSuccessEvent event) {
		// With a second factor the count starts again only once the code is right, so a
		// known password does not give endless tries at the code.
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken
				&& !this.secondFactor.enabledFor(event.getAuthentication().getName())) {
			this.users.passwordAccepted(event.getAuthentication().getName());
		}
	}

}
