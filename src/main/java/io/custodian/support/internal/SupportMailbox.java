package io.custodian.support.internal;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import io.custodian.support.SupportSettings;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the unseen mails of the support mailbox and files each on its own (one bad mail never stops the others),
 * marking it seen; mails above the size limit are marked seen and not read. Logs carry counts, never addresses.
 */
@Component
public class SupportMailbox {

	private static final Logger log = LoggerFactory.getLogger(SupportMailbox.class);

	private final SupportSettings.Mailbox settings;

	private final MailIntake intake;

	SupportMailbox(SupportSettings settings, MailIntake intake) {
		this.settings = settings.mailbox();
		this.intake = intake;
	}

	@Scheduled(fixedDelayString = "${custodian.support.mailbox.poll-interval:60s}",
			initialDelayString = "${custodian.support.mailbox.poll-interval:60s}")
	@SchedulerLock(name = "support-mailbox", lockAtMostFor = "PT30M")
	public void poll() {
		if (settings.enabled()) {
			pollOnce();
		}
	}

	/** Reads the mailbox once, now, enabled or not; returns how many mails ended how, and never throws. */
	public Map<String, Integer> pollOnce() {
		var outcomes = new TreeMap<String, Integer>();
		if (!settings.configured()) {
			log.warn("Support mailbox not polled: custodian.support.mailbox.host is not set");
			return outcomes;
		}
		var session = Session.getInstance(properties());
		try (var store = session.getStore(settings.protocol())) {
			store.connect(settings.host(), settings.port() == 0 ? -1 : settings.port(), settings.username(),
					settings.password());
			var folder = store.getFolder(settings.folder());
			folder.open(Folder.READ_WRITE);
			try {
				for (var message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
					outcomes.merge(file((MimeMessage) message), 1, Integer::sum);
				}
			}
			finally {
				folder.close(false);
			}
		}
		catch (MessagingException | RuntimeException e) {
			log.warn("Support mailbox could not be read: {}", e.getClass().getSimpleName());
		}
		if (!outcomes.isEmpty()) {
			log.info("Support mailbox polled: {}", outcomes);
		}
		return outcomes;
	}

	private String file(MimeMessage message) {
		try {
			String outcome;
			if (message.getSize() > settings.maxSize().toBytes()) {
				outcome = "too-large";
			}
			else {
				var filed = intake.file(InboundMail.read(message));
				outcome = filed == null ? "filed-before" : filed;
			}
			message.setFlag(Flags.Flag.SEEN, true);
			return outcome;
		}
		catch (Exception e) {
			log.warn("Support mail skipped: {}", e.getClass().getSimpleName());
			return "failed";
		}
	}

	private Properties properties() {
		var protocol = settings.protocol();
		var properties = new Properties();
		properties.put("mail.store.protocol", protocol);
		properties.put("mail." + protocol + ".connectiontimeout", "30000");
		properties.put("mail." + protocol + ".timeout", "30000");
		properties.put("mail." + protocol + ".peek", "true");
		properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
		properties.put("mail.mime.decodetext.strict", "false");
		return properties;
	}
}
