package io.custodian;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real mail server (GreenMail: SMTP, and IMAP with the support and bounce mailboxes) for the whole test run, wired
 * into Spring's mail settings and the mailbox settings of the modules that read mail. Test classes that extend this
 * share one application context with each other, instead of starting one each. The mailboxes are not polled on a
 * schedule; tests call the pollers themselves.
 */
public abstract class WithMailServer {

	protected static final String SUPPORT_MAILBOX = "support@custodian.test";

	protected static final String BOUNCE_MAILBOX = "bounces@custodian.test";

	protected static final String MAILBOX_PASSWORD = "mailbox-secret";

	protected static final GreenMail MAIL = new GreenMail(new ServerSetup[] {
			new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
			new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP) });

	static {
		MAIL.start();
		MAIL.setUser(SUPPORT_MAILBOX, SUPPORT_MAILBOX, MAILBOX_PASSWORD);
		MAIL.setUser(BOUNCE_MAILBOX, BOUNCE_MAILBOX, MAILBOX_PASSWORD);
	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> MAIL.getSmtp().getServerSetup().getPort());
		mailbox(registry, "custodian.support.mailbox", SUPPORT_MAILBOX);
		mailbox(registry, "custodian.news.bounces", BOUNCE_MAILBOX);
	}

	private static void mailbox(DynamicPropertyRegistry registry, String prefix, String user) {
		registry.add(prefix + ".enabled", () -> "false");
		registry.add(prefix + ".host", () -> "127.0.0.1");
		registry.add(prefix + ".port", () -> MAIL.getImap().getServerSetup().getPort());
		registry.add(prefix + ".protocol", () -> "imap");
		registry.add(prefix + ".username", () -> user);
		registry.add(prefix + ".password", () -> MAILBOX_PASSWORD);
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
