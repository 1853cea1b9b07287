package io.custodian.disclosure.internal;

import java.util.Collection;

import io.custodian.disclosure.RecipientCaller;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * A request authenticated with a recipient credential: named {@code recipient-credential:<id>} in the audit chain and
 * the disclosure log, holding the issuer's role (so the purpose guard applies) and the recipient authority.
 */
final class RecipientAuthentication extends AbstractAuthenticationToken {

	static final String AUTHORITY = "RECIPIENT_CREDENTIAL";

	private final RecipientCaller caller;

	RecipientAuthentication(RecipientCaller caller, Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.caller = caller;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public RecipientCaller getPrincipal() {
		return caller;
	}

	@Override
	public String getName() {
		return caller.actor();
	}
}
