package io.custodian.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.subtle.AesGcmJce;
import io.custodian.security.SecuritySettings;

/** Keyset files in the data directory, wrapped by the master key when one is configured. */
final class Keysets {

	private static final byte[] WRAP_CONTEXT = "custodian-keyset".getBytes(StandardCharsets.UTF_8);

	private final Path directory;

	private final Aead master;

	Keysets(Path directory, SecuritySettings settings) {
		this.directory = directory;
		this.master = settings.hasMasterKey() ? masterAead(settings.masterKey()) : null;
	}

	KeysetHandle loadOrCreate(String name, Parameters parameters) {
		var file = directory.resolve(name + ".json");
		if (Files.exists(file)) {
			return read(file);
		}
		try {
			var handle = KeysetHandle.generateNew(parameters);
			write(name, handle);
			return handle;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Could not create keyset " + name, e);
		}
	}

	void write(String name, KeysetHandle handle) {
		try {
			Files.createDirectories(directory);
			var json = master == null ? TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get())
					: TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(handle, master, WRAP_CONTEXT);
			var temporary = Files.createTempFile(directory, name, ".tmp");
			restrictToOwner(temporary);
			Files.writeString(temporary, json);
			Files.move(temporary, directory.resolve(name + ".json"), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write keyset " + name, e);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Could not serialize keyset " + name, e);
		}
	}

	private KeysetHandle read(Path file) {
		try {
			var json = Files.readString(file);
			var wrapped = json.contains("encryptedKeyset");
			if (wrapped && master == null) {
				throw new IllegalStateException("The keyset " + file
						+ " is wrapped by a master key: set custodian.security.master-key (CUSTODIAN_MASTER_KEY)");
			}
			return wrapped ? TinkJsonProtoKeysetFormat.parseEncryptedKeyset(json, master, WRAP_CONTEXT)
					: TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read keyset " + file, e);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Could not open keyset " + file + ": wrong master key or damaged file", e);
		}
	}

	private static Aead masterAead(String base64) {
		try {
			var key = Base64.getDecoder().decode(base64.trim());
			if (key.length != 32) {
				throw new IllegalStateException("custodian.security.master-key must be 32 bytes in Base64");
			}
			return new AesGcmJce(key);
		}
		catch (IllegalArgumentException | GeneralSecurityException e) {
			throw new IllegalStateException("custodian.security.master-key must be 32 bytes in Base64", e);
		}
	}

	private static void restrictToOwner(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException | IOException ignored) {
			// not a POSIX file system; the directory's own permissions apply
		}
	}
}
