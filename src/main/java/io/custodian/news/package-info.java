/**
 * Product news: subscriptions by double opt-in to topics staff manage, campaigns mailed in the background in batches
 * to confirmed subscribers with product-news consent who are not suspended, and one-click unsubscribe (RFC 8058).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Product news")
package io.custodian.news;
