package io.custodian.security.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import io.custodian.security.FieldEncryption;
import io.custodian.security.SecuritySettings;
import io.custodian.system.SystemSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Field encryption with Google Tink: an AES256_GCM keyset for values and an HMAC-SHA256 PRF for blind indexes. */
@Component
class TinkFieldEncryption implements FieldEncryption {

	private static final Logger log = LoggerFactory.getLogger(TinkFieldEncryption.class);

	static final String VALUES = "values-keyset";

	private static final String INDEX = "index-keyset";

	private final Keysets keysets;

	private final PrfSet index;

	private volatile KeysetHandle handle;

	private volatile Aead aead;

	TinkFieldEncryption(SystemSettings system, SecuritySettings settings) throws GeneralSecurityException {
		AeadConfig.register();
		PrfConfig.register();
		this.keysets = new Keysets(system.resolve("keys"), settings);
		if (!settings.hasMasterKey()) {
			log.warn("""
					No master key is set: the encryption keysets in {} are stored UNENCRYPTED beside the database, \
					so anyone who copies the data directory can read every encrypted field. Set CUSTODIAN_MASTER_KEY \
					(custodian.security.master-key) to 32 random bytes in Base64, e.g. `openssl rand -base64 32`, \
					and keep it outside the data directory, best before the first start (a keyset file already written \
					stays unencrypted until it is written again, as by a key rotation).""",
					system.resolve("keys").toAbsolutePath());
		}
		this.index = keysets.loadOrCreate(INDEX, PredefinedPrfParameters.HMAC_SHA256_PRF).getPrimitive(RegistryConfiguration.get(),
				PrfSet.class);
		use(keysets.loadOrCreate(VALUES, PredefinedAeadParameters.AES256_GCM));
	}

	@Override
	public byte[] encrypt(String plaintext, byte[] associatedData) {
		try {
			return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), associatedData);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Encryption failed", e);
		}
	}

	@Override
	public String decrypt(byte[] ciphertext, byte[] associatedData) {
		try {
			return new String(aead.decrypt(ciphertext, associatedData), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("A ciphertext does not decrypt: tampered with or moved to another row", e);
		}
	}

	@Override
	public String blindIndex(String value) {
		try {
			return HexFormat.of().formatHex(index.computePrimary(value.getBytes(StandardCharsets.UTF_8), 32));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Blind index failed", e);
		}
	}

	@Override
	public boolean isCurrent(byte[] ciphertext) {
		return ciphertext.length > 5 && ByteBuffer.wrap(ciphertext, 1, 4).getInt() == handle.getPrimary().getId();
	}

	int primaryKeyId() {
		return handle.getPrimary().getId();
	}

	int keyCount() {
		return handle.size();
	}

	synchronized int rotate() {
		try {
			var rotated = KeysetHandle.newBuilder(handle)
				.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId().makePrimary())
				.build();
			keysets.write(VALUES, rotated);
			use(rotated);
			return rotated.getPrimary().getId();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Key rotation failed", e);
		}
	}

	private void use(KeysetHandle next) {
		try {
			this.aead = next.getPrimitive(RegistryConfiguration.get(), Aead.class);
			this.handle = next;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Keyset is not usable", e);
		}
	}
}
