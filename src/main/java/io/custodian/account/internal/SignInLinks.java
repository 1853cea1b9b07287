package io.custodian.account.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import io.custodian.account.AccountSettings;
import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.audit.HashChain;
import io.custodian.customer.CustomerField;
import io.custodian.customer.CustomerVault;
import io.custodian.system.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pending sign-ins by email: every request gets a pending sign-in and the same answer, but only a known customer under
 * the hourly limit gets a mail; its link and six-digit code are stored as hashes, expire, work once, and a few wrong
 * codes end the pending sign-in.
 */
@Component
public class SignInLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final CustomerVault vault;

	private final AccountSettings settings;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	SignInLinks(JdbcClient jdbc, CustomerVault vault, AccountSettings settings, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.vault = vault;
		this.settings = settings;
		this.audit = audit;
		this.events = events;
	}

	/** Starts a sign-in for whoever owns this email; the pending sign-in's id, whether or not the email is known. */
	@Transactional
	public UUID request(String email, String language) {
		var checked = CustomerField.EMAIL.validate(email == null ? "" : email);
		if (!checked.isValid()) {
			throw new InvalidInput("email", checked.reason());
		}
		var id = UUID.randomUUID();
		var now = now();
		var customer = vault.idByEmail(checked.value()).orElse(null);
		jdbc.sql("INSERT INTO sign_in_links (id, customer_id, created_at, expires_at) VALUES (:id, :c, :now, :exp)")
			.param("id", id).param("c", customer).param("now", utc(now)).param("exp", utc(now.plus(settings.linkValidity())))
			.update();
		if (customer != null) {
			if (sentWithinHour(customer, now) <= settings.linksPerHour()) {
				audit.record(AuditEvent.of("account.sign-in-requested", customer));
				events.publishEvent(new SignInRequested(id, customer, language));
			}
			else {
				audit.record(AuditEvent.of("account.sign-in-requested", customer).denied("hourly limit of sign-in mails"));
			}
		}
		return id;
	}

	/** Gives a pending sign-in its link token and code, once; empty when it was used, expired or already issued. */
	@Transactional
	public Optional<Secrets> issue(UUID linkId) {
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		var code = String.format("%06d", RANDOM.nextInt(1_000_000));
		var issued = jdbc.sql("""
				UPDATE sign_in_links SET token_hash = :token, code_hash = :code
				WHERE id = :id AND customer_id IS NOT NULL AND used_at IS NULL AND expires_at > :now""")
			.param("token", HashChain.sha256(token)).param("code", codeHash(linkId, code)).param("id", linkId)
			.param("now", utc(now())).update();
		return issued == 1 ? Optional.of(new Secrets(token, code)) : Optional.empty();
	}

	/** The customer a code signs in; a wrong code counts against the pending sign-in. */
	@Transactional(noRollbackFor = InvalidInput.class)
	public UUID byCode(UUID linkId, String code) {
		if (code == null || !code.strip().matches("\\d{6}")) {
			throw new InvalidInput("code", "must be the 6 digits from the email");
		}
		var link = jdbc.sql("""
				SELECT customer_id, code_hash, attempts FROM sign_in_links
				WHERE id = :id AND used_at IS NULL AND expires_at > :now FOR UPDATE""")
			.param("id", linkId).param("now", utc(now()))
			.query((rs, n) -> new Pending(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3)))
			.optional()
			.filter(p -> p.attempts() < settings.maxCodeAttempts())
			.orElseThrow(() -> refused(null, "expired", "code", "has expired or was used; ask for a new one"));
		if (link.codeHash() == null || !link.codeHash().equals(codeHash(linkId, code.strip()))) {
			jdbc.sql("UPDATE sign_in_links SET attempts = attempts + 1 WHERE id = :id").param("id", linkId).update();
			throw refused(link.customerId(), "wrong code", "code", "is not the code we sent");
		}
		use(linkId);
		return link.customerId();
	}

	/** The customer a link signs in, used up at once. */
	@Transactional(noRollbackFor = InvalidInput.class)
	public UUID byToken(String token) {
		var customer = jdbc.sql("""
				SELECT id, customer_id FROM sign_in_links
				WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now FOR UPDATE""")
			.param("hash", HashChain.sha256(token == null ? "" : token)).param("now", utc(now()))
			.query((rs, n) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) })
			.optional()
			.orElseThrow(() -> refused(null, "expired link", "link", "has expired or was used; ask for a new one"));
		use(customer[0]);
		return customer[1];
	}

	private void use(UUID linkId) {
		jdbc.sql("UPDATE sign_in_links SET used_at = :now WHERE id = :id").param("now", utc(now())).param("id", linkId)
			.update();
	}

	private long sentWithinHour(UUID customer, Instant now) {
		return jdbc.sql("SELECT COUNT(*) FROM sign_in_links WHERE customer_id = :c AND created_at > :since")
			.param("c", customer).param("since", utc(now.minusSeconds(3600))).query(Long.class).single();
	}

	private InvalidInput refused(UUID customer, String why, String field, String reason) {
		audit.recordIndependently(AuditEvent.of("account.sign-in", customer == null ? "unknown" : customer).denied(why));
		return new InvalidInput(field, reason);
	}

	private static String codeHash(UUID linkId, String code) {
		return HashChain.sha256(linkId + ":" + code);
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/** The link token and the code of one pending sign-in, to be mailed and then forgotten. */
	public record Secrets(String token, String code) {
	}

	private record Pending(UUID customerId, String codeHash, int attempts) {
	}
}
