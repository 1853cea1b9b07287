package io.custodian.site;

import java.util.UUID;

/** A site was registered or changed; published in the transaction that changed it. */
public record SiteChanged(UUID siteId) {
}
