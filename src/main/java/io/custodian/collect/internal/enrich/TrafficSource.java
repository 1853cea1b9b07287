package io.custodian.collect.internal.enrich;

/**
 * Where a visit came from: a readable {@code source} ("Google", "Facebook", a referring host without {@code www.}, a
 * tagged source, or "Direct"), a {@code channel} (one of {@code direct, search, social, email, campaign, paid,
 * referral}) and the campaign tags of the landing URL (UTM, or Matomo's {@code mtm_*}/{@code pk_*}), null when absent.
 */
public record TrafficSource(String source, String channel, String utmSource, String utmMedium, String utmCampaign,
		String utmTerm, String utmContent) {
}
