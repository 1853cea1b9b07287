package io.custodian.consent.internal;

import java.util.Map;

import io.custodian.consent.BannerConfig.Category;

/** The banner's built-in texts in English and German; sites override any of them. */
final class BannerTexts {

	static final Map<String, Map<String, String>> DEFAULTS = Map.of("en", Map.ofEntries(
			Map.entry("title", "Your privacy choices"),
			Map.entry("body", "We use cookies and similar technologies. Necessary ones keep the site working; others "
					+ "help us understand use, remember preferences, show embedded content or measure marketing. "
					+ "Choose what you allow; you can change it at any time."),
			Map.entry("acceptAll", "Accept all"), Map.entry("rejectAll", "Reject all"),
			Map.entry("settings", "Settings"), Map.entry("save", "Save choices"), Map.entry("close", "Close"),
			Map.entry("privacyLink", "Privacy statement"), Map.entry("manage", "Privacy settings"),
			Map.entry("alwaysOn", "Always on"),
			Map.entry("gpcNotice", "Your browser's Global Privacy Control signal is honoured: marketing and "
					+ "sale or sharing of your data are off."),
			Map.entry("loadEmbed", "Load content from {provider}"),
			Map.entry("embedNotice", "This content is provided by {provider}, which may set cookies. It loads only "
					+ "with your consent for {category}.")),
			"de", Map.ofEntries(
			Map.entry("title", "Ihre Datenschutz-Einstellungen"),
			Map.entry("body", "Wir verwenden Cookies und ähnliche Techniken. Notwendige halten die Website in Betrieb; "
					+ "andere helfen uns, die Nutzung zu verstehen, Einstellungen zu speichern, eingebettete Inhalte "
					+ "zu zeigen oder Marketing zu messen. Wählen Sie, was Sie erlauben; Sie können es jederzeit ändern."),
			Map.entry("acceptAll", "Alle akzeptieren"), Map.entry("rejectAll", "Alle ablehnen"),
			Map.entry("settings", "Einstellungen"), Map.entry("save", "Auswahl speichern"),
			Map.entry("close", "Schließen"), Map.entry("privacyLink", "Datenschutzerklärung"),
			Map.entry("manage", "Datenschutz-Einstellungen"), Map.entry("alwaysOn", "Immer aktiv"),
			Map.entry("gpcNotice", "Das Global-Privacy-Control-Signal Ihres Browsers wird beachtet: Marketing sowie "
					+ "Verkauf oder Weitergabe Ihrer Daten sind aus."),
			Map.entry("loadEmbed", "Inhalt von {provider} laden"),
			Map.entry("embedNotice", "Dieser Inhalt stammt von {provider}, der Cookies setzen kann. Er wird nur mit "
					+ "Ihrer Einwilligung für {category} geladen.")));

	private BannerTexts() {
	}

	static Category category(String id) {
		return switch (id) {
			case "necessary" -> new Category(id, true, Map.of("en", "Necessary", "de", "Notwendig"), Map.of(
					"en", "Keep the site working and secure and remember your privacy choices. Always on.",
					"de", "Halten die Website funktionsfähig und sicher und speichern Ihre Datenschutz-Auswahl."));
			case "preferences" -> new Category(id, false, Map.of("en", "Preferences", "de", "Präferenzen"), Map.of(
					"en", "Remember settings such as language or region.",
					"de", "Speichern Einstellungen wie Sprache oder Region."));
			case "analytics" -> new Category(id, false, Map.of("en", "Statistics", "de", "Statistik"), Map.of(
					"en", "Recognise returning visitors in our own first-party statistics. Without it we count visits "
							+ "without cookies.",
					"de", "Erkennen wiederkehrende Besucher in unserer eigenen Statistik. Ohne Einwilligung zählen wir "
							+ "ohne Cookies."));
			case "marketing" -> new Category(id, false, Map.of("en", "Marketing", "de", "Marketing"), Map.of(
					"en", "Measure campaigns and show relevant ads, possibly with partners; includes sale or sharing.",
					"de", "Messen Kampagnen und zeigen passende Werbung, ggf. mit Partnern; umfasst Verkauf oder "
							+ "Weitergabe."));
			default -> new Category(id, false, Map.of("en", "Social media and embeds", "de", "Soziale Medien und Einbettungen"),
					Map.of("en", "Load videos, maps and social media widgets from their providers, who may set cookies.",
							"de", "Laden Videos, Karten und Social-Media-Elemente von deren Anbietern, die Cookies "
									+ "setzen können."));
		};
	}
}
