package io.custodian.consent.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.consent.BannerSettings;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;
import org.springframework.stereotype.Component;

/**
 * Stores changed banner settings of an existing site in the caller's transaction; unset settings keep their stored
 * values, and a changed set of categories raises the banner version.
 */
@Component
class BannerSettingsUpdate {

	private final ConsentConfigs configs;

	private final AuditTrail audit;

	BannerSettingsUpdate(ConsentConfigs configs, AuditTrail audit) {
		this.configs = configs;
		this.audit = audit;
	}

	void apply(UUID site, BannerSettings settings) {
		var current = configs.find(site);
		var errors = new ArrayList<FieldError>();
		var categories = settings.categories() == null ? current.categories()
				: ConsentInput.categories(settings.categories(), "categories", errors);
		if (!categories.contains("necessary")) {
			errors.add(new FieldError("categories", "must include necessary"));
		}
		var gpc = settings.gpcCategories() == null ? current.gpcCategories()
				: ConsentInput.categories(settings.gpcCategories(), "gpcCategories", errors);
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
	}

	private static Map<String, Map<String, String>> checkTexts(Map<String, Map<String, String>> texts,
			List<FieldError> errors) {
		texts.forEach((language, entries) -> {
			if (!language.matches("[a-z]{2,3}")) {
				errors.add(new FieldError("texts", "'" + language + "' is not a language code such as en or de"));
			}
			if (entries != null) {
				entries.forEach((key, value) -> {
					if (!key.matches("[A-Za-z][A-Za-z0-9_]{0,39}")) {
						errors.add(new FieldError("texts." + language, "text keys are names such as title or acceptAll"));
					}
					else {
						ConsentInput.text(value, "texts." + language + "." + key, 2000, errors);
					}
				});
			}
		});
		return texts;
	}
}
