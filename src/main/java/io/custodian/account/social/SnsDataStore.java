package io.custodian.account.social;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.ErasureOutcome;
import io.custodian.personaldata.PersonalDataStore;
import io.custodian.personaldata.StoreDescription;
import io.custodian.security.EncryptedStore;
import io.custodian.security.FieldEncryption;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The SNS connections' part of the personal-data map: the export lists each connection with its scopes, dates, the
 * fields that came from it and what the provider answered to its revocation, never a token; erasure removes the
 * connections with their tokens and, once committed, asks each provider to revoke its grant too. A restriction needs nothing here: the vault refuses every change SNS data would make.
 */
@Component
class SnsDataStore implements PersonalDataStore, EncryptedStore {

	private final ConnectionStore store;

	private final AuditTrail audit;

	private final ConnectionCiphertexts ciphertexts;

	private final RemoteRevocations revocations;

	SnsDataStore(ConnectionStore store, AuditTrail audit, ConnectionCiphertexts ciphertexts,
			RemoteRevocations revocations) {
		this.store = store;
		this.audit = audit;
		this.ciphertexts = ciphertexts;
		this.revocations = revocations;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(DataSubject subject) {
		var connections = store.of(subject.customerId()).stream().map(SnsDataStore::export).toList();
		var export = new LinkedHashMap<String, Object>();
		if (!connections.isEmpty()) {
			export.put("connections", connections);
		}
		return export;
	}

	private static Map<String, Object> export(SnsConnection c) {
		var entry = new LinkedHashMap<String, Object>();
		entry.put("provider", c.provider());
		entry.put("providerName", c.providerName());
		entry.put("scopes", c.scopes());
		entry.put("connectedAt", c.connectedAt());
		entry.put("refreshedAt", c.refreshedAt());
		entry.put("fieldsFromConnection", c.fields().stream().filter(f -> !f.offered()).map(SnsConnection.Field::field)
			.toList());
		entry.put("fieldsOffered", c.fields().stream().filter(SnsConnection.Field::offered).map(SnsConnection.Field::field)
			.toList());
		if (c.revokedAt() != null) {
			entry.put("revokedAt", c.revokedAt());
			entry.put("revokedBy", c.revokedBy());
			entry.put("providerRevocation", c.remoteStatus());
			entry.put("providerAnswer", c.remoteAnswer());
		}
		return entry;
	}

	@Override
	public void restrict(DataSubject subject) {
	}

	@Override
	public void lift(DataSubject subject) {
	}

	@Override
	@Transactional
	public ErasureOutcome erase(DataSubject subject) {
		var customer = subject.customerId();
		var grants = grantsToRevoke(customer);
		var rows = store.deleteOf(customer);
		if (rows > 0) {
			audit.record(AuditEvent.of("sns.erased", customer).detail(rows + " rows"));
		}
		if (!grants.isEmpty()) {
			afterCommit(() -> revocations.afterErasure(customer, grants));
		}
		return ErasureOutcome.removed(name(), rows);
	}

	/** Live connections' tokens, and the tokens of revoked ones whose provider has not answered yet. */
	private List<RemoteRevocations.ErasedGrant> grantsToRevoke(java.util.UUID customer) {
		return store.of(customer).stream()
			.flatMap(c -> (c.live() ? store.tokenToRevoke(c.id()) : store.remoteToken(c.id()))
				.map(token -> new RemoteRevocations.ErasedGrant(c.provider(), token)).stream())
			.toList();
	}

	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

	@Override
	public StoreDescription describe() {
		return new StoreDescription(name(), "Connected social network accounts: provider, account id, granted scopes, "
				+ "dates, access and refresh tokens (encrypted) and the values a provider offers (encrypted) or that a "
				+ "provider's value replaced (encrypted, to restore them on revocation)",
				List.of("sns_connections", "sns_connection_fields"),
				List.of("provider", "subject", "scopes", "accessToken", "refreshToken", "offeredValue", "previousValue"),
				List.of("support"), "until the customer revokes the connection (tokens and account id at once, the "
						+ "record of the revocation with the account) or asks for erasure");
	}

	@Override
	public String name() {
		return "sns";
	}

	@Override
	@Transactional
	public int reencrypt(FieldEncryption encryption) {
		return ciphertexts.reencrypt(encryption);
	}
}
