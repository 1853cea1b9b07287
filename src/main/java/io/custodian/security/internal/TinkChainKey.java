package io.custodian.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import com.google.crypto.tink.Mac;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.mac.HmacParameters;
import com.google.crypto.tink.mac.MacConfig;
import io.custodian.audit.ChainKey;
import io.custodian.security.SecuritySettings;
import io.custodian.system.SystemSettings;
import org.springframework.stereotype.Component;

/** The chain key: an HMAC-SHA256 keyset ({@code chain-keyset} beside the other keysets, wrapped by the master key). */
@Component
class TinkChainKey implements ChainKey {

	static final String CHAIN = "chain-keyset";

	private final Mac mac;

	TinkChainKey(SystemSettings system, SecuritySettings settings) throws GeneralSecurityException {
		MacConfig.register();
		var parameters = HmacParameters.builder().setKeySizeBytes(32).setTagSizeBytes(32)
			.setHashType(HmacParameters.HashType.SHA256).setVariant(HmacParameters.Variant.NO_PREFIX).build();
		this.mac = new Keysets(system.resolve("keys"), settings).loadOrCreate(CHAIN, parameters)
			.getPrimitive(RegistryConfiguration.get(), Mac.class);
	}

	@Override
	public String mac(String text) {
		try {
			return HexFormat.of().formatHex(mac.computeMac(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Could not compute a chain MAC", e);
		}
	}

	@Override
	public boolean verifies(String text, String tag) {
		if (tag == null || !tag.matches("[0-9a-f]{64}")) {
			return false;
		}
		try {
			mac.verifyMac(HexFormat.of().parseHex(tag), text.getBytes(StandardCharsets.UTF_8));
			return true;
		}
		catch (GeneralSecurityException e) {
			return false;
		}
	}
}
