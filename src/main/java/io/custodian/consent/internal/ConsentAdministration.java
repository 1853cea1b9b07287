package io.custodian.consent.internal;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.audit.HashChain;
import io.custodian.collect.Sites;
import io.custodian.consent.BannerConfig;
import io.custodian.consent.BannerSettings;
import io.custodian.consent.CookieDeclaration;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;
import io.custodian.system.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What staff change: banner settings, the site token, the cookie declaration, privacy statement versions. */
@Service
public class ConsentAdministration {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Sites sites;

	private final ConsentConfigs configs;

	private final ConsentDesk desk;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	ConsentAdministration(Sites sites, ConsentConfigs configs, ConsentDesk desk, AuditTrail audit, JdbcClient jdbc) {
		this.sites = sites;
		this.configs = configs;
		this.desk = desk;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	@Transactional
	public BannerConfig update(UUID site, BannerSettings settings) {
		requireSite(site);
		var current = configs.find(site);
		var errors = new ArrayList<FieldError>();
		var categories = settings.categories() == null ? current.categories() : checkCategories(settings.categories(), "categories", errors);
		if (!categories.contains("necessary")) {
			errors.add(new FieldError("categories", "must include necessary"));
		}
		var gpc = settings.gpcCategories() == null ? current.gpcCategories() : checkCategories(settings.gpcCategories(), "gpcCategories", errors);
		var dnt = settings.dnt() == null ? current.dnt() : settings.dnt();
		if (!List.of("ignore", "as-gpc").contains(dnt)) {
			errors.add(new FieldError("dnt", "must be ignore or as-gpc"));
		}
		var url = settings.privacyUrl() == null ? current.privacyUrl() : settings.privacyUrl();
		if (url != null && !url.isEmpty() && (!url.matches("^https?://[^\\s<>\"]{1,2000}$"))) {
			errors.add(new FieldError("privacyUrl", "must be an http or https URL"));
		}
		var texts = settings.texts() == null ? current.texts() : checkTexts(settings.texts(), errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		var bannerVersion = new HashSet<>(categories).equals(new HashSet<>(current.categories()))
				? current.bannerVersion() : current.bannerVersion() + 1;
		configs.save(site, new ConsentConfigs.Stored(bannerVersion, current.statementVersion(),
				url == null || url.isEmpty() ? null : url, categories, texts, gpc, dnt,
				settings.googleConsentMode() == null ? current.googleConsentMode() : settings.googleConsentMode(),
				current.tokenHash()));
		audit.record(AuditEvent.of("consent.settings-changed", "site:" + site).detail("banner version " + bannerVersion));
		return desk.config(site);
	}

	@Transactional
	public String issueSiteToken(UUID site) {
		requireSite(site);
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		var secret = "cst_site_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		var current = configs.find(site);
		configs.save(site, new ConsentConfigs.Stored(current.bannerVersion(), current.statementVersion(),
				current.privacyUrl(), current.categories(), current.texts(), current.gpcCategories(), current.dnt(),
				current.googleConsentMode(), HashChain.sha256(secret)));
		audit.record(AuditEvent.of("consent.site-token-issued", "site:" + site));
		return secret;
	}

	@Transactional(readOnly = true)
	public Optional<UUID> siteOfToken(String secret) {
		return secret == null || !secret.startsWith("cst_site_") ? Optional.empty()
				: configs.siteOfToken(HashChain.sha256(secret));
	}

	@Transactional
	public CookieDeclaration declare(UUID site, CookieDeclaration cookie) {
		requireSite(site);
		var errors = new ArrayList<FieldError>();
		text(cookie.name(), "name", 200, errors);
		text(cookie.provider(), "provider", 200, errors);
		text(cookie.duration(), "duration", 100, errors);
		text(cookie.purpose(), "purpose", 1000, errors);
		if (!List.of("first", "third").contains(cookie.party())) {
			errors.add(new FieldError("party", "must be first or third"));
		}
		if (!ConsentConfigs.ALL_CATEGORIES.contains(cookie.category())) {
			errors.add(new FieldError("category", "must be one of " + ConsentConfigs.ALL_CATEGORIES));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		var stored = new CookieDeclaration(UUID.randomUUID(), cookie.name().strip(), cookie.provider().strip(),
				cookie.party(), cookie.duration().strip(), cookie.category(), cookie.purpose().strip(), false);
		configs.addCookie(site, stored);
		audit.record(AuditEvent.of("consent.cookie-declared", "site:" + site));
		return stored;
	}

	@Transactional
	public void undeclare(UUID site, UUID cookie) {
		if (configs.removeCookie(site, cookie) == 0) {
			throw Problems.notFound("Cookie declaration " + cookie + " of this site (built-in ones cannot be removed)");
		}
		audit.record(AuditEvent.of("consent.cookie-removed", "site:" + site));
	}

	@Transactional
	public Map<String, Object> publishStatement(UUID site, String body, List<String> touchedCategories) {
		requireSite(site);
		var errors = new ArrayList<FieldError>();
		text(body, "body", 200_000, errors);
		var touched = touchedCategories == null ? List.<String>of() : checkCategories(touchedCategories, "categories", errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		var version = configs.latestStatement(site) + 1;
		var asksAgain = !touched.isEmpty();
		configs.addStatement(site, version, body, touched, asksAgain);
		if (asksAgain) {
			var c = configs.find(site);
			configs.save(site, new ConsentConfigs.Stored(c.bannerVersion(), version, c.privacyUrl(), c.categories(),
					c.texts(), c.gpcCategories(), c.dnt(), c.googleConsentMode(), c.tokenHash()));
		}
		audit.record(AuditEvent.of("consent.statement-published", "site:" + site).detail("version " + version));
		var result = new LinkedHashMap<String, Object>();
		result.put("version", version);
		result.put("asksAgain", asksAgain);
		result.put("categories", touched);
		return result;
	}

	@Transactional(readOnly = true)
	public List<Map<String, Object>> statements(UUID site) {
		requireSite(site);
		return configs.statements(site);
	}

	@Transactional(readOnly = true)
	public String diff(UUID site, int version) {
		var current = configs.statementBody(site, version).orElseThrow(() -> Problems.notFound("Statement version " + version));
		var previous = configs.statementBody(site, version - 1).orElse("");
		var a = previous.lines().toList();
		var b = current.lines().toList();
		return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff("version " + (version - 1), "version " + version, a,
				DiffUtils.diff(a, b), 3));
	}

	/** Per day and category: decisions recorded and how many granted it. */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> statistics(UUID site, LocalDate from, LocalDate to) {
		requireSite(site);
		if (from.isAfter(to) || from.plusDays(400).isBefore(to)) {
			throw new InvalidInput("from", "must be before to, at most 400 days apart");
		}
		var rows = jdbc.sql("""
				SELECT recorded_at, granted FROM consent_records WHERE site_id = :site
				AND recorded_at >= :from AND recorded_at < :to""")
			.param("site", site).param("from", from.atStartOfDay().atOffset(ZoneOffset.UTC))
			.param("to", to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new String[] { rs.getObject(1, java.time.OffsetDateTime.class).toLocalDate().toString(),
					rs.getString(2) }).list();
		return ConsentStatistics.byDay(rows, configs.find(site).categories());
	}

	private void requireSite(UUID site) {
		if (sites.find(site).isEmpty()) {
			throw Problems.notFound("Site " + site);
		}
	}

	private static List<String> checkCategories(List<String> values, String field, List<FieldError> errors) {
		var result = new ArrayList<String>();
		for (var value : values) {
			if (!ConsentConfigs.ALL_CATEGORIES.contains(value)) {
				errors.add(new FieldError(field, "'" + value + "' is not one of " + ConsentConfigs.ALL_CATEGORIES));
			}
			else if (!result.contains(value)) {
				result.add(value);
			}
		}
		return result;
	}

	private static Map<String, Map<String, String>> checkTexts(Map<String, Map<String, String>> texts,
			List<FieldError> errors) {
		texts.forEach((language, entries) -> {
			if (!language.matches("[a-z]{2,3}")) {
				errors.add(new FieldError("texts", "'" + language + "' is not a language code such as en or de"));
			}
			if (entries != null) {
				entries.forEach((key, value) -> text(value, "texts." + language + "." + key, 2000, errors));
			}
		});
		return texts;
	}

	private static void text(String value, String field, int max, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "is required"));
		}
		else if (value.length() > max) {
			errors.add(new FieldError(field, "must be at most " + max + " characters"));
		}
		else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			errors.add(new FieldError(field, "must not contain control characters"));
		}
	}
}
