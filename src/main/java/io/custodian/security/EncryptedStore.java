package io.custodian.security;

/** A store holding ciphertexts made with {@link FieldEncryption}; re-encrypts them after a key rotation. */
public interface EncryptedStore {

	String name();

	/** Re-encrypts every ciphertext not made with the current primary key; returns how many were rewritten. */
	int reencrypt(FieldEncryption encryption);
}
