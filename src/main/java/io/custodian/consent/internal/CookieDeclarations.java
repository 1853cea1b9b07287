package io.custodian.consent.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.consent.CookieDeclaration;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;
import io.custodian.system.Problems;
import org.springframework.stereotype.Component;

/** Adds checked cookies to a site's declaration and removes declared ones, in the caller's transaction. */
@Component
class CookieDeclarations {

	private final ConsentConfigs configs;

	private final AuditTrail audit;

	CookieDeclarations(ConsentConfigs configs, AuditTrail audit) {
		this.configs = configs;
		this.audit = audit;
	}

	CookieDeclaration declare(UUID site, CookieDeclaration cookie) {
		var errors = new ArrayList<FieldError>();
		ConsentInput.text(cookie.name(), "name", 200, errors);
		ConsentInput.text(cookie.provider(), "provider", 200, errors);
		ConsentInput.text(cookie.duration(), "duration", 100, errors);
		ConsentInput.text(cookie.purpose(), "purpose", 1000, errors);
		if (!List.of("first", "third").contains(cookie.party())) {
			errors.add(new FieldError("party", "must be first or third"));
		}
		if (!ConsentConfigs.ALL_CATEGORIES.contains(cookie.category())) {
			errors.add(new FieldError("category", "must be one of " + ConsentConfigs.ALL_CATEGORIES));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		var stored = new CookieDeclaration(UUID.randomUUID(), cookie.name().strip(), cookie.provider().strip(),
				cookie.party(), cookie.duration().strip(), cookie.category(), cookie.purpose().strip(), false);
		configs.addCookie(site, stored);
		audit.record(AuditEvent.of("consent.cookie-declared", "site:" + site));
		return stored;
	}

	void undeclare(UUID site, UUID cookie) {
		if (configs.removeCookie(site, cookie) == 0) {
			throw Problems.notFound("Cookie declaration " + cookie + " of this site (built-in ones cannot be removed)");
		}
		audit.record(AuditEvent.of("consent.cookie-removed", "site:" + site));
	}
}
