package io.custodian.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Deterministic synthetic analytics events over a number of days, with realistic skew: ~30% of sessions by returning
 * visitors (a pool of cookie visitors seen again and again), the rest new visitors (40% of them cookieless), 200 pages
 * with a Zipf-like popularity, 20 traffic sources, skewed browsers / OS / devices / countries, weekly seasonality and
 * growth, pageviews with engagement and action hits. Fast: one mutable {@link Event} reused, formatted directly to CSV
 * (H2 {@code CSVREAD}) or COPY text (PostgreSQL).
 */
public final class SyntheticEvents {

	/** Exactly the columns of {@code EventInsert.INSERT}, in its order. */
	public static final String[] COLUMNS = { "site_id", "occurred_at", "ingested_at", "type", "visitor_id", "session_id",
			"pageview_id", "cookieless", "url", "path", "title", "referrer", "source", "channel", "utm_source",
			"utm_medium", "utm_campaign", "utm_term", "utm_content", "browser", "browser_version", "os", "os_version",
			"device", "country", "region", "city", "language", "screen", "engaged_ms", "action_name", "action_kind",
			"action_target", "props", "ip", "bot", "consent_id" };

	public static final String COLUMN_LIST = String.join(", ", COLUMNS);

	public static final String DOMAIN = "bench.example";

	/** One event; fields are overwritten for every event. */
	public static final class Event {

		public UUID siteId;

		public long occurredAt;

		public long ingestedAt;

		public String type, visitorId, sessionId, pageviewId;

		public boolean cookieless;

		public String url, path, title, referrer, source, channel, utmSource, utmMedium, utmCampaign, utmTerm,
				utmContent, browser, browserVersion, os, osVersion, device, country, region, city, language, screen;

		public Integer engagedMs;

		public String actionName, actionKind, actionTarget, props, ip;

		public boolean bot;

		public String consentId;

		Object[] values() {
			return new Object[] { siteId, occurredAt, ingestedAt, type, visitorId, sessionId, pageviewId, cookieless,
					url, path, title, referrer, source, channel, utmSource, utmMedium, utmCampaign, utmTerm, utmContent,
					browser, browserVersion, os, osVersion, device, country, region, city, language, screen, engagedMs,
					actionName, actionKind, actionTarget, props, ip, bot, consentId };
		}
	}

	private static final String[] PAGES = new String[200];

	private static final String[] TITLES = new String[200];

	static {
		String[] fixed = { "/", "/pricing", "/features", "/about", "/contact", "/blog", "/docs", "/signup", "/login",
				"/privacy", "/terms", "/careers", "/products", "/cart", "/checkout", "/search", "/support", "/faq",
				"/changelog", "/status" };
		for (int i = 0; i < PAGES.length; i++) {
			if (i < fixed.length) {
				PAGES[i] = fixed[i];
			}
			else if (i < 90) {
				PAGES[i] = "/blog/post-" + (i - fixed.length + 1);
			}
			else if (i < 150) {
				PAGES[i] = "/products/item-" + (i - 89);
			}
			else {
				PAGES[i] = "/docs/guide/chapter-" + (i - 149);
			}
			var name = PAGES[i].equals("/") ? "Home" : PAGES[i].substring(PAGES[i].lastIndexOf('/') + 1);
			TITLES[i] = Character.toUpperCase(name.charAt(0)) + name.substring(1).replace('-', ' ') + " | Bench Shop";
		}
	}

	private static final double[] PAGE_CDF = zipf(PAGES.length, 1.05);

	/** referrer, source, channel, utm_source, utm_medium, utm_campaign, weight */
	private static final String[][] SOURCES = {
			{ null, "Direct", "direct", null, null, null, "30" },
			{ "https://www.google.com/", "Google", "search", null, null, null, "28" },
			{ "https://www.bing.com/", "Bing", "search", null, null, null, "4" },
			{ "https://duckduckgo.com/", "DuckDuckGo", "search", null, null, null, "3" },
			{ "https://search.yahoo.com/", "Yahoo", "search", null, null, null, "1" },
			{ "https://www.ecosia.org/", "Ecosia", "search", null, null, null, "1" },
			{ "https://www.facebook.com/", "Facebook", "social", null, null, null, "5" },
			{ "https://t.co/", "X", "social", null, null, null, "3" },
			{ "https://www.linkedin.com/", "LinkedIn", "social", null, null, null, "3" },
			{ "https://www.reddit.com/", "Reddit", "social", null, null, null, "3" },
			{ "https://www.instagram.com/", "Instagram", "social", null, null, null, "2" },
			{ "https://www.youtube.com/", "YouTube", "social", null, null, null, "2" },
			{ "https://news.ycombinator.com/", "Hacker News", "social", null, null, null, "2" },
			{ "https://github.com/", "GitHub", "referral", null, null, null, "2" },
			{ "https://stackoverflow.com/", "Stack Overflow", "referral", null, null, null, "1" },
			{ "https://en.wikipedia.org/", "Wikipedia", "referral", null, null, null, "1" },
			{ "https://partner-blog.example/", "partner-blog.example", "referral", null, null, null, "2" },
			{ null, "newsletter", "email", "newsletter", "email", "spring-sale", "4" },
			{ "https://www.google.com/", "google", "paid", "google", "cpc", "brand", "2" },
			{ "https://chatgpt.com/", "ChatGPT", "referral", null, null, null, "2" } };

	private static final double[] SOURCE_CDF = cdf(Arrays.stream(SOURCES).mapToDouble(s -> Double.parseDouble(s[6])).toArray());

	/** browser, version, os, os version, device, weight */
	private static final String[][] AGENTS = {
			{ "Chrome", "131.0.0.0", "Windows", "10", "desktop", "26" },
			{ "Chrome", "131.0.0.0", "Windows", "11", "desktop", "8" },
			{ "Chrome", "131.0.0.0", "Android", "14", "mobile", "17" },
			{ "Safari", "18.1", "iOS", "18.1", "mobile", "14" },
			{ "Chrome", "131.0.0.0", "macOS", "15", "desktop", "7" },
			{ "Safari", "18.1", "macOS", "15", "desktop", "5" },
			{ "Edge", "131.0.0.0", "Windows", "10", "desktop", "5" },
			{ "Firefox", "133.0", "Windows", "10", "desktop", "4" },
			{ "Firefox", "133.0", "Linux", null, "desktop", "1" },
			{ "Chrome", "131.0.0.0", "Linux", null, "desktop", "2" },
			{ "Samsung Internet", "27.0", "Android", "14", "mobile", "3" },
			{ "Safari", "18.1", "iPadOS", "18.1", "tablet", "2" },
			{ "Chrome", "131.0.0.0", "Android", "13", "tablet", "1" },
			{ "Opera", "115.0.0.0", "Windows", "10", "desktop", "1" } };

	private static final double[] AGENT_CDF = cdf(Arrays.stream(AGENTS).mapToDouble(a -> Double.parseDouble(a[5])).toArray());

	/** country, language, weight */
	private static final String[][] COUNTRIES = { { "US", "en-US", "30" }, { "DE", "de-DE", "12" },
			{ "GB", "en-GB", "8" }, { "FR", "fr-FR", "6" }, { "IN", "en-IN", "6" }, { "CA", "en-CA", "4" },
			{ "NL", "nl-NL", "3" }, { "BR", "pt-BR", "3" }, { "ES", "es-ES", "3" }, { "IT", "it-IT", "3" },
			{ "PL", "pl-PL", "2" }, { "AU", "en-AU", "2" }, { "JP", "ja-JP", "2" }, { "SE", "sv-SE", "1" },
			{ "CH", "de-CH", "1" }, { "AT", "de-AT", "1" }, { "MX", "es-MX", "1" }, { "TR", "tr-TR", "1" },
			{ "KR", "ko-KR", "1" }, { "ZA", "en-ZA", "1" } };

	private static final double[] COUNTRY_CDF = cdf(Arrays.stream(COUNTRIES).mapToDouble(c -> Double.parseDouble(c[2])).toArray());

	private static final String[] DESKTOP_SCREENS = { "1920x1080", "2560x1440", "1536x864", "1440x900", "1366x768" };

	private static final String[] MOBILE_SCREENS = { "390x844", "393x873", "412x915", "360x800", "430x932" };

	private static final String[] TABLET_SCREENS = { "820x1180", "768x1024", "1024x1366" };

	private final UUID siteId;

	private final LocalDate firstDay;

	private final int days;

	private final long total;

	private final long seed;

	private final int returningPool;

	public SyntheticEvents(UUID siteId, LocalDate firstDay, int days, long total, long seed) {
		this.siteId = siteId;
		this.firstDay = firstDay;
		this.days = days;
		this.total = total;
		this.seed = seed;
		// ~4 events per session, 30% of sessions by returning visitors with ~5 sessions each over the period
		this.returningPool = (int) Math.max(50, total * 0.3 / 4 / 5);
	}

	public long total() {
		return total;
	}

	public LocalDate firstDay() {
		return firstDay;
	}

	public int days() {
		return days;
	}

	/** The id of returning visitor {@code i} (cookie visitors, each with several sessions). */
	public String returningVisitor(int i) {
		return hex16(mix(seed ^ 0x5eed_0000L ^ (i % returningPool)));
	}

	/** Calls {@code sink} exactly {@link #total()} times, in (roughly) time order, with the same mutable event. */
	public void generate(Consumer<Event> sink) {
		var random = new SplittableRandom(seed);
		var weights = new double[days];
		double sum = 0;
		for (int d = 0; d < days; d++) {
			var dow = firstDay.plusDays(d).getDayOfWeek().getValue();
			weights[d] = (dow >= 6 ? 0.7 : 1.0) * (1 + 0.3 * d / Math.max(1, days - 1)) * (0.9 + 0.2 * random.nextDouble());
			sum += weights[d];
		}
		var e = new Event();
		e.siteId = siteId;
		long emitted = 0;
		for (int d = 0; d < days; d++) {
			long target = d == days - 1 ? total - emitted : Math.min(total - emitted, Math.round(total * weights[d] / sum));
			long dayStart = firstDay.plusDays(d).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
			// ~4 events per session; exponential gaps spread the sessions over the day in time order
			double meanGap = 86_400_000.0 / Math.max(1, target / 4.0);
			double t = 0;
			long count = 0;
			while (count < target) {
				t += -Math.log(1 - random.nextDouble()) * meanGap;
				long sessionStart = dayStart + (long) Math.min(t, 86_399_000);
				count += session(random, e, sessionStart, target - count, sink);
			}
			emitted += count;
		}
	}

	private int session(SplittableRandom random, Event e, long start, long budget, Consumer<Event> sink) {
		boolean returning = random.nextDouble() < 0.3;
		boolean cookieless = !returning && random.nextDouble() < 0.4;
		if (returning) {
			e.visitorId = returningVisitor(random.nextInt(returningPool));
		}
		else if (cookieless) {
			e.visitorId = "h" + hex16(random.nextLong()) + hex16(random.nextLong()).substring(0, 8);
		}
		else {
			e.visitorId = hex16(random.nextLong());
		}
		e.cookieless = cookieless;
		e.sessionId = cookieless ? e.visitorId : hex16(random.nextLong());
		e.consentId = cookieless || random.nextDouble() < 0.5 ? null : "c-" + hex16(random.nextLong()).substring(0, 10);
		// a visitor keeps a browser; derive it from the visitor id for returning visitors
		var agentRandom = returning ? new SplittableRandom(e.visitorId.hashCode()) : random;
		var agent = AGENTS[pick(AGENT_CDF, agentRandom.nextDouble())];
		var country = COUNTRIES[pick(COUNTRY_CDF, agentRandom.nextDouble())];
		e.browser = agent[0];
		e.browserVersion = agent[1];
		e.os = agent[2];
		e.osVersion = agent[3];
		e.device = agent[4];
		e.country = country[0];
		e.language = country[1];
		e.region = null;
		e.city = null;
		e.screen = switch (e.device) {
			case "mobile" -> MOBILE_SCREENS[agentRandom.nextInt(MOBILE_SCREENS.length)];
			case "tablet" -> TABLET_SCREENS[agentRandom.nextInt(TABLET_SCREENS.length)];
			default -> DESKTOP_SCREENS[agentRandom.nextInt(DESKTOP_SCREENS.length)];
		};
		e.ip = (1 + agentRandom.nextInt(222)) + "." + agentRandom.nextInt(256) + "." + agentRandom.nextInt(256) + ".0";
		e.bot = random.nextDouble() < 0.015;
		var source = SOURCES[pick(SOURCE_CDF, random.nextDouble())];
		e.referrer = source[0];
		e.source = source[1];
		e.channel = source[2];
		e.utmSource = source[3];
		e.utmMedium = source[4];
		e.utmCampaign = source[5];
		e.utmTerm = null;
		e.utmContent = null;
		int pageviews = 1;
		while (pageviews < 30 && random.nextDouble() < 0.55) {
			pageviews++;
		}
		long time = start;
		int emitted = 0;
		String previousUrl = null;
		for (int p = 0; p < pageviews && emitted < budget; p++) {
			int page = pick(PAGE_CDF, random.nextDouble());
			e.path = PAGES[page];
			e.title = TITLES[page];
			e.url = "https://" + DOMAIN + e.path
					+ (p == 0 && e.utmSource != null ? "?utm_source=" + e.utmSource + "&utm_medium=" + e.utmMedium
							+ "&utm_campaign=" + e.utmCampaign : "");
			if (previousUrl != null) {
				e.referrer = previousUrl;
			}
			e.pageviewId = hex16(random.nextLong());
			e.type = "pageview";
			e.engagedMs = null;
			e.actionName = null;
			e.actionKind = null;
			e.actionTarget = null;
			e.props = null;
			emit(e, time, random, sink);
			emitted++;
			long engaged = (long) Math.min(1_800_000, Math.exp(9 + 1.3 * random.nextGaussian()));
			if (emitted < budget && random.nextDouble() < 0.75) {
				e.type = "engagement";
				e.engagedMs = (int) Math.max(1, engaged);
				emit(e, time + engaged, random, sink);
				emitted++;
			}
			if (emitted < budget && random.nextDouble() < 0.08) {
				e.type = "action";
				e.engagedMs = null;
				if (random.nextBoolean()) {
					e.actionName = "Outbound Link";
					e.actionKind = "outbound";
					e.actionTarget = "https://partner-" + random.nextInt(40) + ".example/offer";
				}
				else {
					e.actionName = "File Download";
					e.actionKind = "download";
					e.actionTarget = "https://" + DOMAIN + "/files/brochure-" + random.nextInt(20) + ".pdf";
				}
				emit(e, time + engaged / 2, random, sink);
				emitted++;
			}
			previousUrl = e.url;
			time += engaged + 500 + random.nextInt(5_000);
		}
		return emitted;
	}

	private static void emit(Event e, long time, SplittableRandom random, Consumer<Event> sink) {
		e.occurredAt = time;
		e.ingestedAt = time + 20 + random.nextInt(400);
		sink.accept(e);
	}

	// ---------------------------------------------------------------- formats

	/** Appends one CSV line for H2's {@code CSVREAD} (empty unquoted field = NULL, strings quoted). */
	public static void csv(Event e, StringBuilder out) {
		var values = e.values();
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			var v = values[i];
			if (v == null) {
				continue;
			}
			if (i == 1 || i == 2) {
				timestamp((Long) v, out);
			}
			else if (v instanceof String s) {
				out.append('"');
				if (s.indexOf('"') >= 0) {
					out.append(s.replace("\"", "\"\""));
				}
				else {
					out.append(s);
				}
				out.append('"');
			}
			else {
				out.append(v);
			}
		}
		out.append('\n');
	}

	/** The header line for {@link #csv}. */
	public static String csvHeader() {
		return COLUMN_LIST.replace(" ", "") + "\n";
	}

	/** Appends one line of PostgreSQL COPY text format (tab separated, {@code \N} = NULL). */
	public static void copyText(Event e, StringBuilder out) {
		var values = e.values();
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append('\t');
			}
			var v = values[i];
			if (v == null) {
				out.append("\\N");
			}
			else if (i == 1 || i == 2) {
				timestamp((Long) v, out);
			}
			else if (v instanceof String s) {
				for (int c = 0; c < s.length(); c++) {
					char ch = s.charAt(c);
					switch (ch) {
						case '\\' -> out.append("\\\\");
						case '\t' -> out.append("\\t");
						case '\n' -> out.append("\\n");
						case '\r' -> out.append("\\r");
						default -> out.append(ch);
					}
				}
			}
			else {
				out.append(v);
			}
		}
		out.append('\n');
	}

	public static byte[] bytes(StringBuilder out) {
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	/** {@code yyyy-MM-dd HH:mm:ss.SSS+00:00}, UTC. */
	static void timestamp(long epochMillis, StringBuilder out) {
		long days = Math.floorDiv(epochMillis, 86_400_000L);
		long ms = Math.floorMod(epochMillis, 86_400_000L);
		var date = LocalDate.ofEpochDay(days);
		out.append(date.getYear()).append('-');
		two(date.getMonthValue(), out);
		out.append('-');
		two(date.getDayOfMonth(), out);
		out.append(' ');
		two((int) (ms / 3_600_000), out);
		out.append(':');
		two((int) (ms / 60_000 % 60), out);
		out.append(':');
		two((int) (ms / 1000 % 60), out);
		out.append('.');
		int milli = (int) (ms % 1000);
		out.append((char) ('0' + milli / 100)).append((char) ('0' + milli / 10 % 10)).append((char) ('0' + milli % 10));
		out.append("+00:00");
	}

	private static void two(int v, StringBuilder out) {
		out.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
	}

	static String hex16(long v) {
		var c = new char[16];
		for (int i = 15; i >= 0; i--) {
			c[i] = HEX[(int) (v & 0xf)];
			v >>>= 4;
		}
		return new String(c);
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

	private static double[] zipf(int n, double s) {
		var w = new double[n];
		for (int i = 0; i < n; i++) {
			w[i] = 1 / Math.pow(i + 1, s);
		}
		return cdf(w);
	}

	private static double[] cdf(double[] weights) {
		var c = new double[weights.length];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			c[i] = sum;
		}
		for (int i = 0; i < c.length; i++) {
			c[i] /= sum;
		}
		return c;
	}

	private static int pick(double[] cdf, double u) {
		int i = Arrays.binarySearch(cdf, u);
		return Math.min(cdf.length - 1, i >= 0 ? i : -i - 1);
	}
}
