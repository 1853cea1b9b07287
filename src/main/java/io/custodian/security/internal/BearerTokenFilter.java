package io.custodian.security.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer cst_…} API tokens on every request against the owner's current status
 * and role: a token grants the scopes its owner's role still allows; its details are the {@link ApiTokens.TokenOwner}.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final AuthenticationEntryPoint entryPoint;

	BearerTokenFilter(ApiTokens tokens, AuthenticationEntryPoint entryPoint) {
		this.tokens = tokens;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		var owner = tokens.authenticate(header.substring(7).trim());
		if (owner.isEmpty()) {
			SecurityContextHolder.clearContext();
			entryPoint.commence(request, response,
					new BadCredentialsException("The token is unknown, revoked or expired"));
			return;
		}
		var token = owner.get();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(token.username(), null,
				Authorities.of(token.role(), token.scopes()));
		authentication.setDetails(token);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}
}
