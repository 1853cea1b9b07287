package io.custodian.analytics.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.custodian.analytics.internal.Tally.VisitorDay;

/**
 * The action properties summed from raw events: per name and per value of each name, the actions that carried it
 * (counted as actions), their visitors once per site-local day and their visits (sessions) once each.
 */
final class PropertyTallies {

	private final Map<String, Tally> names = new HashMap<>();

	private final Map<String, Map<String, Tally>> values = new HashMap<>();

	private final Set<Tally> seenThisSession = new HashSet<>();

	/** The following actions are one session's: each name and value counts one visit for it. */
	void startSession() {
		seenThisSession.clear();
	}

	void add(Map<String, String> props, VisitorDay visitor) {
		props.forEach((name, value) -> {
			count(names.computeIfAbsent(name, k -> new Tally()), visitor);
			count(values.computeIfAbsent(name, k -> new HashMap<>()).computeIfAbsent(value, k -> new Tally()), visitor);
		});
	}

	Map<String, Tally> names() {
		return names;
	}

	Map<String, Tally> values(String name) {
		return values.getOrDefault(name, Map.of());
	}

	private void count(Tally tally, VisitorDay visitor) {
		tally.actions++;
		if (visitor != null) {
			tally.visitors.add(visitor);
		}
		if (seenThisSession.add(tally)) {
			tally.visits++;
		}
	}
}
