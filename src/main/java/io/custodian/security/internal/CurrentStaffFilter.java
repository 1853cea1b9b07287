package io.custodian.security.internal;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-checks a signed-in staff member against the staff row on every request: a disabled or missing account is
 * signed out at once (its session invalidated, redirect to the login page), a changed role takes effect at once.
 */
class CurrentStaffFilter extends OncePerRequestFilter {

	private final StaffAccounts accounts;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	CurrentStaffFilter(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof StaffAuthentication signedIn) {
			var account = accounts.byUsername(signedIn.getName()).filter(StaffAccounts.StaffAccount::enabled);
			if (account.isEmpty()) {
				signOut(request, response);
				return;
			}
			var role = account.get().role();
			var current = Authorities.of(role, role.scopes());
			if (!names(signedIn.getAuthorities()).equals(names(current))) {
				var context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(new StaffAuthentication(signedIn.getPrincipal(), current, signedIn.getDetails()));
				SecurityContextHolder.setContext(context);
				sessions.saveContext(context, request, response);
			}
		}
		chain.doFilter(request, response);
	}

	private static void signOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
		var session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		response.sendRedirect(request.getContextPath() + "/login?expired");
	}

	private static Set<String> names(java.util.Collection<? extends GrantedAuthority> authorities) {
		return authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
	}
}
