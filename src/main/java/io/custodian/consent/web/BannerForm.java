package io.custodian.consent.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.custodian.consent.BannerConfig;
import io.custodian.consent.BannerSettings;

/** The banner settings form: what is posted, or what is stored when the page opens. */
record BannerForm(List<String> categories, String privacyUrl, List<String> gpcCategories, String dnt,
		boolean googleConsentMode, Map<String, Map<String, String>> texts) {

	/** The banner texts staff edit here; the other keys keep their built-in or API-set values. */
	static final List<String> TEXT_KEYS = List.of("title", "body", "acceptAll", "rejectAll", "settings", "save");

	static final List<String> LANGUAGES = List.of("en", "de");

	static BannerForm of(BannerConfig config) {
		var texts = new LinkedHashMap<String, Map<String, String>>();
		for (var language : LANGUAGES) {
			var current = config.texts().getOrDefault(language, Map.of());
			var values = new LinkedHashMap<String, String>();
			TEXT_KEYS.forEach(key -> values.put(key, current.getOrDefault(key, "")));
			texts.put(language, values);
		}
		return new BannerForm(config.categories().stream().map(BannerConfig.Category::id).toList(),
				config.privacyUrl() == null ? "" : config.privacyUrl(), config.gpcCategories(), config.dnt(),
				config.googleConsentMode(), texts);
	}

	/** The form as posted: necessary always comes first, texts arrive as parameters text.language.key. */
	static BannerForm posted(List<String> categories, String privacyUrl, List<String> gpcCategories, String dnt,
			boolean googleConsentMode, Map<String, String> params) {
		var chosen = new ArrayList<String>();
		chosen.add("necessary");
		if (categories != null) {
			categories.stream().filter(c -> !chosen.contains(c)).forEach(chosen::add);
		}
		return new BannerForm(chosen, privacyUrl == null ? "" : privacyUrl.strip(),
				gpcCategories == null ? List.of() : List.copyOf(gpcCategories), dnt, googleConsentMode, texts(params));
	}

	private static Map<String, Map<String, String>> texts(Map<String, String> params) {
		var texts = new LinkedHashMap<String, Map<String, String>>();
		for (var language : LANGUAGES) {
			var values = new LinkedHashMap<String, String>();
			for (var key : TEXT_KEYS) {
				var value = params.get("text." + language + "." + key);
				values.put(key, value == null ? "" : value.replace("\r\n", "\n").strip());
			}
			texts.put(language, values);
		}
		return texts;
	}

	public boolean has(String category) {
		return categories.contains(category);
	}

	public boolean gpc(String category) {
		return gpcCategories.contains(category);
	}

	public String text(String language, String key) {
		return texts.getOrDefault(language, Map.of()).getOrDefault(key, "");
	}

	/** The settings to store over the given configuration. */
	BannerSettings settings(BannerConfig config) {
		return new BannerSettings(categories, privacyUrl, textsFor(config), gpcCategories, dnt, googleConsentMode);
	}

	/**
	 * The texts to store, or null to keep the stored ones when no edited text differs from what the banner shows now.
	 * The store replaces all texts at once, so the other keys and languages are carried over; an emptied field falls
	 * back to the built-in text.
	 */
	private Map<String, Map<String, String>> textsFor(BannerConfig config) {
		if (!editedTexts(config)) {
			return null;
		}
		var result = new LinkedHashMap<String, Map<String, String>>();
		config.texts().forEach((language, values) -> result.put(language, new LinkedHashMap<>(values)));
		for (var language : LANGUAGES) {
			var values = result.computeIfAbsent(language, l -> new LinkedHashMap<>());
			for (var key : TEXT_KEYS) {
				var value = text(language, key);
				if (value.isEmpty()) {
					values.remove(key);
				}
				else {
					values.put(key, value);
				}
			}
		}
		return result;
	}

	private boolean editedTexts(BannerConfig config) {
		for (var language : LANGUAGES) {
			var current = config.texts().getOrDefault(language, Map.of());
			for (var key : TEXT_KEYS) {
				if (!Objects.equals(text(language, key), current.getOrDefault(key, "").strip())) {
					return true;
				}
			}
		}
		return false;
	}
}
