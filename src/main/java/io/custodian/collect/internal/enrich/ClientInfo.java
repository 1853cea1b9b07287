package io.custodian.collect.internal.enrich;

/**
 * What a hit's browser says about itself. Names and versions are null when unknown; {@code deviceType} is one of
 * {@code desktop, mobile, tablet, tv, console, bot, other}, and is {@code bot} exactly when {@code bot} is true.
 */
public record ClientInfo(String browserName, String browserVersion, String osName, String osVersion, String deviceType,
		boolean bot) {

	/** A client that says nothing about itself and is not taken for a bot. */
	public static final ClientInfo UNKNOWN = new ClientInfo(null, null, null, null, "other", false);
}
