package io.custodian.disclosure.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.disclosure.IssuedCredential;
import io.custodian.disclosure.NewCredential;
import io.custodian.disclosure.RecipientCredential;
import io.custodian.disclosure.RecipientCredentials;
import io.custodian.disclosure.Recipients;
import io.custodian.security.CurrentActor;
import io.custodian.system.InvalidInput;
import io.custodian.system.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues recipient credentials ({@code rcp_} and 32 random bytes, kept as their SHA-256) valid up to three years and
 * never beyond the issuer's role, revokes them, and authenticates a presented secret.
 */
@Service
class CredentialDesk implements RecipientCredentials {

	static final String PREFIX = "rcp_";

	private static final int MAX_LABEL = 200;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CredentialRows rows;

	private final Recipients recipients;

	private final AuditTrail audit;

	CredentialDesk(CredentialRows rows, Recipients recipients, AuditTrail audit) {
		this.rows = rows;
		this.recipients = recipients;
		this.audit = audit;
	}

	@Override
	@Transactional
	public IssuedCredential issue(UUID recipientId, NewCredential input) {
		recipients.get(recipientId);
		var label = input == null || input.label() == null || input.label().isBlank() ? "API credential"
				: input.label().strip();
		if (label.length() > MAX_LABEL) {
			throw new InvalidInput("label", "must be at most " + MAX_LABEL + " characters");
		}
		var today = LocalDate.now(ZoneOffset.UTC);
		var expires = input == null || input.expires() == null ? today.plusYears(1) : input.expires();
		if (!expires.isAfter(today) || expires.isAfter(today.plusYears(3))) {
			throw new InvalidInput("expires", "must be after today and at most three years ahead");
		}
		var role = CurrentActor.role().orElseThrow(() -> Problems.forbidden("role-not-permitted",
				"Only a staff member can issue a recipient credential"));
		var secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
		var credential = new RecipientCredential(UUID.randomUUID(), recipientId, label, Instant.now(),
				CurrentActor.name(), expires.atStartOfDay(ZoneOffset.UTC).toInstant(), null, null, null);
		rows.insert(credential, hash(secret), role.id());
		audit.record(AuditEvent.of("recipient.credential.issued", recipientId)
			.detail("credential " + credential.id() + " (" + label + "), expires " + expires));
		return new IssuedCredential(credential, secret);
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecipientCredential> of(UUID recipientId) {
		recipients.get(recipientId);
		return rows.of(recipientId);
	}

	@Override
	@Transactional
	public void revoke(UUID recipientId, UUID credentialId) {
		rows.find(recipientId, credentialId)
			.orElseThrow(() -> Problems.notFound("Credential " + credentialId + " of recipient " + recipientId));
		if (!rows.revoke(credentialId, CurrentActor.name(), Instant.now())) {
			throw Problems.conflict("Credential " + credentialId + " was already revoked");
		}
		audit.record(AuditEvent.of("recipient.credential.revoked", recipientId).detail("credential " + credentialId));
	}

	/** The usable credential with this secret; notes its use at most once a minute. */
	@Transactional
	Optional<CredentialRows.Holder> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
			return Optional.empty();
		}
		var now = Instant.now();
		var found = rows.usable(hash(secret), now);
		found.filter(h -> h.lastUsedAt() == null || h.lastUsedAt().isBefore(now.minusSeconds(60)))
			.ifPresent(h -> rows.used(h.id(), now));
		return found;
	}

	private static byte[] randomBytes() {
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
