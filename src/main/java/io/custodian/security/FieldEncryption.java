package io.custodian.security;

/**
 * Authenticated encryption of personal fields (AES-256-GCM) bound to associated data, and keyed blind indexes
 * for equality lookups without storing plaintext.
 */
public interface FieldEncryption {

	byte[] encrypt(String plaintext, byte[] associatedData);

	/** Fails when the ciphertext was tampered with or moved to another row. */
	String decrypt(byte[] ciphertext, byte[] associatedData);

	/** Hex HMAC-SHA256 of the value under a dedicated key that is never rotated. */
	String blindIndex(String value);

	/** Whether the ciphertext was made with the current primary key. */
	boolean isCurrent(byte[] ciphertext);
}
