package io.custodian.support.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.custodian.security.FieldEncryption;
import org.springframework.stereotype.Component;

/** Encrypts a case's subject and each message's text, bound to their row and column. */
@Component
class SupportCrypto {

	private final FieldEncryption encryption;

	SupportCrypto(FieldEncryption encryption) {
		this.encryption = encryption;
	}

	byte[] subject(UUID caseId, String subject) {
		return encryption.encrypt(subject, ad("case", caseId));
	}

	String subject(UUID caseId, byte[] ciphertext) {
		return encryption.decrypt(ciphertext, ad("case", caseId));
	}

	byte[] body(UUID messageId, String body) {
		return encryption.encrypt(body, ad("message", messageId));
	}

	String body(UUID messageId, byte[] ciphertext) {
		return encryption.decrypt(ciphertext, ad("message", messageId));
	}

	byte[] reencrypt(String kind, UUID id, byte[] ciphertext, FieldEncryption current) {
		var ad = ad(kind, id);
		return current.encrypt(current.decrypt(ciphertext, ad), ad);
	}

	private static byte[] ad(String kind, UUID id) {
		return ("support-" + kind + ":" + id).getBytes(StandardCharsets.UTF_8);
	}
}
