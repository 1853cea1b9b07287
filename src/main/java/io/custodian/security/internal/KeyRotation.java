package io.custodian.security.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import org.springframework.stereotype.Service;

/** Rotates the value key and re-encrypts every registered store so that old keys can later be retired. */
@Service
public class KeyRotation {

	private final TinkFieldEncryption encryption;

	private final List<io.custodian.security.EncryptedStore> stores;

	private final AuditTrail audit;

	KeyRotation(TinkFieldEncryption encryption, List<io.custodian.security.EncryptedStore> stores, AuditTrail audit) {
		this.encryption = encryption;
		this.stores = stores;
		this.audit = audit;
	}

	public Rotation rotate() {
		var keyId = encryption.rotate();
		audit.recordIndependently(AuditEvent.of("keys.rotated", null).detail("primary key " + keyId));
		return new Rotation(keyId, encryption.keyCount(), reencrypt());
	}

	public Map<String, Integer> reencrypt() {
		var rewritten = new LinkedHashMap<String, Integer>();
		stores.forEach(store -> rewritten.put(store.name(), store.reencrypt(encryption)));
		audit.recordIndependently(AuditEvent.of("keys.reencrypted", null).detail(rewritten.toString()));
		return rewritten;
	}

	public KeyStatus status() {
		return new KeyStatus(encryption.primaryKeyId(), encryption.keyCount());
	}

	/** The outcome of one rotation. */
	public record Rotation(int primaryKeyId, int keys, Map<String, Integer> reencrypted) {
	}

	/** The primary key and how many keys the keyset holds. */
	public record KeyStatus(int primaryKeyId, int keys) {
	}
}
