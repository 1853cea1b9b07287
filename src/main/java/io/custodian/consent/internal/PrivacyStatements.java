package io.custodian.consent.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;
import io.custodian.system.Problems;
import org.springframework.stereotype.Component;

/**
 * Publishes numbered versions of a site's privacy statement and diffs a version against the one before; a version
 * that touches categories becomes the statement version visitors must have seen. Runs in the caller's transaction.
 */
@Component
class PrivacyStatements {

	private final ConsentConfigs configs;

	private final AuditTrail audit;

	PrivacyStatements(ConsentConfigs configs, AuditTrail audit) {
		this.configs = configs;
		this.audit = audit;
	}

	Map<String, Object> publish(UUID site, String body, List<String> touchedCategories) {
		var errors = new ArrayList<FieldError>();
		ConsentInput.text(body, "body", 200_000, errors);
		var touched = touchedCategories == null ? List.<String>of()
				: ConsentInput.categories(touchedCategories, "categories", errors);
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

	List<Map<String, Object>> all(UUID site) {
		return configs.statements(site);
	}

	String diff(UUID site, int version) {
		var current = configs.statementBody(site, version)
			.orElseThrow(() -> Problems.notFound("Statement version " + version));
		var previous = configs.statementBody(site, version - 1).orElse("");
		var a = previous.lines().toList();
		var b = current.lines().toList();
		return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff("version " + (version - 1), "version " + version, a,
				DiffUtils.diff(a, b), 3));
	}
}
