package io.custodian.collect.internal.enrich;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import nl.basjes.parse.useragent.UserAgent;
import nl.basjes.parse.useragent.UserAgentAnalyzer;

/**
 * Turns the User-Agent header and User-Agent Client Hints (as headers, or as the tracker's copy of
 * {@code navigator.userAgentData}) into a {@link ClientInfo}. Flags crawlers, scripts, HTTP libraries and headless
 * browsers as bots, and an empty User-Agent too. Windows is named "Windows" with version 7, 8, 10 or 11; a frozen
 * "Windows NT 10.0" without a platform-version hint leaves the version unknown, since it may be 10 or 11. Trailing
 * ".0" parts of OS versions are dropped. Never throws for odd input. Building one takes a few seconds: share it.
 */
public final class UserAgentEnricher {

	static final String USER_AGENT = "User-Agent";

	private static final int MAX_USER_AGENT_LENGTH = 2048;

	private static final List<String> NON_BROWSER_MARKERS = List.of("headlesschrome", "bot/", "bot;", "crawler",
			"spider", "curl/", "wget/", "python-", "python/", "httpx", "aiohttp", "go-http-client", "java/", "okhttp",
			"apache-httpclient", "libwww-perl", "node-fetch", "axios/", "undici", "phantomjs", "puppeteer", "playwright",
			"lighthouse", "scrapy", "postmanruntime", "insomnia", "guzzlehttp", "httpie", "powershell");

	private static final Set<String> ROBOT_CLASSES = Set.of("Robot", "Robot Mobile", "Robot Imitator", "Spy", "Hacker",
			"Cloud Application", "Special", "Testclient");

	private static final Pattern TRAILING_ZEROS = Pattern.compile("(\\.0)+$");

	private final UserAgentAnalyzer analyzer;

	private final Cache<String, ClientInfo> clients;

	/** {@code cacheSize}: how many distinct User-Agent and hint combinations to remember. */
	public UserAgentEnricher(int cacheSize) {
		this.clients = Caffeine.newBuilder().maximumSize(cacheSize).build();
		this.analyzer = UserAgentAnalyzer.newBuilder()
			.hideMatcherLoadStats()
			.withoutCache()
			.withoutClientHintsCache()
			.withUserAgentMaxLength(MAX_USER_AGENT_LENGTH)
			.withFields(UserAgent.DEVICE_CLASS, UserAgent.AGENT_CLASS, UserAgent.AGENT_NAME, UserAgent.AGENT_VERSION,
					UserAgent.OPERATING_SYSTEM_NAME, UserAgent.OPERATING_SYSTEM_VERSION)
			.dropTests()
			.immediateInitialization()
			.build();
	}

	/** The client described by a User-Agent string alone. */
	public ClientInfo enrich(String userAgent) {
		return enrich(userAgent == null ? Map.of() : Map.of(USER_AGENT, userAgent), null);
	}

	/**
	 * The client described by request headers (names in any case; User-Agent and Sec-CH-UA* count), completed by the
	 * tracker's client hints when given: those win over headers of the same meaning.
	 */
	public ClientInfo enrich(Map<String, String> headers, UserAgentData hints) {
		Map<String, String> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.forEach((name, value) -> {
			if (name != null && value != null && (name.equalsIgnoreCase(USER_AGENT) || analyzer.isSupportedClientHintHeader(name))) {
				all.put(name, value);
			}
		});
		if (hints != null) {
			all.putAll(hints.asHeaders());
		}
		String userAgent = all.getOrDefault(USER_AGENT, "").strip();
		if (userAgent.isEmpty()) {
			return new ClientInfo(null, null, null, null, "bot", true);
		}
		return clients.get(all.toString(), key -> parse(all, userAgent));
	}

	private ClientInfo parse(Map<String, String> all, String userAgent) {
		try {
			return describe(analyzer.parse(Map.copyOf(all)), userAgent);
		}
		catch (RuntimeException ex) {
			return new ClientInfo(null, null, null, null, "other", looksScripted(userAgent));
		}
	}

	private static ClientInfo describe(UserAgent agent, String userAgent) {
		String deviceClass = agent.getValue(UserAgent.DEVICE_CLASS);
		boolean bot = ROBOT_CLASSES.contains(deviceClass) || ROBOT_CLASSES.contains(agent.getValue(UserAgent.AGENT_CLASS))
				|| looksScripted(userAgent);
		String osName = known(agent.getValue(UserAgent.OPERATING_SYSTEM_NAME));
		String osVersion = known(agent.getValue(UserAgent.OPERATING_SYSTEM_VERSION));
		return new ClientInfo(known(agent.getValue(UserAgent.AGENT_NAME)), known(agent.getValue(UserAgent.AGENT_VERSION)),
				"Windows NT".equals(osName) ? "Windows" : osName, osVersion == null ? null : TRAILING_ZEROS.matcher(osVersion).replaceFirst(""),
				bot ? "bot" : deviceType(deviceClass), bot);
	}

	private static boolean looksScripted(String userAgent) {
		String lower = userAgent.toLowerCase(Locale.ROOT);
		return NON_BROWSER_MARKERS.stream().anyMatch(lower::contains);
	}

	private static String deviceType(String deviceClass) {
		return switch (deviceClass) {
			case "Desktop" -> "desktop";
			case "Phone", "Mobile", "Watch" -> "mobile";
			case "Tablet", "eReader" -> "tablet";
			case "TV", "Set-top box" -> "tv";
			case "Game Console", "Handheld Game Console" -> "console";
			case null, default -> "other";
		};
	}

	private static String known(String value) {
		if (value == null || value.isBlank() || value.startsWith("Unknown") || value.equals("??")) {
			return null;
		}
		return value;
	}
}
