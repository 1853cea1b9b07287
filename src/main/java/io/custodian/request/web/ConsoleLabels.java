package io.custodian.request.web;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import io.custodian.request.RequestState;
import io.custodian.request.RequestType;
import io.custodian.system.Texts;

/** The words the console shows staff for request types and states, by id ({@code console.*} in messages.properties). */
final class ConsoleLabels {

	static final Map<String, String> TYPE_LABELS = labels("console.type.",
			Arrays.stream(RequestType.values()).map(RequestType::id).toArray(String[]::new));

	static final Map<String, String> STATE_LABELS = labels("console.state.",
			Arrays.stream(RequestState.values()).map(RequestState::id).toArray(String[]::new));

	private ConsoleLabels() {
	}

	private static Map<String, String> labels(String prefix, String... ids) {
		return Arrays.stream(ids).collect(Collectors.toUnmodifiableMap(id -> id, id -> Texts.englishOr(prefix + id, id)));
	}
}
