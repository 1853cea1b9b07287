package io.custodian.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Installation-wide settings: where Custodian keeps everything it writes locally. */
@ConfigurationProperties("custodian")
public record SystemSettings(@DefaultValue("./data") Path dataDir) {

	/** A path inside the data directory. */
	public Path resolve(String name) {
		return dataDir.resolve(name);
	}
}
