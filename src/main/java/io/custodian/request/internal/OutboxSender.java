package io.custodian.request.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the {@link RequestOutbox} off the request thread: after each commit that filled it, and on a schedule
 * for what a crash or an unreachable mail server left behind. Each mail leaves at least once: an entry is claimed for
 * a lease, its code issued and its mail composed and committed before sending, and deleted only once sent.
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private static final Duration LEASE = Duration.ofMinutes(2);

	private static final int MAX_ATTEMPTS = 12;

	private final RequestOutbox outbox;

	private final CodeMessages codes;

	private final RequestMail mail;

	private final Requests requests;

	private final TransactionTemplate transactions;

	OutboxSender(RequestOutbox outbox, CodeMessages codes, RequestMail mail, Requests requests,
			TransactionTemplate transactions) {
		this.outbox = outbox;
		this.codes = codes;
		this.mail = mail;
		this.requests = requests;
		this.transactions = transactions;
	}

	/**
	 * Sends what was queued once its transaction committed, off the request thread; the event publication registry
	 * hands the event over again after a crash, and the schedule below catches whatever is still left.
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	public void on(RequestMailQueued queued) {
		sendDue();
	}

	/** Sends every entry that is due; never throws. */
	@Scheduled(fixedDelayString = "${custodian.requests.outbox-interval:10s}", initialDelayString = "${custodian.requests.outbox-interval:10s}")
	public void sendDue() {
		try {
			for (var id : outbox.due(100)) {
				send(id);
			}
		}
		catch (RuntimeException e) {
			log.warn("Request outbox not sent: {}", e.getClass().getSimpleName());
		}
	}

	private void send(UUID id) {
		if (!Boolean.TRUE.equals(transactions.execute(status -> outbox.claim(id, LEASE)))) {
			return;
		}
		var entry = transactions.execute(status -> compose(id));
		if (entry == null || entry.mail() == null) {
			transactions.executeWithoutResult(status -> outbox.delete(id));
		}
		else if (mail.send(entry.mail().to(), entry.mail().subject(), entry.mail().text())) {
			transactions.executeWithoutResult(status -> outbox.delete(id));
		}
		else if (entry.attempts() >= MAX_ATTEMPTS || !mail.configured()) {
			transactions.executeWithoutResult(status -> {
				outbox.delete(id);
				requests.event(entry.request(), "system", "mail-not-sent", null);
			});
		}
		else {
			var wait = Duration.ofSeconds(Math.min(3600, 10L << Math.min(entry.attempts() - 1, 9)));
			transactions.executeWithoutResult(status -> outbox.retryAt(id, Instant.now().plus(wait)));
		}
	}

	/** The entry with its mail; a code is issued and its mail stored here, so a retry sends that same code. */
	private RequestOutbox.Entry compose(UUID id) {
		var entry = outbox.find(id).orElse(null);
		if (entry == null || entry.mail() != null) {
			return entry;
		}
		var composed = codes.compose(entry.request());
		if (composed == null) {
			return entry;
		}
		outbox.composed(id, entry.request(), composed);
		return new RequestOutbox.Entry(id, entry.request(), composed, entry.attempts());
	}
}
