package io.custodian.account.social;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.customer.CustomerPatch;
import io.custodian.customer.CustomerVault;
import io.custodian.customer.FieldSource;
import io.custodian.system.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customers' SNS connections: connecting stores the granted scopes and the tokens (encrypted) and fills only the
 * fields those scopes cover and that hold no value from elsewhere; other values are offered, and a value the customer
 * adopts keeps the one it replaced; revoking deletes the tokens and removes or restores every field that came from the
 * connection, and leaves the provider's revocation to {@link RemoteRevocations}.
 */
@Service
public class SnsConnections {

	static final String FILLED = "filled";

	static final String OFFERED = "offered";

	private final ConnectionStore store;

	private final SnsRegistrations registrations;

	private final CustomerVault vault;

	private final AuditTrail audit;

	private final FieldReversal reversal;

	SnsConnections(ConnectionStore store, SnsRegistrations registrations, CustomerVault vault, AuditTrail audit,
			FieldReversal reversal) {
		this.store = store;
		this.registrations = registrations;
		this.vault = vault;
		this.audit = audit;
		this.reversal = reversal;
	}

	/** What the provider gave at the callback: subject, granted scopes, tokens, and claims or user info. */
	public record Grant(String provider, String subject, Set<String> scopes, String accessToken, String refreshToken,
			Instant expiresAt, Map<String, Object> attributes) {
	}

	/** Connects the provider account to the customer, or refreshes the connection it already has. */
	@Transactional
	public SnsConnection connect(UUID customerId, Grant grant) {
		var name = registrations.displayName(grant.provider());
		var bySubject = store.liveBySubject(grant.provider(), grant.subject());
		if (bySubject.isPresent() && !bySubject.get().customerId().equals(customerId)) {
			throw new SnsRefused("subject-taken", 409, "This " + name + " account is already connected to another "
					+ "customer account. Sign in with it instead, or revoke it there first.");
		}
		var existing = store.liveOf(customerId, grant.provider());
		if (existing.isPresent() && bySubject.isEmpty()) {
			throw new SnsRefused("provider-connected", 409, "Another " + name + " account is connected already. Revoke "
					+ "it on this page before connecting a different one.");
		}
		var now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		var id = existing.map(SnsConnection::id).orElseGet(UUID::randomUUID);
		if (existing.isEmpty()) {
			store.insert(id, customerId, grant.provider(), grant.subject(), grant.scopes(), now);
		}
		store.storeTokens(id, String.join(" ", new TreeSet<>(grant.scopes())), grant.accessToken(),
				grant.refreshToken(), grant.expiresAt(), now);
		var values = SnsProfile.values(grant.attributes(), registrations.fieldsFor(grant.provider(), grant.scopes()));
		var source = FieldSource.sns(grant.provider());
		var current = vault.summary(customerId).fields();
		var set = new LinkedHashMap<String, String>();
		var offered = new TreeSet<String>();
		values.forEach((field, value) -> {
			var key = field.key();
			var info = current.get(key);
			if (info == null || source.equals(info.source())) {
				set.put(key, value);
				var before = store.field(id, key).filter(f -> FILLED.equals(f.state()));
				store.putField(id, key, FILLED, null, before.map(ConnectionStore.StoredField::previousValue).orElse(null),
						before.map(ConnectionStore.StoredField::previousSource).orElse(null),
						before.map(ConnectionStore.StoredField::previousPurposes).orElse(null), now);
			}
			else {
				offered.add(key);
				store.putField(id, key, OFFERED, store.encryptValue(id, "offered_value/" + key, value), null, null, null,
						now);
			}
		});
		if (!set.isEmpty()) {
			vault.update(customerId, new CustomerPatch(set, null, null, null, source, null, null));
		}
		var withdrawn = existing.isEmpty() ? java.util.List.<ConnectionStore.StoredField>of()
				: store.fields(id).stream().filter(f -> values.keySet().stream().noneMatch(v -> v.key().equals(f.field())))
					.toList();
		if (!withdrawn.isEmpty()) {
			reversal.revert(existing.get(), withdrawn);
			withdrawn.forEach(f -> store.deleteField(id, f.field()));
		}
		audit.record(AuditEvent.of(existing.isPresent() ? "sns.refreshed" : "sns.connected", customerId)
			.fields(set.keySet())
			.detail("provider " + grant.provider() + ", connection " + id + ", scopes " + String.join(" ", grant.scopes())
					+ (offered.isEmpty() ? "" : ", offered " + String.join(",", offered))
					+ (withdrawn.isEmpty() ? "" : ", no longer granted " + withdrawn.stream().map(f -> f.field()).toList())));
		return store.find(id).orElseThrow();
	}

	/** Replaces the customer's value of a field with the one the connection offers, keeping the replaced value. */
	@Transactional
	public void adopt(UUID customerId, UUID connectionId, String field) {
		var connection = live(customerId, connectionId);
		var row = store.field(connectionId, field).filter(f -> OFFERED.equals(f.state()))
			.orElseThrow(() -> Problems.notFound("Offered field " + field));
		var value = store.decryptValue(connectionId, "offered_value/" + field, row.offeredValue());
		reversal.adopt(connection, field, value);
		audit.record(AuditEvent.of("sns.field-adopted", customerId).fields(List.of(field))
			.detail("provider " + connection.provider() + ", connection " + connectionId));
	}

	/**
	 * Revokes the connection here: removes or restores its fields, deletes its tokens, and keeps only the token the
	 * provider has still to be told about; {@code by} names who revoked it (customer, staff name, api, erasure).
	 */
	@Transactional
	public SnsConnection revoke(UUID customerId, UUID connectionId, String by) {
		var connection = store.find(connectionId).filter(c -> c.customerId().equals(customerId))
			.orElseThrow(() -> Problems.notFound("Connection " + connectionId));
		if (!connection.live()) {
			return connection;
		}
		var outcome = reversal.revert(connection, store.fields(connectionId));
		store.deleteFields(connectionId);
		var token = store.tokenToRevoke(connectionId);
		var remote = token.isEmpty() ? "none" : hasRevocationEndpoint(connection.provider()) ? "pending" : "none";
		store.markRevoked(connectionId, by, Instant.now().truncatedTo(ChronoUnit.MILLIS),
				"pending".equals(remote) ? token.get() : null, remote);
		if ("none".equals(remote)) {
			store.recordRemote(connectionId, "none", token.isEmpty() ? "no token was held"
					: "the provider has no revocation endpoint; the tokens were deleted here", null);
		}
		var changed = new TreeSet<>(outcome.removed());
		changed.addAll(outcome.restored());
		audit.record(AuditEvent.of("sns.revoked", customerId).fields(changed)
			.detail("provider " + connection.provider() + ", connection " + connectionId + " by " + by + "; removed "
					+ outcome.removed() + ", restored " + outcome.restored() + (outcome.kept().isEmpty() ? ""
							: ", kept " + outcome.kept() + " (cannot be removed)")
					+ ", provider revocation " + remote));
		return store.find(connectionId).orElseThrow();
	}

	/** The customer's connections, live and revoked, newest first. */
	@Transactional(readOnly = true)
	public List<SnsConnection> of(UUID customerId) {
		return store.of(customerId);
	}

	@Transactional(readOnly = true)
	public Optional<SnsConnection> find(UUID customerId, UUID connectionId) {
		return store.find(connectionId).filter(c -> c.customerId().equals(customerId));
	}

	/** The customer a live connection with this provider account belongs to. */
	@Transactional(readOnly = true)
	public Optional<UUID> customerOf(String provider, String subject) {
		return store.liveBySubject(provider, subject).map(SnsConnection::customerId);
	}

	/** The value a connection offers for a field, for the customer to compare. */
	@Transactional(readOnly = true)
	public Map<String, String> offers(UUID customerId, UUID connectionId) {
		var offers = new LinkedHashMap<String, String>();
		find(customerId, connectionId).ifPresent(c -> store.fields(connectionId).stream()
			.filter(f -> OFFERED.equals(f.state()))
			.forEach(f -> offers.put(f.field(), store.decryptValue(connectionId, "offered_value/" + f.field(),
					f.offeredValue()))));
		return offers;
	}

	private SnsConnection live(UUID customerId, UUID connectionId) {
		return store.find(connectionId).filter(c -> c.customerId().equals(customerId) && c.live())
			.orElseThrow(() -> Problems.notFound("Connection " + connectionId));
	}

	private boolean hasRevocationEndpoint(String provider) {
		try {
			var registration = registrations.findByRegistrationId(provider);
			return registration != null && registration.getProviderDetails().getConfigurationMetadata()
				.get(SnsRegistrations.REVOCATION_ENDPOINT) != null;
		}
		catch (ProviderUnavailable e) {
			return true;
		}
	}
}
