package io.custodian.request.internal.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.custodian.request.NewRequest;
import io.custodian.request.RequestDesk;
import io.custodian.system.InvalidInput;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the emails in the request mailbox into request tickets, each message exactly once: before acting on a
 * message its key is inserted into {@code processed_messages} in the same transaction that creates the ticket, so a
 * second poll, a restart or another node finds the key and leaves the message alone. Each message is handled on its
 * own, so one bad message never stops the others. Logs carry outcomes and hashed keys, never addresses or text.
 */
@Component
public class MailboxPoller {

	private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

	private final MailboxSettings settings;

	private final RequestDesk desk;

	private final ProcessedMessages processed;

	private final TransactionTemplate transactions;

	MailboxPoller(MailboxSettings settings, RequestDesk desk, ProcessedMessages processed,
			TransactionTemplate transactions) {
		this.settings = settings;
		this.desk = desk;
		this.processed = processed;
		this.transactions = transactions;
		if (settings.enabled() && settings.protocol().equals("imap") && !settings.starttls()) {
			log.warn("Request mailbox uses imap without starttls: the mailbox password travels unencrypted; "
					+ "use protocol imaps or starttls=true");
		}
	}

	/**
	 * What one poll did: messages looked at, messages handled before (left alone), what became of the new ones, and
	 * the requests created.
	 */
	public record PollResult(int read, int alreadyProcessed, Map<Outcome, Integer> outcomes, List<UUID> requests,
			boolean failed) {

		public int tickets() {
			return outcomes.getOrDefault(Outcome.TICKET, 0);
		}

		static PollResult failure() {
			return new PollResult(0, 0, Map.of(), List.of(), true);
		}
	}

	@Scheduled(fixedDelayString = "${custodian.requests.mailbox.poll-interval:60s}",
			initialDelayString = "${custodian.requests.mailbox.poll-interval:60s}")
	@SchedulerLock(name = "request-mailbox", lockAtMostFor = "PT30M")
	public void poll() {
		if (settings.enabled()) {
			pollOnce();
		}
	}

	/** Reads the mailbox once, now, whether or not the schedule is enabled; never throws. */
	public PollResult pollOnce() {
		if (!settings.configured()) {
			log.warn("Request mailbox not polled: custodian.requests.mailbox.host is not set");
			return PollResult.failure();
		}
		var session = Session.getInstance(properties());
		try (var store = session.getStore(settings.protocol())) {
			store.connect(settings.host(), settings.port() == 0 ? -1 : settings.port(), settings.username(),
					settings.password());
			var folder = store.getFolder(settings.folder());
			folder.open(Folder.READ_WRITE);
			var expunge = false;
			try {
				var result = poll(session, folder);
				expunge = settings.processedFolder() != null;
				return result;
			}
			finally {
				folder.close(expunge);
			}
		}
		catch (MessagingException | RuntimeException e) {
			log.warn("Request mailbox could not be read: {}", e.getClass().getSimpleName());
			return PollResult.failure();
		}
	}

	private PollResult poll(Session session, Folder folder) throws MessagingException {
		var messages = settings.unseenOnly() ? folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))
				: folder.getMessages();
		var profile = new FetchProfile();
		profile.add(FetchProfile.Item.ENVELOPE);
		profile.add(FetchProfile.Item.FLAGS);
		profile.add(FetchProfile.Item.SIZE);
		profile.add("Message-ID");
		folder.fetch(messages, profile);
		var outcomes = new EnumMap<Outcome, Integer>(Outcome.class);
		var requests = new ArrayList<UUID>();
		int already = 0;
		int read = 0;
		for (var message : messages) {
			try {
				if (message.isExpunged() || message.isSet(Flags.Flag.DELETED)) {
					continue;
				}
				read++;
				var handled = handle(session, folder, message);
				if (handled == null) {
					already++;
					continue;
				}
				outcomes.merge(handled.outcome(), 1, Integer::sum);
				if (handled.request() != null) {
					requests.add(handled.request());
				}
			}
			catch (MessagingException | RuntimeException e) {
				log.warn("Request mailbox message skipped: {}", e.getClass().getSimpleName());
			}
		}
		if (!outcomes.isEmpty()) {
			log.info("Request mailbox polled: {} read, {} handled before, {}", read, already, outcomes);
		}
		return new PollResult(read, already, Collections.unmodifiableMap(outcomes), List.copyOf(requests), false);
	}

	private record Handled(Outcome outcome, UUID request, String reference) {
	}

	/** Handles one message; null when another poll or node has handled it already. */
	private Handled handle(Session session, Folder folder, Message message) throws MessagingException {
		var mime = (MimeMessage) message;
		var key = MessageReader.key(mime);
		var tag = key.substring(0, Math.min(key.length(), 16));
		if (processed.known(key)) {
			return null;
		}
		var reading = readMessage(session, mime);
		Handled handled;
		try {
			handled = transactions.execute(status -> {
				processed.claim(key, reading.outcome());
				if (reading.outcome() != Outcome.TICKET) {
					return new Handled(reading.outcome(), null, null);
				}
				var submitted = desk.submit(new NewRequest(null, null, reading.from(), reading.text(), Map.of(), List.of(),
						List.of(), reading.language(), "email"));
				return new Handled(Outcome.TICKET, submitted.id(), submitted.reference());
			});
		}
		catch (DuplicateKeyException e) {
			return null;
		}
		catch (RuntimeException e) {
			var outcome = e instanceof InvalidInput invalid
					&& invalid.errors().stream().anyMatch(error -> error.field().equals("email")) ? Outcome.NO_SENDER
							: Outcome.UNREADABLE;
			log.warn("Request mailbox message {}: no ticket ({})", tag, e.getClass().getSimpleName());
			try {
				transactions.executeWithoutResult(status -> processed.claim(key, outcome));
			}
			catch (DuplicateKeyException duplicate) {
				return null;
			}
			handled = new Handled(outcome, null, null);
		}
		if (handled.reference() != null) {
			log.info("Request mailbox message {}: ticket {}", tag, handled.reference());
		}
		else {
			log.info("Request mailbox message {}: {}", tag, handled.outcome().id());
		}
		mark(folder, message, handled.outcome(), tag);
		return handled;
	}

	/**
	 * The message fetched whole and parsed locally, then read. Nothing above the size limit is fetched: not when the
	 * server announces a larger size, and not when it announced none or a wrong one.
	 */
	private MessageReader.Reading readMessage(Session session, MimeMessage message) {
		var limit = settings.maxSize().toBytes();
		try {
			int size = announcedSize(message);
			if (size > limit) {
				return MessageReader.Reading.not(Outcome.TOO_LARGE);
			}
			var bytes = new ByteArrayOutputStream(Math.max(size, 4096));
			message.writeTo(new Limited(bytes, limit));
			return MessageReader.read(new MimeMessage(session, new ByteArrayInputStream(bytes.toByteArray())));
		}
		catch (TooLarge e) {
			return MessageReader.Reading.not(Outcome.TOO_LARGE);
		}
		catch (MessagingException | IOException | RuntimeException e) {
			log.debug("Request mailbox message not fetched: {}", e.getClass().getSimpleName());
			return MessageReader.Reading.not(Outcome.UNREADABLE);
		}
	}

	/** The size the server gives, or -1; some servers cannot describe a message with odd headers. */
	private static int announcedSize(MimeMessage message) {
		try {
			return message.getSize();
		}
		catch (MessagingException e) {
			return -1;
		}
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

	private Properties properties() {
		var protocol = settings.protocol();
		var timeout = String.valueOf(settings.timeout().toMillis());
		var properties = new Properties();
		properties.put("mail.store.protocol", protocol);
		properties.put("mail." + protocol + ".connectiontimeout", timeout);
		properties.put("mail." + protocol + ".timeout", timeout);
		properties.put("mail." + protocol + ".peek", "true");
		properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
		if (protocol.equals("imap") && settings.starttls()) {
			properties.put("mail.imap.starttls.enable", "true");
			properties.put("mail.imap.starttls.required", "true");
		}
		properties.put("mail.mime.decodetext.strict", "false");
		return properties;
	}

	private static final class TooLarge extends IOException {

		TooLarge() {
			super("message larger than the limit", null);
		}
	}

	/** Refuses to take more than the limit, whatever size the server announced. */
	private static final class Limited extends OutputStream {

		private final OutputStream out;

		private final long limit;

		private long written;

		Limited(OutputStream out, long limit) {
			this.out = out;
			this.limit = limit;
		}

		@Override
		public void write(int b) throws IOException {
			count(1);
			out.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			count(len);
			out.write(b, off, len);
		}

		private void count(int n) throws IOException {
			written += n;
			if (written > limit) {
				throw new TooLarge();
			}
		}
	}
}
