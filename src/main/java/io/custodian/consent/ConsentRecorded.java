package io.custodian.consent;

import java.util.UUID;

/** A visitor's consent decision was recorded for a site; what the consent id grants has changed from now on. */
public record ConsentRecorded(String consentId, UUID siteId) {
}
