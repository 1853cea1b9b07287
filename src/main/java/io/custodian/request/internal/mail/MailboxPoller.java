package io.custodian.request.internal.mail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.search.FlagTerm;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Turns the emails in the request mailbox into request tickets, each message exactly once (see
 * {@link MessageHandler}): connects, reads the folder and hands over each message on its own, so one bad message never
 * stops the others. Logs carry outcomes and hashed keys, never addresses or text.
 */
@Component
public class MailboxPoller {

	private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

	private final MailboxSettings settings;

	private final MessageHandler handler;

	MailboxPoller(MailboxSettings settings, MessageHandler handler) {
		this.settings = settings;
		this.handler = handler;
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
				var handled = handler.handle(session, folder, message);
				if (handled == null) {
					already++;
					continue;
				}
				outcomes.merge(handled.outcome(), 1, Integer::sum);
				if (handled.outcome() == Outcome.TICKET && handled.request() != null) {
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
}
