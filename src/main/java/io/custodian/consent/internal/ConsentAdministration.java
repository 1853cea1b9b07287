package io.custodian.consent.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.custodian.consent.BannerConfig;
import io.custodian.consent.BannerSettings;
import io.custodian.consent.CookieDeclaration;
import io.custodian.site.Sites;
import io.custodian.system.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What staff change: banner settings, the site token, the cookie declaration, privacy statement versions. */
@Service
public class ConsentAdministration {

	private final Sites sites;

	private final ConsentDesk desk;

	private final BannerSettingsUpdate bannerSettings;

	private final SiteTokens tokens;

	private final CookieDeclarations cookies;

	private final PrivacyStatements statements;

	private final DecisionHistory decisions;

	ConsentAdministration(Sites sites, ConsentDesk desk, BannerSettingsUpdate bannerSettings, SiteTokens tokens,
			CookieDeclarations cookies, PrivacyStatements statements, DecisionHistory decisions) {
		this.sites = sites;
		this.desk = desk;
		this.bannerSettings = bannerSettings;
		this.tokens = tokens;
		this.cookies = cookies;
		this.statements = statements;
		this.decisions = decisions;
	}

	@Transactional
	public BannerConfig update(UUID site, BannerSettings settings) {
		requireSite(site);
		bannerSettings.apply(site, settings);
		return desk.config(site);
	}

	@Transactional
	public String issueSiteToken(UUID site) {
		requireSite(site);
		return tokens.issue(site);
	}

	@Transactional(readOnly = true)
	public Optional<UUID> siteOfToken(String secret) {
		return tokens.siteOf(secret);
	}

	@Transactional
	public CookieDeclaration declare(UUID site, CookieDeclaration cookie) {
		requireSite(site);
		return cookies.declare(site, cookie);
	}

	@Transactional
	public void undeclare(UUID site, UUID cookie) {
		cookies.undeclare(site, cookie);
	}

	@Transactional
	public Map<String, Object> publishStatement(UUID site, String body, List<String> touchedCategories) {
		requireSite(site);
		return statements.publish(site, body, touchedCategories);
	}

	@Transactional(readOnly = true)
	public List<Map<String, Object>> statements(UUID site) {
		requireSite(site);
		return statements.all(site);
	}

	@Transactional(readOnly = true)
	public String diff(UUID site, int version) {
		return statements.diff(site, version);
	}

	/** Per day and category: decisions recorded and how many granted it. */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> statistics(UUID site, LocalDate from, LocalDate to) {
		requireSite(site);
		return decisions.byDay(site, from, to);
	}

	private void requireSite(UUID site) {
		if (sites.find(site).isEmpty()) {
			throw Problems.notFound("Site " + site);
		}
	}
}
