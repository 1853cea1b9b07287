package io.custodian.collect;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/** The visitor's address as Custodian may store it: resolved behind trusted proxies, then truncated or dropped. */
public interface VisitorAddresses {

	Optional<String> storable(HttpServletRequest request);
}
