package io.custodian.account.internal;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The security context of the customers' chain, loaded from the session cookie on each request and never kept in the
 * HTTP session, so a customer's sign-in can never be seen by the staff console's chain.
 */
@Component
class CustomerSessionContext implements SecurityContextRepository {

	static final String ROLE = "ROLE_CUSTOMER";

	private final CustomerSessions sessions;

	CustomerSessionContext(CustomerSessions sessions) {
		this.sessions = sessions;
	}

	@Override
	public SecurityContext loadContext(HttpRequestResponseHolder holder) {
		return load(holder.getRequest());
	}

	@Override
	public org.springframework.security.core.context.DeferredSecurityContext loadDeferredContext(
			HttpServletRequest request) {
		Supplier<SecurityContext> loader = () -> load(request);
		return new org.springframework.security.core.context.DeferredSecurityContext() {
			private SecurityContext context;

			@Override
			public SecurityContext get() {
				if (context == null) {
					context = loader.get();
				}
				return context;
			}

			@Override
			public boolean isGenerated() {
				return get().getAuthentication() == null;
			}
		};
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return sessions.current(request).isPresent();
	}

	private SecurityContext load(HttpServletRequest request) {
		return sessions.current(request).<SecurityContext>map(customer -> new SecurityContextImpl(new Signed(customer)))
			.orElseGet(SecurityContextHolder::createEmptyContext);
	}

	/** The authentication of a signed-in customer. */
	static final class Signed extends AbstractAuthenticationToken {

		private final SignedInCustomer customer;

		Signed(SignedInCustomer customer) {
			super(List.of(new SimpleGrantedAuthority(ROLE)));
			this.customer = customer;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public SignedInCustomer getPrincipal() {
			return customer;
		}
	}
}
