package io.custodian.analytics.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.custodian.analytics.Dimension;
import io.custodian.collect.EventField;
import io.custodian.collect.EventLog;
import io.custodian.collect.LoggedEvent;
import org.springframework.stereotype.Component;

import static io.custodian.analytics.internal.RollupJob.value;

/**
 * Reads the collect module's {@link EventLog} for the rollup job in ingestion order, so a run reads only events
 * ingested since the previous one, and hands them on keyed as the rollups count them.
 */
@Component
class EventSource {

	/** The session dimensions and the event fields that carry them. */
	static final Map<Dimension, EventField> ATTRIBUTE_FIELDS = new EnumMap<>(Map.ofEntries(
			Map.entry(Dimension.ENTRY_PAGE, EventField.PATH), Map.entry(Dimension.SOURCE, EventField.SOURCE),
			Map.entry(Dimension.CHANNEL, EventField.CHANNEL), Map.entry(Dimension.CAMPAIGN, EventField.CAMPAIGN),
			Map.entry(Dimension.BROWSER, EventField.BROWSER), Map.entry(Dimension.OS, EventField.OS),
			Map.entry(Dimension.DEVICE, EventField.DEVICE), Map.entry(Dimension.COUNTRY, EventField.COUNTRY),
			Map.entry(Dimension.REGION, EventField.REGION), Map.entry(Dimension.CITY, EventField.CITY),
			Map.entry(Dimension.LANGUAGE, EventField.LANGUAGE), Map.entry(Dimension.SCREEN, EventField.SCREEN)));

	private final EventLog log;

	EventSource(EventLog log) {
		this.log = log;
	}

	/** Up to {@code limit} events after the watermark in ingestion order, ingested before {@code cutoff}. */
	List<RollupEvent> after(Watermark mark, Instant cutoff, int limit) {
		return log.after(mark.ingestedAt(), mark.seq(), cutoff, limit).stream().map(EventSource::event).toList();
	}

	/** The events of these visitors that the rollups have counted: up to the watermark, bots left out. */
	List<RollupEvent> countedOf(Collection<String> visitors, Watermark mark) {
		return log.ofVisitorsUpTo(visitors, mark.ingestedAt(), mark.seq()).stream().map(EventSource::event).toList();
	}

	private static RollupEvent event(LoggedEvent e) {
		var attributes = new EnumMap<Dimension, String>(Dimension.class);
		ATTRIBUTE_FIELDS.forEach((dimension, field) -> attributes.put(dimension, value(e.text(field))));
		attributes.put(Dimension.OS_VERSION, osVersion(e.text(EventField.OS), e.text(EventField.OS_VERSION)));
		var site = e.siteId();
		var pageview = e.pageviewId();
		var session = sessionKey(e.seq(), e.visitorId(), e.sessionId(), pageview);
		return new RollupEvent(e.seq(), e.ingestedAt(), site, e.occurredAt(), e.type(), e.visitorId(),
				new StateKey(site, Hashes.of(site.toString(), session)),
				pageview == null ? null : new StateKey(site, Hashes.of(site.toString(), "pv", pageview)),
				value(e.path()), value(e.title()), attributes, e.engagedMs(), value(e.actionName()));
	}

	/** The system's name and version, "Windows 10"; the name alone when the version is unknown. */
	static String osVersion(String os, String version) {
		if (os == null || os.isBlank()) {
			return Dimension.NONE;
		}
		return value(version == null || version.isBlank() ? os : os + " " + version);
	}

	private static String sessionKey(long seq, String visitor, String session, String pageview) {
		if (session != null) {
			return "s:" + session;
		}
		if (visitor != null) {
			return "v:" + visitor;
		}
		return pageview != null ? "p:" + pageview : "e:" + seq;
	}
}
