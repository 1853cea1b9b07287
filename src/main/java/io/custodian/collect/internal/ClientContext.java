package io.custodian.collect.internal;

import java.net.InetAddress;
import java.util.Map;

import io.custodian.collect.WireFormat;

/**
 * What the HTTP request tells about the client: address (proxies resolved), User-Agent, client hints, origin, and the
 * wire format it spoke (by the endpoint's path).
 */
public record ClientContext(InetAddress address, String userAgent, Map<String, String> clientHints,
		String acceptLanguage, String origin, boolean gpc, boolean dnt, WireFormat wire) {
}
