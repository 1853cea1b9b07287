package io.custodian.consent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One stored consent record as proof: what was decided, when, under which texts, and its link in the chain. */
public record ConsentReceipt(long seq, UUID site, String consentId, List<String> granted, List<String> denied,
		String cause, int bannerVersion, int statementVersion, String language, Instant recordedAt, String userAgent,
		String ip, String prevHash, String hash) {
}
