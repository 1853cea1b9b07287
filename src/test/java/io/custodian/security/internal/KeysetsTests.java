package io.custodian.security.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import io.custodian.security.SecuritySettings;
import io.custodian.system.SystemSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class KeysetsTests {

	static final String MASTER = Base64.getEncoder().encodeToString(new byte[32]);

	static final String OTHER_MASTER = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

	@TempDir
	Path dataDir;

	TinkFieldEncryption encryption(String masterKey) throws Exception {
		return new TinkFieldEncryption(new SystemSettings(dataDir),
				new SecuritySettings("admin", null, masterKey, 5, java.time.Duration.ofMinutes(15), java.time.Duration.ofDays(90)));
	}

	@Test
	void warnsAtStartupThatKeysetsSitUnencryptedWithoutAMasterKey(CapturedOutput output) throws Exception {
		encryption(null);
		assertThat(output.getOut()).contains("WARN").contains("UNENCRYPTED").contains("CUSTODIAN_MASTER_KEY")
			.contains(dataDir.resolve("keys").toAbsolutePath().toString());
	}

	@Test
	void doesNotWarnWithAMasterKey(CapturedOutput output) throws Exception {
		encryption(MASTER);
		assertThat(output.getOut()).doesNotContain("UNENCRYPTED");
	}

	@Test
	void createsTheKeysetOnFirstStartAndReadsItAgain() throws Exception {
		var ciphertext = encryption(null).encrypt("ada@example.com", "row-1".getBytes());
		assertThat(Files.readString(dataDir.resolve("keys/values-keyset.json"))).doesNotContain("encryptedKeyset");
		assertThat(encryption(null).decrypt(ciphertext, "row-1".getBytes())).isEqualTo("ada@example.com");
	}

	@Test
	void refusesACiphertextMovedToAnotherRow() throws Exception {
		var encryption = encryption(null);
		var ciphertext = encryption.encrypt("ada@example.com", "row-1".getBytes());
		assertThatThrownBy(() -> encryption.decrypt(ciphertext, "row-2".getBytes()))
			.hasMessageContaining("moved to another row");
	}

	@Test
	void wrapsTheKeysetWithTheMasterKey() throws Exception {
		var ciphertext = encryption(MASTER).encrypt("ada@example.com", "row-1".getBytes());
		assertThat(Files.readString(dataDir.resolve("keys/values-keyset.json"))).contains("encryptedKeyset");
		assertThat(encryption(MASTER).decrypt(ciphertext, "row-1".getBytes())).isEqualTo("ada@example.com");
		assertThatThrownBy(() -> encryption(OTHER_MASTER)).hasMessageContaining("wrong master key");
		assertThatThrownBy(() -> encryption(null)).hasMessageContaining("CUSTODIAN_MASTER_KEY");
	}

	@Test
	void refusesAMasterKeyOfTheWrongLength() {
		assertThatThrownBy(() -> encryption("c2hvcnQ=")).hasMessageContaining("32 bytes");
	}

	@Test
	void rotationKeepsOldCiphertextsReadableAndMarksThemNotCurrent() throws Exception {
		var encryption = encryption(null);
		var old = encryption.encrypt("ada@example.com", "row-1".getBytes());
		assertThat(encryption.isCurrent(old)).isTrue();
		encryption.rotate();
		assertThat(encryption.isCurrent(old)).isFalse();
		assertThat(encryption.decrypt(old, "row-1".getBytes())).isEqualTo("ada@example.com");
		assertThat(encryption.isCurrent(encryption.encrypt("x", "row-1".getBytes()))).isTrue();
		assertThat(encryption(null).decrypt(old, "row-1".getBytes())).isEqualTo("ada@example.com");
	}

	@Test
	void blindIndexIsStableAndKeyed() throws Exception {
		var first = encryption(null).blindIndex("email:ada@example.com");
		assertThat(encryption(null).blindIndex("email:ada@example.com")).isEqualTo(first).hasSize(64);
		assertThat(first).isNotEqualTo(encryption(null).blindIndex("email:bob@example.com"));
	}
}
