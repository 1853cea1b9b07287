package io.custodian.news;

/** A topic as staff create it: a short key (letters, digits, dashes), a name and a description. */
public record NewTopic(String key, String name, String description) {
}
