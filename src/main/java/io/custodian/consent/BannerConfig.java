package io.custodian.consent;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Everything the banner needs for one site, as {@code /consent.js} fetches it. */
public record BannerConfig(UUID site, int bannerVersion, int statementVersion, String privacyUrl,
		List<Category> categories, Map<String, Map<String, String>> texts, List<String> gpcCategories, String dnt,
		boolean googleConsentMode, List<CookieDeclaration> cookies) {

	/** One category with its labels and descriptions per language. */
	public record Category(String id, boolean required, Map<String, String> label, Map<String, String> description) {
	}
}
