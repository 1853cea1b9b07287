package io.custodian.request.internal.mail;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.request.NewRequest;
import io.custodian.request.RequestDesk;
import io.custodian.request.internal.EmailReplies;
import io.custodian.system.InvalidInput;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles one mailbox message exactly once: claims its key in the transaction that creates its ticket (or records
 * why there is none), then marks it in the mailbox. Logs outcomes and hashed keys, never addresses or text.
 */
@Component
class MessageHandler {

	/** The poller's category, so every line about the mailbox is configured and found in one place. */
	private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

	private final MailboxSettings settings;

	private final RequestDesk desk;

	private final ProcessedMessages processed;

	private final EmailReplies replies;

	private final TransactionTemplate transactions;

	MessageHandler(MailboxSettings settings, RequestDesk desk, EmailReplies replies, ProcessedMessages processed,
			TransactionTemplate transactions) {
		this.settings = settings;
		this.desk = desk;
		this.replies = replies;
		this.processed = processed;
		this.transactions = transactions;
	}

	/** What became of a message, the request it created or answered, if any, and whether it verified that one. */
	record Handled(Outcome outcome, UUID request, String reference, boolean verified) {

		Handled(Outcome outcome, UUID request, String reference) {
			this(outcome, request, reference, false);
		}
	}

	/** Handles one message; null when another poll or node has handled it already. */
	Handled handle(Session session, Folder folder, Message message) throws MessagingException {
		var mime = (MimeMessage) message;
		var key = MessageKeys.key(mime);
		var tag = key.substring(0, Math.min(key.length(), 16));
		if (processed.known(key)) {
			return null;
		}
		var handled = claim(key, tag, MessageFetcher.fetch(session, mime, settings.maxSize().toBytes()));
		if (handled == null) {
			return null;
		}
		if (handled.verified()) {
			fulfil(handled.request(), tag);
		}
		if (handled.outcome() == Outcome.REPLY) {
			log.info("Request mailbox message {}: reply to a request", tag);
		}
		else if (handled.reference() != null) {
			log.info("Request mailbox message {}: ticket {}", tag, handled.reference());
		}
		else {
			log.info("Request mailbox message {}: {}", tag, handled.outcome().id());
		}
		mark(folder, message, handled.outcome(), tag);
		return handled;
	}

	private Handled claim(String key, String tag, MessageReader.Reading reading) {
		try {
			return transactions.execute(status -> claimAndSubmit(key, reading));
		}
		catch (DuplicateKeyException e) {
			return null;
		}
		catch (RuntimeException e) {
			return claimWithoutTicket(key, tag, e);
		}
	}

	private Handled claimAndSubmit(String key, MessageReader.Reading reading) {
		var answered = reading.outcome() == Outcome.TICKET
				? replies.match(reading.reference(), reading.from()).orElse(null) : null;
		if (answered != null) {
			processed.claim(key, Outcome.REPLY);
			return new Handled(Outcome.REPLY, answered, null, replies.answer(answered, reading.text()));
		}
		processed.claim(key, reading.outcome());
		if (reading.outcome() != Outcome.TICKET) {
			return new Handled(reading.outcome(), null, null);
		}
		var submitted = desk.submit(new NewRequest(null, null, reading.from(), reading.text(), Map.of(), List.of(),
				List.of(), reading.language(), "email"));
		return new Handled(Outcome.TICKET, submitted.id(), submitted.reference());
	}

	/** Fulfils a request a reply verified; a failure leaves it verified for staff, and the message handled. */
	private void fulfil(UUID request, String tag) {
		try {
			replies.fulfil(request);
		}
		catch (RuntimeException e) {
			log.warn("Request mailbox message {}: verified, not fulfilled ({})", tag, e.getClass().getSimpleName());
		}
	}

	/** Records a message the desk refused; null when another poll or node has claimed it meanwhile. */
	private Handled claimWithoutTicket(String key, String tag, RuntimeException refusal) {
		var outcome = refusal instanceof InvalidInput invalid
				&& invalid.errors().stream().anyMatch(error -> error.field().equals("email")) ? Outcome.NO_SENDER
						: Outcome.UNREADABLE;
		log.warn("Request mailbox message {}: no ticket ({})", tag, refusal.getClass().getSimpleName());
		try {
			transactions.executeWithoutResult(status -> processed.claim(key, outcome));
		}
		catch (DuplicateKeyException duplicate) {
			return null;
		}
		return new Handled(outcome, null, null);
	}

	/** Marks a handled message read; one a person should look at also flagged; moved when so configured. */
	private void mark(Folder folder, Message message, Outcome outcome, String tag) {
		try {
			message.setFlag(Flags.Flag.SEEN, true);
			if (outcome.needsStaff()) {
				message.setFlag(Flags.Flag.FLAGGED, true);
			}
			if (settings.processedFolder() != null) {
				folder.copyMessages(new Message[] { message }, folder.getStore().getFolder(settings.processedFolder()));
				message.setFlag(Flags.Flag.DELETED, true);
			}
		}
		catch (MessagingException | RuntimeException e) {
			log.warn("Request mailbox message {}: flags not set ({})", tag, e.getClass().getSimpleName());
		}
	}
}
