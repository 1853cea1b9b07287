package io.custodian.customer.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import io.custodian.security.FieldEncryption;
import org.springframework.stereotype.Component;

/** Encrypts a field bound to its customer and field name, so a ciphertext moved elsewhere does not decrypt. */
@Component
class FieldCrypto {

	private final FieldEncryption encryption;

	FieldCrypto(FieldEncryption encryption) {
		this.encryption = encryption;
	}

	byte[] encrypt(UUID customer, String field, String value) {
		return encryption.encrypt(value, associatedData(customer, field));
	}

	String decrypt(UUID customer, String field, byte[] ciphertext) {
		return encryption.decrypt(ciphertext, associatedData(customer, field));
	}

	String emailIndex(String email) {
		return encryption.blindIndex("email:" + email.strip().toLowerCase(Locale.ROOT));
	}

	FieldEncryption encryption() {
		return encryption;
	}

	static byte[] associatedData(UUID customer, String field) {
		return ("customer:" + customer + "/" + field).getBytes(StandardCharsets.UTF_8);
	}
}
