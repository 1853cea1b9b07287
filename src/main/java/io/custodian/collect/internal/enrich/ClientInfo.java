package io.custodian.collect.internal.enrich;

/**
 * What a hit's browser says about itself. Names and versions are null when unknown; {@code deviceType} is one of
 * {@code desktop, mobile, tablet, tv, console, bot, other}, and is {@code bot} exactly when {@code bot} is true.
 */
public record ClientInfo(String browserName, String browserVersion, String osName, String osVersion, String deviceType,
		boolean bot) {
}
