package io.custodian.disclosure;

import java.time.Instant;
import java.util.List;

import io.custodian.personaldata.StoreDescription;
import io.custodian.purpose.Purpose;

/**
 * The record of processing activities (GDPR Art. 30): the purposes, every recipient with what it may receive, where
 * it is and the safeguard of a third-country transfer, and what each personal-data store holds.
 */
public record ProcessingRecord(Instant generatedAt, List<Purpose> purposes, List<Recipient> recipients,
		List<StoreDescription> stores) {
}
