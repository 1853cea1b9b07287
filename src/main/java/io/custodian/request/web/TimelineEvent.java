package io.custodian.request.web;

import java.time.Instant;
import java.util.List;

/** One entry of a request's timeline as the console shows it. */
record TimelineEvent(Instant at, String actor, String kind, String note) {

	/** The timeline of a request's detail, oldest first, as the queries return it. */
	static List<TimelineEvent> listOf(Object timeline) {
		return UntypedValues.list(timeline).stream().map(UntypedValues::map)
			.map(entry -> new TimelineEvent(entry.get("at") instanceof Instant at ? at : null,
					String.valueOf(entry.get("actor")), String.valueOf(entry.get("kind")),
					entry.get("note") == null ? null : String.valueOf(entry.get("note"))))
			.toList();
	}
}
