package io.custodian.news;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Product-news settings: the bounce mailbox ({@code custodian.news.bounces.*}). */
@ConfigurationProperties("custodian.news")
public record NewsSettings(@DefaultValue Bounces bounces) {

	/**
	 * The IMAP mailbox delivery status notifications arrive in, and the address campaign mails name as their envelope
	 * sender so that bounces go there.
	 *
	 * @param enabled polls on a schedule when true; the poller's {@code pollOnce()} works either way
	 * @param host the IMAP server
	 * @param port its port; 0 means the protocol's default
	 * @param protocol {@code imaps} or {@code imap}
	 * @param username the mailbox login
	 * @param password the mailbox password (never logged)
	 * @param folder the folder read, INBOX unless set
	 * @param pollInterval the pause between two polls
	 * @param address the envelope sender (Return-Path) of campaign mails; unset keeps the SMTP default
	 * @param timeout connect and read timeout
	 */
	public record Bounces(@DefaultValue("false") boolean enabled, String host, @DefaultValue("0") int port,
			@DefaultValue("imaps") String protocol, String username, String password,
			@DefaultValue("INBOX") String folder, @DefaultValue("60s") Duration pollInterval, String address,
			@DefaultValue("30s") Duration timeout) {

		public Bounces {
			protocol = protocol == null || protocol.isBlank() ? "imaps" : protocol.strip().toLowerCase(Locale.ROOT);
			if (!protocol.equals("imap") && !protocol.equals("imaps")) {
				throw new IllegalArgumentException("custodian.news.bounces.protocol must be imap or imaps");
			}
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("custodian.news.bounces.port must be between 0 and 65535");
			}
			folder = folder == null || folder.isBlank() ? "INBOX" : folder;
			address = address == null || address.isBlank() ? null : address.strip();
		}

		public boolean configured() {
			return host != null && !host.isBlank();
		}

		@Override
		public String toString() {
			return "Bounces[enabled=" + enabled + ", host=" + host + ", port=" + port + ", protocol=" + protocol
					+ ", folder=" + folder + ", address=" + address + ", password=" + (password == null ? "unset" : "***")
					+ "]";
		}
	}
}
