package io.custodian.security.internal;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password authentication that asks the {@link LoginThrottle} before checking any password, so refused
 * attempts cost no bcrypt; audits each failure and each delay it starts.
 */
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
		var username = clip(authentication.getName());
		var address = address(authentication);
		var refusal = throttle.admit(username, address);
		if (refusal.isPresent()) {
			throw new LoginRefusedException(refusal.get().retryAfter());
		}
		try {
			var result = delegate.authenticate(authentication);
			throttle.succeeded(username, address);
			return new StaffAuthentication(result.getPrincipal(), result.getAuthorities(), result.getDetails());
		}
		catch (BadCredentialsException e) {
			var delay = throttle.failed(username, address);
			audit.recordIndependently(AuditEvent.of("login", "staff:" + username).failed("bad credentials"));
			delay.ifPresent(d -> audit.recordIndependently(
					AuditEvent.of("login.locked", "staff:" + username).denied("next attempt in " + d.toSeconds() + " s")));
			throw e;
		}
		catch (AuthenticationException e) {
			audit.recordIndependently(AuditEvent.of("login", "staff:" + username).failed(e.getClass().getSimpleName()));
			throw e;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
				? web.getRemoteAddress() : "unknown";
	}

	private static String clip(String username) {
		var name = username == null ? "" : username;
		return name.length() > 100 ? name.substring(0, 100) : name;
	}
}
