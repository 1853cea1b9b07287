package io.custodian.collect;

/** The texts a stored event carries that readers of the {@link EventLog} see and narrow a scan by. */
public enum EventField {

	PATH, TITLE, SOURCE, CHANNEL, CAMPAIGN, BROWSER, OS, DEVICE, COUNTRY, REGION, CITY, LANGUAGE, SCREEN, ACTION_NAME,

	/** The operating system's version, without its name. */
	OS_VERSION
}
