package io.custodian.collect.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Bounds every value of an event to its column before it is queued, so that no row can fail a group commit by its
 * size: texts are cut (never inside a surrogate pair), the props JSON is left out; each is counted in
 * {@code custodian.collect.values.bounded{field,action}}.
 */
@Component
class EventBounds implements EventRow.Bounds {

	static final String METRIC = "custodian.collect.values.bounded";

	private final MeterRegistry meters;

	EventBounds(MeterRegistry meters) {
		this.meters = meters;
	}

	EventRow bound(EventRow row) {
		return row.bounded(this);
	}

	@Override
	public String cut(String column, String value, int max) {
		if (value == null || value.length() <= max) {
			return value;
		}
		count(column, "truncated");
		int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
		return value.substring(0, end);
	}

	@Override
	public String drop(String column, String value, int max) {
		if (value == null || value.length() <= max) {
			return value;
		}
		count(column, "dropped");
		return null;
	}

	private void count(String column, String action) {
		Counter.builder(METRIC).description("Event values longer than their column, truncated or dropped")
			.tag("field", column).tag("action", action).register(meters).increment();
	}
}
