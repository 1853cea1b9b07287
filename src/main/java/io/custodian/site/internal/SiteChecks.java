package io.custodian.site.internal;

import java.net.IDN;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.custodian.security.IpLiterals;
import io.custodian.site.CookieMode;
import io.custodian.site.NewSite;
import io.custodian.site.Site;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/** The registry's rules for a site's name, domains, time zone, cookie mode and excluded addresses. */
final class SiteChecks {

	private static final Pattern DOMAIN = Pattern.compile("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$");

	private static final int MAX_NAME = 200;

	private static final int MAX_DOMAINS = 50;

	private SiteChecks() {
	}

	/**
	 * The site as it would be stored (without id, tracking id and creation time): {@code site}'s values, those it
	 * leaves null taken from {@code current} (null when registering) or the defaults; refuses it with every problem.
	 */
	static Site check(NewSite site, Site current) {
		var errors = new ArrayList<FieldError>();
		var name = name(site, current, errors);
		var domains = site.domains() != null ? domains(site.domains(), errors) : current != null ? current.domains() : List.<String>of();
		if (domains.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("domains"))) {
			errors.add(new FieldError("domains", "name at least one domain, such as example.com"));
		}
		var zone = zone(site, current, errors);
		var mode = cookieMode(site, current, errors);
		var excluded = site.excludedIps() != null ? site.excludedIps() : current != null ? current.excludedIps() : List.<String>of();
		for (var cidr : excluded) {
			if (!validCidr(cidr)) {
				errors.add(new FieldError("excludedIps", "'" + cidr + "' is not an IP address or CIDR range"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new Site(null, 0, name, domains, zone, mode, excluded, null);
	}

	private static String name(NewSite site, Site current, List<FieldError> errors) {
		var name = site.name() != null ? site.name().strip() : current != null ? current.name() : null;
		if (name == null || name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
			errors.add(new FieldError("name", "is required, up to 200 characters without control characters"));
		}
		return name;
	}

	private static ZoneId zone(NewSite site, Site current, List<FieldError> errors) {
		var zone = current != null ? current.timeZone() : ZoneId.of("UTC");
		if (site.timeZone() == null) {
			return zone;
		}
		try {
			return ZoneId.of(site.timeZone());
		}
		catch (DateTimeException e) {
			errors.add(new FieldError("timeZone", "must be an IANA time zone such as Europe/Berlin"));
			return zone;
		}
	}

	private static CookieMode cookieMode(NewSite site, Site current, List<FieldError> errors) {
		if (site.cookieMode() == null) {
			return current != null ? current.cookieMode() : CookieMode.COOKIELESS;
		}
		var mode = CookieMode.fromId(site.cookieMode()).orElse(null);
		if (mode == null) {
			errors.add(new FieldError("cookieMode", "must be cookieless or none"));
		}
		return mode;
	}

	private static List<String> domains(List<String> raw, List<FieldError> errors) {
		var domains = new LinkedHashSet<String>();
		for (var value : raw) {
			var d = asciiDomain(value);
			if (!DOMAIN.matcher(d).matches()) {
				errors.add(new FieldError("domains", "'" + value + "' is not a domain name (no scheme, no path)"));
			}
			else {
				domains.add(d);
			}
		}
		if (domains.size() > MAX_DOMAINS) {
			errors.add(new FieldError("domains", "at most 50 domains"));
		}
		return List.copyOf(domains);
	}

	/** Lower case, without {@code www.}, in its ASCII (punycode) form; empty when it cannot be converted. */
	private static String asciiDomain(String value) {
		var d = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
		if (d.startsWith("www.")) {
			d = d.substring(4);
		}
		try {
			return IDN.toASCII(d);
		}
		catch (IllegalArgumentException e) {
			return "";
		}
	}

	private static boolean validCidr(String cidr) {
		if (cidr == null || cidr.isBlank() || IpLiterals.parse(cidr.split("/")[0]).isEmpty()) {
			return false;
		}
		try {
			new IpAddressMatcher(cidr);
			return true;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}
}
