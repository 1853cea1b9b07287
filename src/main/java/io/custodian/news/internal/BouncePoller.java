package io.custodian.news.internal;

import java.util.Properties;

import io.custodian.news.NewsSettings;
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
 * Reads the unseen messages of the bounce mailbox, applies each delivery status notification and marks every message
 * seen; messages that are no notification, report nothing failed or answer no known mail are ignored and counted.
 * Logs carry counts only, never addresses.
 */
@Component
public class BouncePoller {

	private static final Logger log = LoggerFactory.getLogger(BouncePoller.class);

	private final NewsSettings.Bounces settings;

	private final Bounces bounces;

	BouncePoller(NewsSettings settings, Bounces bounces) {
		this.settings = settings.bounces();
		this.bounces = bounces;
	}

	/** What one poll did: messages read, hard and soft bounces applied, messages ignored; failed if unreachable. */
	public record PollResult(int read, int hard, int soft, int ignored, boolean failed) {
	}

	@Scheduled(fixedDelayString = "${custodian.news.bounces.poll-interval:60s}",
			initialDelayString = "${custodian.news.bounces.poll-interval:60s}")
	@SchedulerLock(name = "news-bounces", lockAtMostFor = "PT30M")
	public void poll() {
		if (settings.enabled()) {
			pollOnce();
		}
	}

	/** Reads the bounce mailbox once, now, whether or not the schedule is enabled; never throws. */
	public PollResult pollOnce() {
		if (!settings.configured()) {
			log.warn("Bounce mailbox not polled: custodian.news.bounces.host is not set");
			return new PollResult(0, 0, 0, 0, true);
		}
		var session = Session.getInstance(properties());
		try (var store = session.getStore(settings.protocol())) {
			store.connect(settings.host(), settings.port() == 0 ? -1 : settings.port(), settings.username(),
					settings.password());
			var folder = store.getFolder(settings.folder());
			folder.open(Folder.READ_WRITE);
			try {
				return poll(folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false)));
			}
			finally {
				folder.close(false);
			}
		}
		catch (MessagingException | RuntimeException e) {
			log.warn("Bounce mailbox could not be read: {}", e.getClass().getSimpleName());
			return new PollResult(0, 0, 0, 0, true);
		}
	}

	private PollResult poll(Message[] messages) {
		int hard = 0;
		int soft = 0;
		int ignored = 0;
		for (var message : messages) {
			try {
				var report = message.getSize() > DeliveryReport.MAX_PART * 4 ? null
						: DeliveryReport.of(message).filter(bounces::record).orElse(null);
				if (report == null) {
					ignored++;
				}
				else if (report.kind().equals("hard")) {
					hard++;
				}
				else {
					soft++;
				}
				message.setFlag(Flags.Flag.SEEN, true);
			}
			catch (Exception e) {
				ignored++;
				log.debug("Bounce mailbox message ignored: {}", e.getClass().getSimpleName());
			}
		}
		if (messages.length > 0) {
			log.info("Bounce mailbox polled: {} read, {} hard, {} soft, {} ignored", messages.length, hard, soft, ignored);
		}
		return new PollResult(messages.length, hard, soft, ignored, false);
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
		properties.put("mail.mime.decodetext.strict", "false");
		return properties;
	}
}
