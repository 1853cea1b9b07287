package io.custodian.collect.internal;

import java.util.Optional;

import io.custodian.collect.VisitorAddresses;
import io.custodian.collect.internal.enrich.IpAnonymizer;
import io.custodian.security.ClientAddressResolver;
import io.custodian.security.IpLiterals;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/** Resolves the client address with the collector's proxy rules and truncates it with its settings. */
@Component
class DefaultVisitorAddresses implements VisitorAddresses {

	private final ClientAddressResolver resolver;

	private final IpAnonymizer anonymizer;

	DefaultVisitorAddresses(ClientAddressResolver resolver, IpAnonymizer anonymizer) {
		this.resolver = resolver;
		this.anonymizer = anonymizer;
	}

	@Override
	public Optional<String> storable(HttpServletRequest request) {
		return resolver.resolve(request).flatMap(anonymizer::anonymize).map(IpLiterals::format);
	}
}
