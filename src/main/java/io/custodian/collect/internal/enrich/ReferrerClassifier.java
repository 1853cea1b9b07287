package io.custodian.collect.internal.enrich;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.custodian.collect.internal.enrich.KnownSources.KnownSource;

/**
 * Tells where a visit came from, given the landing page URL, the referrer URL and the site's own domains. Paid clicks
 * (a paid {@code utm_medium} or an ad click id) are {@code paid}; mail media and webmail referrers {@code email}; other
 * tagged links ({@code utm_*}, {@code mtm_*}, {@code pk_*}, {@code ref}, {@code source}) {@code campaign}; no referrer
 * or one from the site itself {@code direct}; known search engines {@code search}, social networks {@code social}; any
 * other referrer {@code referral}. A tagged source names the source when present, as Plausible does. Never throws.
 */
public final class ReferrerClassifier {

	private static final Set<String> PAID_MEDIA = Set.of("cpc", "ppc", "cpm", "cpv", "cpa", "paid", "paidsearch",
			"paid_search", "paid-search", "paidsocial", "paid_social", "paid-social", "display", "banner", "ads");

	private static final Set<String> EMAIL_MEDIA = Set.of("email", "e-mail", "e_mail", "mail", "newsletter");

	private static final List<String> PAID_CLICK_IDS = List.of("gclid", "gbraid", "wbraid", "dclid", "msclkid");

	/** The source and channel of a visit; {@code siteDomains} are the site's own hosts, subdomains included. */
	public TrafficSource classify(String pageUrl, String referrerUrl, Collection<String> siteDomains) {
		Map<String, String> query = Urls.queryParameters(pageUrl);
		String utmSource = first(query, "utm_source", "mtm_source", "pk_source");
		String utmMedium = first(query, "utm_medium", "mtm_medium", "pk_medium");
		String utmCampaign = first(query, "utm_campaign", "mtm_campaign", "mtm_cpn", "pk_campaign", "pk_cpn");
		String utmTerm = first(query, "utm_term", "mtm_keyword", "mtm_kwd", "pk_keyword", "pk_kwd");
		String utmContent = first(query, "utm_content", "mtm_content", "pk_content");
		String tag = utmSource != null ? utmSource : query.get("ref") != null ? query.get("ref") : query.get("source");
		boolean tagged = tag != null || utmMedium != null || utmCampaign != null || utmTerm != null || utmContent != null;

		String referrerHost = Urls.host(referrerUrl);
		boolean external = referrerHost != null && !isOwn(referrerHost, Urls.host(pageUrl), siteDomains);
		Optional<KnownSource> known = external ? KnownSources.byHost(referrerHost) : Optional.empty();

		String medium = utmMedium == null ? "" : utmMedium.toLowerCase(Locale.ROOT);
		String channel;
		if (PAID_MEDIA.contains(medium) || PAID_CLICK_IDS.stream().anyMatch(query::containsKey)) {
			channel = "paid";
		}
		else if (EMAIL_MEDIA.contains(medium) || known.map(KnownSource::channel).filter("email"::equals).isPresent()) {
			channel = "email";
		}
		else if (tagged) {
			channel = "campaign";
		}
		else if (!external) {
			channel = "direct";
		}
		else {
			channel = known.map(KnownSource::channel).orElse("referral");
		}
		return new TrafficSource(source(tag, known, external ? referrerHost : null), channel, utmSource, utmMedium,
				utmCampaign, utmTerm, utmContent);
	}

	private static String source(String tag, Optional<KnownSource> known, String externalHost) {
		if (tag != null) {
			return KnownSources.byTag(tag).map(KnownSource::name).orElse(tag);
		}
		if (externalHost == null) {
			return "Direct";
		}
		return known.map(KnownSource::name).orElse(withoutWww(externalHost));
	}

	private static boolean isOwn(String referrerHost, String pageHost, Collection<String> siteDomains) {
		String host = withoutWww(referrerHost);
		if (covers(host, pageHost)) {
			return true;
		}
		for (String domain : siteDomains) {
			if (covers(host, domain)) {
				return true;
			}
		}
		return false;
	}

	private static boolean covers(String host, String domain) {
		if (domain == null || domain.isBlank()) {
			return false;
		}
		String own = withoutWww(domain.strip().toLowerCase(Locale.ROOT));
		return host.equals(own) || (host.endsWith(own) && host.charAt(host.length() - own.length() - 1) == '.');
	}

	private static String withoutWww(String host) {
		return host.startsWith("www.") ? host.substring(4) : host;
	}

	private static String first(Map<String, String> query, String... names) {
		if (query.isEmpty()) {
			return null;
		}
		for (String name : names) {
			String value = query.get(name);
			if (value != null) {
				return value;
			}
		}
		return null;
	}
}
