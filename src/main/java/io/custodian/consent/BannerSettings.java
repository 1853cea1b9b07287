package io.custodian.consent;

import java.util.List;
import java.util.Map;

/**
 * A site's banner as staff configure it: enabled categories, link to the privacy statement, texts per language
 * overriding the defaults, the categories Global Privacy Control opts out of, Do Not Track handling, and Google
 * Consent Mode v2.
 */
public record BannerSettings(List<String> categories, String privacyUrl, Map<String, Map<String, String>> texts,
		List<String> gpcCategories, String dnt, Boolean googleConsentMode) {
}
