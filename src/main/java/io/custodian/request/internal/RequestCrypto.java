package io.custodian.request.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import io.custodian.security.FieldEncryption;
import org.springframework.stereotype.Component;

/** Encrypts what a request holds (email, message, notes, results), each bound to its request and field. */
@Component
class RequestCrypto {

	private final FieldEncryption encryption;

	RequestCrypto(FieldEncryption encryption) {
		this.encryption = encryption;
	}

	byte[] encrypt(UUID request, String field, String value) {
		return value == null ? null : encryption.encrypt(value, ad(request, field));
	}

	/** The value, or null when there is none or it was erased (erasure leaves an empty ciphertext). */
	String decrypt(UUID request, String field, byte[] ciphertext) {
		return ciphertext == null || ciphertext.length == 0 ? null : encryption.decrypt(ciphertext, ad(request, field));
	}

	String emailIndex(String email) {
		return encryption.blindIndex("request-email:" + email.strip().toLowerCase(Locale.ROOT));
	}

	private static byte[] ad(UUID request, String field) {
		return ("request:" + request + "/" + field).getBytes(StandardCharsets.UTF_8);
	}
}
