package io.custodian.collect.internal;

import java.net.IDN;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.collect.CookieMode;
import io.custodian.collect.NewSite;
import io.custodian.collect.Site;
import io.custodian.collect.Sites;
import io.custodian.collect.internal.enrich.IpLiterals;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;
import io.custodian.system.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Sites in the database, cached in memory for the collection path. */
@Repository
class JdbcSites implements Sites {

	private static final Pattern DOMAIN = Pattern.compile("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$");

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private volatile Snapshot snapshot = new Snapshot(List.of(), Instant.EPOCH);

	JdbcSites(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	@Transactional
	public Site register(NewSite site) {
		var checked = check(site, null);
		var trackingId = jdbc.sql("SELECT nextval('site_tracking_ids')").query(Integer.class).single();
		var created = new Site(UUID.randomUUID(), trackingId, checked.name(), checked.domains(), checked.timeZone(),
				checked.cookieMode(), checked.excludedIps(), Instant.now());
		jdbc.sql("""
				INSERT INTO sites (id, tracking_id, name, domains, time_zone, cookie_mode, excluded_ips, created_at)
				VALUES (:id, :tracking, :name, :domains, :zone, :mode, :excluded, :created)""")
			.param("id", created.id())
			.param("tracking", trackingId)
			.param("name", created.name())
			.param("domains", String.join(",", created.domains()))
			.param("zone", created.timeZone().getId())
			.param("mode", created.cookieMode().id())
			.param("excluded", String.join(",", created.excludedIps()))
			.param("created", OffsetDateTime.ofInstant(created.createdAt(), ZoneOffset.UTC))
			.update();
		audit.record(AuditEvent.of("site.registered", "site:" + created.id()));
		forgetAfterCommit();
		return created;
	}

	@Override
	@Transactional
	public Site update(UUID id, NewSite changes) {
		var current = find(id).orElseThrow(() -> Problems.notFound("Site " + id));
		var checked = check(changes, current);
		jdbc.sql("""
				UPDATE sites SET name = :name, domains = :domains, time_zone = :zone, cookie_mode = :mode,
				       excluded_ips = :excluded WHERE id = :id""")
			.param("id", id)
			.param("name", checked.name())
			.param("domains", String.join(",", checked.domains()))
			.param("zone", checked.timeZone().getId())
			.param("mode", checked.cookieMode().id())
			.param("excluded", String.join(",", checked.excludedIps()))
			.update();
		audit.record(AuditEvent.of("site.updated", "site:" + id));
		forgetAfterCommit();
		return all().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
	}

	@Override
	public Optional<Site> find(UUID id) {
		return lookup(site -> site.id().equals(id));
	}

	@Override
	public Optional<Site> findByTrackingId(int trackingId) {
		return lookup(site -> site.trackingId() == trackingId);
	}

	@Override
	public Optional<Site> findByDomain(String domain) {
		if (domain == null) {
			return Optional.empty();
		}
		var d = domain.trim().toLowerCase(Locale.ROOT);
		var host = d.startsWith("www.") ? d.substring(4) : d;
		return lookup(site -> site.domains().contains(host));
	}

	@Override
	public List<Site> all() {
		return jdbc.sql("SELECT * FROM sites ORDER BY name").query(JdbcSites::map).list();
	}

	/** Looks in the snapshot of all sites; a miss reloads it (at most once a second), so other nodes' sites appear. */
	private Optional<Site> lookup(java.util.function.Predicate<Site> matches) {
		var found = snapshot.sites().stream().filter(matches).findFirst();
		if (found.isEmpty() && snapshot.loadedAt().isBefore(Instant.now().minusSeconds(1))) {
			reload();
			found = snapshot.sites().stream().filter(matches).findFirst();
		}
		return found;
	}

	private void forgetAfterCommit() {
		snapshot = new Snapshot(List.of(), Instant.EPOCH);
		if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
			org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
					new org.springframework.transaction.support.TransactionSynchronization() {
						@Override
						public void afterCommit() {
							snapshot = new Snapshot(List.of(), Instant.EPOCH);
						}
					});
		}
	}

	private void reload() {
		snapshot = new Snapshot(all(), Instant.now());
	}

	private record Snapshot(List<Site> sites, Instant loadedAt) {
	}

	private Site check(NewSite site, Site current) {
		var errors = new ArrayList<FieldError>();
		var name = site.name() != null ? site.name().strip() : current != null ? current.name() : null;
		if (name == null || name.isEmpty() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
			errors.add(new FieldError("name", "is required, up to 200 characters without control characters"));
		}
		var domains = site.domains() != null ? domains(site.domains(), errors) : current != null ? current.domains() : List.<String>of();
		if (domains.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("domains"))) {
			errors.add(new FieldError("domains", "name at least one domain, such as example.com"));
		}
		ZoneId zone = current != null ? current.timeZone() : ZoneId.of("UTC");
		if (site.timeZone() != null) {
			try {
				zone = ZoneId.of(site.timeZone());
			}
			catch (DateTimeException e) {
				errors.add(new FieldError("timeZone", "must be an IANA time zone such as Europe/Berlin"));
			}
		}
		var mode = current != null ? current.cookieMode() : CookieMode.COOKIELESS;
		if (site.cookieMode() != null) {
			mode = CookieMode.fromId(site.cookieMode()).orElse(null);
			if (mode == null) {
				errors.add(new FieldError("cookieMode", "must be cookieless or none"));
			}
		}
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

	private static List<String> domains(List<String> raw, List<FieldError> errors) {
		var domains = new LinkedHashSet<String>();
		for (var value : raw) {
			var d = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
			if (d.startsWith("www.")) {
				d = d.substring(4);
			}
			try {
				d = IDN.toASCII(d);
			}
			catch (IllegalArgumentException e) {
				d = "";
			}
			if (!DOMAIN.matcher(d).matches()) {
				errors.add(new FieldError("domains", "'" + value + "' is not a domain name (no scheme, no path)"));
			}
			else {
				domains.add(d);
			}
		}
		if (domains.size() > 50) {
			errors.add(new FieldError("domains", "at most 50 domains"));
		}
		return List.copyOf(domains);
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

	private static Site map(ResultSet rs, int row) throws SQLException {
		var excluded = rs.getString("excluded_ips");
		return new Site(rs.getObject("id", UUID.class), rs.getInt("tracking_id"), rs.getString("name"),
				Arrays.asList(rs.getString("domains").split(",")), ZoneId.of(rs.getString("time_zone")),
				CookieMode.fromId(rs.getString("cookie_mode")).orElse(CookieMode.COOKIELESS),
				excluded.isEmpty() ? List.of() : Arrays.asList(excluded.split(",")),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}
}
