package io.custodian.customer.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The vault's clock: the current instant at the millisecond precision the vault stores. */
final class VaultTime {

	private VaultTime() {
	}

	static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}
}
