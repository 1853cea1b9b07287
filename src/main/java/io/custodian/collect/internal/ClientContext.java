package io.custodian.collect.internal;

import java.net.InetAddress;
import java.util.Map;

/**
 * What the HTTP request tells about the client: address (proxies resolved), User-Agent, client hints, origin, and the
 * wire format it spoke ({@link #UMAMI}, {@link #MATOMO}, {@link #PLAUSIBLE}, else null for Custodian's own).
 */
public record ClientContext(InetAddress address, String userAgent, Map<String, String> clientHints,
		String acceptLanguage, String origin, boolean gpc, boolean dnt, String wire) {

	public static final String UMAMI = "umami";

	public static final String MATOMO = "matomo";

	public static final String PLAUSIBLE = "plausible";

	/** The wire format of a collection endpoint's path. */
	public static String wireOf(String path) {
		if (path == null) {
			return null;
		}
		return switch (path) {
			case "/api/send" -> UMAMI;
			case "/matomo.php", "/piwik.php" -> MATOMO;
			case "/api/event" -> PLAUSIBLE;
			default -> null;
		};
	}
}
