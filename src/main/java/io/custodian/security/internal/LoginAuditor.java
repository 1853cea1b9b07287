package io.custodian.security.internal;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Records every interactive console login in the audit chain (failures are recorded where they happen). */
@Component
class LoginAuditor {

	private final AuditTrail audit;

	LoginAuditor(AuditTrail audit) {
		this.audit = audit;
	}

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		audit.recordIndependently(AuditEvent.of("login", "staff:" + event.getAuthentication().getName()));
	}
}
