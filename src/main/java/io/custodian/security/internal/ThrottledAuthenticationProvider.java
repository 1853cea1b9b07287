package io.custodian.security.internal;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** Username and password authentication that locks out a username after repeated failures and audits each one. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider delegate;

	private final LoginThrottle throttle;

	private final AuditTrail audit;

	ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle, AuditTrail audit) {
		this.delegate = delegate;
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		var username = authentication.getName();
		if (throttle.isLocked(username)) {
			audit.recordIndependently(AuditEvent.of("login", "staff:" + clip(username)).denied("throttled"));
			throw new LockedException("Too many failed logins: try again in " + throttle.lockout().toMinutes()
					+ " minutes");
		}
		try {
			var result = delegate.authenticate(authentication);
			throttle.succeeded(username);
			return result;
		}
		catch (BadCredentialsException e) {
			throttle.failed(username);
			audit.recordIndependently(AuditEvent.of("login", "staff:" + clip(username)).failed("bad credentials"));
			throw e;
		}
		catch (AuthenticationException e) {
			audit.recordIndependently(AuditEvent.of("login", "staff:" + clip(username)).failed(e.getClass().getSimpleName()));
			throw e;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String clip(String username) {
		return username.length() > 100 ? username.substring(0, 100) : username;
	}
}
