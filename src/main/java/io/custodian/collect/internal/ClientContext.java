package io.custodian.collect.internal;

import java.net.InetAddress;
import java.util.Map;

/** What the HTTP request tells about the client: address (proxies resolved), User-Agent, client hints, origin. */
public record ClientContext(InetAddress address, String userAgent, Map<String, String> clientHints,
		String acceptLanguage, String origin, boolean gpc, boolean dnt) {
}
