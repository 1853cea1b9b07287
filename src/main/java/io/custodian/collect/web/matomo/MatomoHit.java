package io.custodian.collect.web.matomo;

import java.time.Instant;

import io.custodian.collect.internal.IncomingHit;

/** One Matomo request turned into a hit (or none), with the key under which its pageview starts, if it is one. */
record MatomoHit(IncomingHit hit, String pageviewKey, Instant at) {

	static final MatomoHit NONE = new MatomoHit(null, null, null);
}
