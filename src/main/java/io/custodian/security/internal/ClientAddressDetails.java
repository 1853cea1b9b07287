package io.custodian.security.internal;

import io.custodian.security.ClientAddressResolver;
import io.custodian.security.IpLiterals;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The details of a login attempt whose remote address is the client address behind trusted proxies, the same one the
 * public endpoints' limits count, so the login throttle keys by it too.
 */
final class ClientAddressDetails implements AuthenticationDetailsSource<HttpServletRequest, WebAuthenticationDetails> {

	private final ClientAddressResolver addresses;

	ClientAddressDetails(ClientAddressResolver addresses) {
		this.addresses = addresses;
	}

	@Override
	public WebAuthenticationDetails buildDetails(HttpServletRequest request) {
		var session = request.getSession(false);
		return new WebAuthenticationDetails(addresses.resolve(request).map(IpLiterals::format).orElse("unknown"),
				session == null ? null : session.getId());
	}
}
