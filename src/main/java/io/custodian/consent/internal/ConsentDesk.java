package io.custodian.consent.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.custodian.audit.ChainVerification;
import io.custodian.consent.BannerConfig;
import io.custodian.consent.ConsentDecision;
import io.custodian.consent.ConsentReceipt;
import io.custodian.consent.ConsentRecorded;
import io.custodian.site.Sites;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;
import io.custodian.system.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records visitors' decisions as proof and answers what a consent id grants now. */
@Service
public class ConsentDesk {

	private static final List<String> CAUSES = List.of("click", "gpc", "dnt", "withdrawal");

	private static final int MAX_CATEGORIES = 20;

	private final Sites sites;

	private final ConsentConfigs configs;

	private final ConsentRecords records;

	private final ConsentIds ids;

	private final ApplicationEventPublisher events;

	ConsentDesk(Sites sites, ConsentConfigs configs, ConsentRecords records, ConsentIds ids,
			ApplicationEventPublisher events) {
		this.sites = sites;
		this.configs = configs;
		this.records = records;
		this.ids = ids;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public BannerConfig config(UUID site) {
		requireSite(site);
		var stored = configs.find(site);
		var categories = stored.categories().stream().map(BannerTexts::category).toList();
		var texts = new java.util.LinkedHashMap<String, java.util.Map<String, String>>();
		BannerTexts.DEFAULTS.forEach((language, defaults) -> {
			var merged = new java.util.LinkedHashMap<>(defaults);
			merged.putAll(stored.texts().getOrDefault(language, java.util.Map.of()));
			texts.put(language, merged);
		});
		stored.texts().forEach(texts::putIfAbsent);
		return new BannerConfig(site, stored.bannerVersion(), stored.statementVersion(), stored.privacyUrl(), categories,
				texts, stored.gpcCategories(), stored.dnt(), stored.googleConsentMode(), configs.cookies(site));
	}

	@Transactional
	public ConsentReceipt record(ConsentDecision decision, String userAgent, String ip) {
		var errors = new ArrayList<FieldError>();
		var site = parseSite(decision.site(), errors);
		var stored = site == null ? null : configs.find(site);
		var enabled = stored == null ? ConsentConfigs.ALL_CATEGORIES : stored.categories();
		var granted = categories(decision.granted(), "granted", enabled, errors);
		var denied = categories(decision.denied(), "denied", enabled, errors);
		granted.add("necessary");
		if (denied.contains("necessary")) {
			errors.add(new FieldError("denied", "necessary cannot be denied"));
		}
		var overlap = new HashSet<>(granted);
		overlap.retainAll(denied);
		if (!overlap.isEmpty()) {
			errors.add(new FieldError("granted", "a category cannot be granted and denied at once: " + overlap));
		}
		var cause = decision.cause() == null ? "click" : decision.cause();
		if (cause.length() > 20 || !CAUSES.contains(cause)) {
			errors.add(new FieldError("cause", "must be one of " + CAUSES));
		}
		if (decision.consentId() != null && !ids.isGenuine(decision.consentId())) {
			errors.add(new FieldError("consentId", "is not a consent id this server issued"));
		}
		if (decision.language() != null && (decision.language().length() > 35 || !decision.language().matches("[A-Za-z0-9-]+"))) {
			errors.add(new FieldError("language", "must be a language tag such as de or en-US"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		requireSite(site);
		enabled.stream().filter(c -> !granted.contains(c)).forEach(denied::add);
		var consentId = decision.consentId() != null ? decision.consentId() : ids.create();
		var receipt = records.append(site, consentId, List.copyOf(granted), List.copyOf(denied), cause,
				stored.bannerVersion(), stored.statementVersion(), decision.language(), clip(userAgent), ip);
		events.publishEvent(new ConsentRecorded(consentId, site));
		return receipt;
	}

	@Transactional(readOnly = true)
	public Optional<ConsentReceipt> current(String consentId) {
		return ids.isGenuine(consentId) ? records.latest(consentId) : Optional.empty();
	}

	@Transactional(readOnly = true)
	public List<Receipt> receipts(String consentId) {
		if (!ids.isGenuine(consentId)) {
			throw Problems.notFound("Consent " + clip(consentId));
		}
		var history = records.history(consentId);
		if (history.isEmpty()) {
			throw Problems.notFound("Consent " + consentId);
		}
		var head = records.head();
		return history.stream().map(r -> new Receipt(r, records.matches(r, head))).toList();
	}

	@Transactional(readOnly = true)
	public ChainVerification verify() {
		return records.verify();
	}

	private void requireSite(UUID site) {
		if (site == null || sites.find(site).isEmpty()) {
			throw new InvalidInput("site", "is not a registered site");
		}
	}

	private static UUID parseSite(String site, List<FieldError> errors) {
		try {
			return UUID.fromString(site);
		}
		catch (IllegalArgumentException | NullPointerException e) {
			errors.add(new FieldError("site", "is not a registered site"));
			return null;
		}
	}

	private static LinkedHashSet<String> categories(List<String> values, String field, List<String> enabled,
			List<FieldError> errors) {
		var result = new LinkedHashSet<String>();
		if (values == null) {
			return result;
		}
		if (values.size() > MAX_CATEGORIES) {
			errors.add(new FieldError(field, "must hold at most " + MAX_CATEGORIES + " categories"));
			return result;
		}
		for (var value : values) {
			if (value == null || !enabled.contains(value.toLowerCase(Locale.ROOT))) {
				errors.add(new FieldError(field, "'" + clip(String.valueOf(value), 40) + "' is not a category of this site "
						+ enabled));
			}
			else {
				result.add(value.toLowerCase(Locale.ROOT));
			}
		}
		return result;
	}

	private static String clip(String value) {
		return clip(value, 512);
	}

	private static String clip(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	/** A stored record and whether it still verifies against the chain. */
	public record Receipt(ConsentReceipt record, boolean verified) {
	}
}
