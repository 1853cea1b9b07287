package io.custodian.news;

/** A campaign as staff write it: subject, plain text and the key of the topic whose subscribers get it. */
public record NewCampaign(String subject, String text, String topic) {
}
