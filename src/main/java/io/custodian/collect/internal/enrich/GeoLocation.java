package io.custodian.collect.internal.enrich;

/** Where an address is: an ISO 3166-1 alpha-2 country code, and region and city names when the database has them (else null). */
public record GeoLocation(String countryCode, String region, String city) {
}
