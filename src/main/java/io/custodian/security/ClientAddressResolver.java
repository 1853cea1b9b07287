package io.custodian.security;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Finds the client's address: the socket peer, unless that peer is a trusted proxy, in which case the forwarding
 * headers are walked from the right, past further trusted proxies, to the first address that is not one.
 * {@code X-Forwarded-For} is read when present, else {@code Forwarded: for=}. An entry that is not an IP literal
 * ({@code unknown}, an obfuscated node, garbage) ends the walk at the nearest trusted hop, because whatever stands
 * left of it may be forged.
 */
public final class ClientAddressResolver {

	/** The request attribute that keeps a request's resolved address: the limits and the hit read it once. */
	private static final String RESOLVED = ClientAddressResolver.class.getName() + ".resolved";

	private final List<IpAddressMatcher> trustedProxies;

	/** {@code trustedCidrs}: addresses or CIDR ranges of the proxies in front of Custodian; empty trusts no header. */
	public ClientAddressResolver(List<String> trustedCidrs) {
		List<IpAddressMatcher> matchers = new ArrayList<>();
		for (String cidr : trustedCidrs) {
			String range = cidr.strip();
			int slash = range.indexOf('/');
			if (IpLiterals.parse(slash < 0 ? range : range.substring(0, slash)).isEmpty()) {
				throw new IllegalArgumentException("Not an IP address or CIDR range: " + cidr);
			}
			matchers.add(new IpAddressMatcher(range));
		}
		this.trustedProxies = List.copyOf(matchers);
	}

	/** The client address of a servlet request. */
	public Optional<InetAddress> resolve(HttpServletRequest request) {
		@SuppressWarnings("unchecked")
		var known = (Optional<InetAddress>) request.getAttribute(RESOLVED);
		if (known == null) {
			known = resolve(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")),
					Collections.list(request.getHeaders("Forwarded")));
			request.setAttribute(RESOLVED, known);
		}
		return known;
	}

	/** The client address given the socket peer and every value of the two forwarding headers, in arrival order. */
	public Optional<InetAddress> resolve(String peerAddress, List<String> xForwardedFor, List<String> forwarded) {
		Optional<InetAddress> peer = IpLiterals.parse(peerAddress);
		if (peer.isEmpty() || !isTrusted(peer.get())) {
			return peer;
		}
		List<String> hops = xForwardedFor.stream().anyMatch(value -> !value.isBlank()) ? splitForwardedFor(xForwardedFor)
				: forwardedFor(forwarded);
		InetAddress client = peer.get();
		for (int i = hops.size() - 1; i >= 0; i--) {
			Optional<InetAddress> hop = IpLiterals.parse(withoutPort(hops.get(i)));
			if (hop.isEmpty()) {
				break;
			}
			client = hop.get();
			if (!isTrusted(client)) {
				break;
			}
		}
		return Optional.of(client);
	}

	private boolean isTrusted(InetAddress address) {
		String text = address.getHostAddress();
		return trustedProxies.stream().anyMatch(matcher -> matcher.matches(text));
	}

	private static List<String> splitForwardedFor(List<String> values) {
		List<String> hops = new ArrayList<>();
		for (String value : values) {
			for (String hop : value.split(",")) {
				hops.add(hop.strip());
			}
		}
		return hops;
	}

	private static List<String> forwardedFor(List<String> values) {
		List<String> hops = new ArrayList<>();
		for (String element : splitForwardedFor(values)) {
			String node = "";
			for (String pair : element.split(";")) {
				int equals = pair.indexOf('=');
				if (equals > 0 && pair.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("for")) {
					node = pair.substring(equals + 1).strip().replace("\"", "");
				}
			}
			hops.add(node);
		}
		return hops;
	}

	private static String withoutPort(String hop) {
		if (hop.startsWith("[")) {
			int close = hop.indexOf(']');
			return close > 0 ? hop.substring(1, close) : hop;
		}
		int colon = hop.indexOf(':');
		if (colon > 0 && colon == hop.lastIndexOf(':') && hop.indexOf('.') > 0) {
			return hop.substring(0, colon);
		}
		return hop;
	}
}
