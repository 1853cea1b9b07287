package io.custodian.collect;

import java.time.Instant;
import java.util.UUID;

/**
 * One stored event as the {@link EventLog} hands it out: its position in ingestion order ({@code ingestedAt}, then
 * {@code seq}), its ids, the engaged time it reported (or null), its texts as stored (null when absent) and the wire
 * format it came in ({@link WireFormat#stored()}: umami, matomo, plausible, or null for Custodian's own).
 */
public record LoggedEvent(long seq, Instant ingestedAt, UUID siteId, Instant occurredAt, String type,
		String visitorId, String sessionId, String pageviewId, Long engagedMs, String path, String title,
		String source, String channel, String campaign, String browser, String os, String device, String country,
		String region, String city, String language, String screen, String actionName, String osVersion, String wire) {

	/** The stored text of a field. */
	public String text(EventField field) {
		return switch (field) {
			case PATH -> path;
			case TITLE -> title;
			case SOURCE -> source;
			case CHANNEL -> channel;
			case CAMPAIGN -> campaign;
			case BROWSER -> browser;
			case OS -> os;
			case DEVICE -> device;
			case COUNTRY -> country;
			case REGION -> region;
			case CITY -> city;
			case LANGUAGE -> language;
			case SCREEN -> screen;
			case ACTION_NAME -> actionName;
			case OS_VERSION -> osVersion;
		};
	}
}
