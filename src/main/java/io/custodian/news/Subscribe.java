package io.custodian.news;

import java.util.List;

/** A request to subscribe an email address to topics, confirmed by the link mailed to it. */
public record Subscribe(String email, List<String> topics) {
}
