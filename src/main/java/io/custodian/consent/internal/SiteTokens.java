package io.custodian.consent.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.audit.HashChain;
import org.springframework.stereotype.Component;

/** Issues the secret a site's back end presents, storing only its hash, and finds the site of a presented secret. */
@Component
class SiteTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String PREFIX = "cst_site_";

	private final ConsentConfigs configs;

	private final AuditTrail audit;

	SiteTokens(ConsentConfigs configs, AuditTrail audit) {
		this.configs = configs;
		this.audit = audit;
	}

	/** A new secret for the site, replacing the previous one; runs in the caller's transaction. */
	String issue(UUID site) {
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		var secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		var current = configs.find(site);
		configs.save(site, new ConsentConfigs.Stored(current.bannerVersion(), current.statementVersion(),
				current.privacyUrl(), current.categories(), current.texts(), current.gpcCategories(), current.dnt(),
				current.googleConsentMode(), HashChain.sha256(secret)));
		audit.record(AuditEvent.of("consent.site-token-issued", "site:" + site));
		return secret;
	}

	Optional<UUID> siteOf(String secret) {
		return secret == null || !secret.startsWith(PREFIX) ? Optional.empty()
				: configs.siteOfToken(HashChain.sha256(secret));
	}
}
