/** Automatic collection: the tracker, collection endpoints (own, Matomo, Plausible, Umami), enrichment, event store. */
@org.springframework.modulith.ApplicationModule(displayName = "Collection")
package io.custodian.collect;
