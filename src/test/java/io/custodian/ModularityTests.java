package io.custodian;

import io.custodian.collect.EventLog;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the capability boundaries: no cycles, no use of another module's internals. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(Custodian.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void analyticsReadsCollectedEventsThroughTheEventLog() {
		var analytics = modules.getModuleByName("analytics").orElseThrow();
		var onCollect = analytics.getDirectDependencies(modules).stream()
			.filter(d -> d.getTargetModule().getIdentifier().toString().equals("collect"))
			.map(dependency -> dependency.getTargetType().getName())
			.toList();

		assertThat(onCollect).contains(EventLog.class.getName());
	}
}
