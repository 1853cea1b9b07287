package io.custodian.request.internal;

import java.time.Instant;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.request.RequestSettings;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Expires requests never verified and reminds staff of requests coming due; once across nodes. */
@Component
class RequestJobs {

	private final Requests requests;

	private final RequestMail mail;

	private final AuditTrail audit;

	private final RequestSettings settings;

	RequestJobs(Requests requests, RequestMail mail, AuditTrail audit, RequestSettings settings) {
		this.requests = requests;
		this.mail = mail;
		this.audit = audit;
		this.settings = settings;
	}

	@Scheduled(cron = "0 */15 * * * *")
	@SchedulerLock(name = "request-deadlines")
	@Transactional
	public void run() {
		for (var request : requests.unverifiedSince(Instant.now().minus(settings.unverifiedExpiry()))) {
			request.expire(Instant.now());
			requests.save(request);
			requests.event(request.filing().id(), "system", "expired", null);
			audit.record(AuditEvent.of("request.expired", "request:" + request.filing().id()));
		}
		for (var request : requests.open(Instant.now().plus(settings.reminderBefore()))) {
			request.remind(Instant.now());
			requests.save(request);
			requests.event(request.filing().id(), "system", "reminder", null);
			if (!settings.staffNotify().isBlank()) {
				mail.send(settings.staffNotify(), "Privacy request " + request.filing().reference() + " is due " + request.dueAt(),
						"The request " + request.filing().reference() + " (" + request.type().id() + ", " + request.state().id()
								+ ") is due " + request.dueAt() + (request.assignedTo() == null ? ", unassigned."
										: ", assigned to " + request.assignedTo() + "."));
			}
		}
	}
}
