package io.custodian.analytics;

import java.util.Arrays;
import java.util.Optional;

/**
 * What analytics can be broken down and filtered by. Session dimensions take the value of the session's first
 * pageview (its entry), so a session's pageviews, time and actions all count under its source, country and so on;
 * {@link #PAGE}, {@link #TITLE} and {@link #ACTION} count each event under its own value; {@link #EXIT_PAGE} counts
 * visits by the last page of the session; {@link #OS_VERSION} is the system's name and version ("Windows 10").
 * {@link #PROPERTY} is not a breakdown of its own: filters name the property ({@code prop:NAME:value}) and pass every
 * figure of a session in which an action carried that value; breakdowns of a property are asked for by its name.
 */
public enum Dimension {

	TOTAL("total", "Total", false), PAGE("page", "Pages", false), TITLE("title", "Page titles", false),
	ENTRY_PAGE("entry_page", "Entry pages", true), EXIT_PAGE("exit_page", "Exit pages", false),
	SOURCE("source", "Sources", true), CHANNEL("channel", "Channels", true), CAMPAIGN("campaign", "Campaigns", true),
	BROWSER("browser", "Browsers", true), OS("os", "Operating systems", true), DEVICE("device", "Devices", true),
	COUNTRY("country", "Countries", true), REGION("region", "Regions", true), CITY("city", "Cities", true),
	LANGUAGE("language", "Languages", true), SCREEN("screen", "Screens", true), ACTION("action", "Actions", false),
	OS_VERSION("os_version", "OS versions", true), PROPERTY("prop", "Properties", false);

	/** The value stored and shown when an event has none. */
	public static final String NONE = "(none)";

	private final String id;

	private final String label;

	private final boolean session;

	Dimension(String id, String label, boolean session) {
		this.id = id;
		this.label = label;
		this.session = session;
	}

	public String id() {
		return id;
	}

	public String label() {
		return label;
	}

	/** Whether the value is fixed per session (taken from its entry pageview). */
	public boolean isSession() {
		return session;
	}

	public static Optional<Dimension> fromId(String id) {
		return Arrays.stream(values()).filter(d -> d != TOTAL && d != PROPERTY && d.id.equals(id)).findFirst();
	}

	/** Every dimension one can break down by, in dashboard order. */
	public static java.util.List<Dimension> breakdowns() {
		return Arrays.stream(values()).filter(d -> d != TOTAL && d != PROPERTY).toList();
	}
}
