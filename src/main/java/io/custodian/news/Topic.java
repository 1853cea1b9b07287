package io.custodian.news;

import java.util.UUID;

/** A topic people subscribe to; staff create topics and retire them (inactive topics take no new subscriptions). */
public record Topic(UUID id, String key, String name, String description, boolean active) {
}
