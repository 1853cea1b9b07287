package io.custodian.consent.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.custodian.consent.CookieDeclaration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Per-site banner settings, cookie declarations and privacy statement versions. */
@Repository
class ConsentConfigs {

	static final List<String> ALL_CATEGORIES = List.of("necessary", "preferences", "analytics", "marketing", "social");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ConsentConfigs(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Stored find(UUID site) {
		return jdbc.sql("SELECT * FROM consent_configs WHERE site_id = :site").param("site", site)
			.query((rs, n) -> new Stored(rs.getInt("banner_version"), rs.getInt("statement_version"),
					rs.getString("privacy_url"), split(rs.getString("categories")), texts(rs.getString("texts")),
					split(rs.getString("gpc_categories")), rs.getString("dnt_mode"), rs.getBoolean("google_consent_mode"),
					rs.getString("site_token_hash")))
			.optional()
			.orElse(new Stored(1, 0, null, ALL_CATEGORIES, Map.of(), List.of("marketing"), "ignore", false, null));
	}

	void save(UUID site, Stored config) {
		var updated = jdbc.sql("""
				UPDATE consent_configs SET banner_version = :banner, statement_version = :statement, privacy_url = :url,
				  categories = :categories, texts = :texts, gpc_categories = :gpc, dnt_mode = :dnt,
				  google_consent_mode = :gcm, site_token_hash = :token, updated_at = :now WHERE site_id = :site""")
			.params(params(site, config)).update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO consent_configs (site_id, banner_version, statement_version, privacy_url, categories,
					  texts, gpc_categories, dnt_mode, google_consent_mode, site_token_hash, updated_at)
					VALUES (:site, :banner, :statement, :url, :categories, :texts, :gpc, :dnt, :gcm, :token, :now)""")
				.params(params(site, config)).update();
		}
	}

	Optional<UUID> siteOfToken(String tokenHash) {
		return jdbc.sql("SELECT site_id FROM consent_configs WHERE site_token_hash = :hash").param("hash", tokenHash)
			.query(UUID.class).optional();
	}

	List<CookieDeclaration> cookies(UUID site) {
		return jdbc.sql("""
				SELECT * FROM cookie_declarations WHERE site_id IS NULL OR site_id = :site
				ORDER BY CASE WHEN site_id IS NULL THEN 0 ELSE 1 END, category, name""")
			.param("site", site)
			.query((rs, n) -> new CookieDeclaration(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("provider"), rs.getString("party"), rs.getString("duration"), rs.getString("category"),
					rs.getString("purpose"), rs.getObject("site_id") == null))
			.list();
	}

	void addCookie(UUID site, CookieDeclaration cookie) {
		jdbc.sql("""
				INSERT INTO cookie_declarations (id, site_id, name, provider, party, duration, category, purpose, created_at)
				VALUES (:id, :site, :name, :provider, :party, :duration, :category, :purpose, :now)""")
			.param("id", cookie.id()).param("site", site).param("name", cookie.name())
			.param("provider", cookie.provider()).param("party", cookie.party()).param("duration", cookie.duration())
			.param("category", cookie.category()).param("purpose", cookie.purpose())
			.param("now", OffsetDateTime.now(ZoneOffset.UTC)).update();
	}

	int removeCookie(UUID site, UUID id) {
		return jdbc.sql("DELETE FROM cookie_declarations WHERE id = :id AND site_id = :site").param("id", id)
			.param("site", site).update();
	}

	int latestStatement(UUID site) {
		return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM privacy_statements WHERE site_id = :site")
			.param("site", site).query(Integer.class).single();
	}

	void addStatement(UUID site, int version, String body, List<String> categories, boolean asksAgain) {
		jdbc.sql("""
				INSERT INTO privacy_statements (site_id, version, body, categories, asks_again, published_at)
				VALUES (:site, :version, :body, :categories, :asks, :now)""")
			.param("site", site).param("version", version).param("body", body)
			.param("categories", String.join(",", categories)).param("asks", asksAgain)
			.param("now", OffsetDateTime.now(ZoneOffset.UTC)).update();
	}

	List<Map<String, Object>> statements(UUID site) {
		return jdbc.sql("""
				SELECT version, categories, asks_again, published_at FROM privacy_statements WHERE site_id = :site
				ORDER BY version DESC""").param("site", site).query().listOfRows();
	}

	Optional<String> statementBody(UUID site, int version) {
		return jdbc.sql("SELECT body FROM privacy_statements WHERE site_id = :site AND version = :version")
			.param("site", site).param("version", version).query(String.class).optional();
	}

	private Map<String, Object> params(UUID site, Stored c) {
		var params = new java.util.HashMap<String, Object>();
		params.put("site", site);
		params.put("banner", c.bannerVersion());
		params.put("statement", c.statementVersion());
		params.put("url", c.privacyUrl());
		params.put("categories", String.join(",", c.categories()));
		params.put("texts", json.writeValueAsString(c.texts()));
		params.put("gpc", String.join(",", c.gpcCategories()));
		params.put("dnt", c.dnt());
		params.put("gcm", c.googleConsentMode());
		params.put("token", c.tokenHash());
		params.put("now", OffsetDateTime.now(ZoneOffset.UTC));
		return params;
	}

	private Map<String, Map<String, String>> texts(String stored) {
		if (stored == null || stored.isBlank()) {
			return Map.of();
		}
		return json.readValue(stored, new TypeReference<Map<String, Map<String, String>>>() {
		});
	}

	private static List<String> split(String csv) {
		return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
	}

	/** A site's stored banner configuration. */
	record Stored(int bannerVersion, int statementVersion, String privacyUrl, List<String> categories,
			Map<String, Map<String, String>> texts, List<String> gpcCategories, String dnt, boolean googleConsentMode,
			String tokenHash) {
	}
}
