package io.custodian.collect.web.scripts;

import java.util.Arrays;
import java.util.Set;

/** The extensions of Plausible's script names that Custodian's one Plausible-compatible script understands. */
final class PlausibleVariants {

	static final Set<String> KNOWN = Set.of("outbound-links", "tagged-events", "manual", "file-downloads", "hash",
			"pageview-props", "revenue", "local", "exclusions", "compat");

	private PlausibleVariants() {
	}

	/** True for {@code script.js}, {@code plausible.js} and any {@code script.<ext>.<ext>….js} of known extensions. */
	static boolean isKnown(String fileName) {
		var parts = fileName.split("\\.");
		return parts.length >= 2 && Arrays.stream(parts, 1, parts.length - 1).allMatch(KNOWN::contains);
	}
}
