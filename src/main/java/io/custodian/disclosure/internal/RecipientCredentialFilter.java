package io.custodian.disclosure.internal;

import java.io.IOException;
import java.net.URI;

import io.custodian.disclosure.RecipientCaller;
import io.custodian.security.Scope;
import io.custodian.security.StaffIdentity;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Authenticates {@code Authorization: Bearer rcp_…} recipient credentials; anything else (no header, Basic, a staff
 * token, an unknown, revoked or expired secret) is a 401 problem.
 */
class RecipientCredentialFilter extends OncePerRequestFilter {

	private final CredentialDesk credentials;

	private final JsonMapper json;

	private final StaffIdentity staff;

	RecipientCredentialFilter(CredentialDesk credentials, JsonMapper json, StaffIdentity staff) {
		this.credentials = credentials;
		this.json = json;
		this.staff = staff;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var header = request.getHeader("Authorization");
		var holder = header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) ? null
				: credentials.authenticate(header.substring(7).trim()).orElse(null);
		var role = holder == null ? null
				: staff.currentRole(holder.issuedBy(), Scope.DISCLOSURES_MANAGE).orElse(null);
		if (role == null) {
			SecurityContextHolder.clearContext();
			unauthorized(request, response);
			return;
		}
		var authentication = new RecipientAuthentication(new RecipientCaller(holder.id(), holder.recipientId()),
				AuthorityUtils.createAuthorityList(RecipientAuthentication.AUTHORITY, role.authority()));
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
				"Authenticate with a recipient credential (Authorization: Bearer rcp_...); it is unknown, revoked or "
						+ "expired");
		problem.setTitle("Unauthorized");
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setHeader("WWW-Authenticate", "Bearer realm=\"Custodian recipients\"");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}
}
