package io.custodian.support;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Support settings ({@code custodian.support.*}): the IMAP mailbox whose mails become case messages. Replies go out
 * over SMTP with Spring Boot's {@code spring.mail.*} settings, from the request desk's sender address.
 */
@ConfigurationProperties("custodian.support")
public record SupportSettings(@DefaultValue Mailbox mailbox) {

	/**
	 * The support mailbox.
	 *
	 * @param enabled polls on a schedule when true; the poller's {@code pollOnce()} works either way
	 * @param host the IMAP server
	 * @param port its port; 0 means the protocol's default
	 * @param protocol {@code imap} or {@code imaps}
	 * @param username the mailbox login
	 * @param password the mailbox password (never logged)
	 * @param folder the folder read
	 * @param pollInterval the pause between two polls
	 * @param maxSize larger messages are not read
	 */
	public record Mailbox(@DefaultValue("false") boolean enabled, String host, @DefaultValue("0") int port,
			@DefaultValue("imaps") String protocol, String username, String password,
			@DefaultValue("INBOX") String folder, @DefaultValue("60s") Duration pollInterval,
			@DefaultValue("256KB") DataSize maxSize) {

		public Mailbox {
			protocol = protocol == null || protocol.isBlank() ? "imaps" : protocol.strip().toLowerCase(Locale.ROOT);
			if (!protocol.equals("imap") && !protocol.equals("imaps")) {
				throw new IllegalArgumentException("custodian.support.mailbox.protocol must be imap or imaps");
			}
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("custodian.support.mailbox.port must be between 0 and 65535");
			}
			folder = folder == null || folder.isBlank() ? "INBOX" : folder;
		}

		public boolean configured() {
			return host != null && !host.isBlank();
		}

		@Override
		public String toString() {
			return "Mailbox[enabled=" + enabled + ", host=" + host + ", port=" + port + ", protocol=" + protocol
					+ ", folder=" + folder + ", password=" + (password == null ? "unset" : "***") + "]";
		}
	}
}
