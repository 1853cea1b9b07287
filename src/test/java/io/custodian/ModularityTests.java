package io.custodian;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps the capability boundaries: no cycles, no use of another module's internals. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(Custodian.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}
}
