package io.custodian.request.internal.mail;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The IMAP mailbox privacy requests arrive in ({@code custodian.requests.mailbox.*}). Answers go out over SMTP with
 * Spring Boot's own {@code spring.mail.*} settings.
 *
 * @param enabled polls on a schedule when true; {@link MailboxPoller#pollOnce()} works either way
 * @param host the IMAP server
 * @param port its port; 0 means the protocol's default (143 for imap, 993 for imaps)
 * @param protocol {@code imaps} (TLS from the start) or {@code imap} (plain, or upgraded with {@code starttls})
 * @param username the mailbox login
 * @param password the mailbox password (never logged)
 * @param folder the folder read, INBOX unless set
 * @param pollInterval the pause between two polls
 * @param starttls with {@code imap}: require STARTTLS before logging in
 * @param maxSize larger messages are not read and get no ticket
 * @param unseenOnly reads only messages not yet marked {@code \Seen}; false reads every message in the folder
 * @param processedFolder when set, handled messages are moved there (the folder must exist)
 * @param timeout connect and read timeout
 */
@ConfigurationProperties("custodian.requests.mailbox")
public record MailboxSettings(@DefaultValue("false") boolean enabled, String host, @DefaultValue("0") int port,
		@DefaultValue("imaps") String protocol, String username, String password, @DefaultValue("INBOX") String folder,
		@DefaultValue("60s") Duration pollInterval, @DefaultValue("false") boolean starttls,
		@DefaultValue("1MB") DataSize maxSize, @DefaultValue("true") boolean unseenOnly, String processedFolder,
		@DefaultValue("30s") Duration timeout) {

	public MailboxSettings {
		protocol = protocol == null || protocol.isBlank() ? "imaps" : protocol.trim().toLowerCase(Locale.ROOT);
		if (!protocol.equals("imap") && !protocol.equals("imaps")) {
			throw new IllegalArgumentException("custodian.requests.mailbox.protocol must be imap or imaps");
		}
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("custodian.requests.mailbox.port must be between 0 and 65535");
		}
		folder = folder == null || folder.isBlank() ? "INBOX" : folder;
		processedFolder = processedFolder == null || processedFolder.isBlank() ? null : processedFolder;
	}

	boolean configured() {
		return host != null && !host.isBlank();
	}

	@Override
	public String toString() {
		return "MailboxSettings[enabled=" + enabled + ", host=" + host + ", port=" + port + ", protocol=" + protocol
				+ ", folder=" + folder + ", pollInterval=" + pollInterval + ", starttls=" + starttls + ", maxSize=" + maxSize
				+ ", unseenOnly=" + unseenOnly + ", processedFolder=" + processedFolder + ", password=" + (password == null ? "unset" : "***")
				+ "]";
	}
}
