package io.custodian.site;

import java.util.List;

/** A site as registered or changed: name, domains, time zone, cookie mode and excluded addresses (CIDR). */
public record NewSite(String name, List<String> domains, String timeZone, String cookieMode, List<String> excludedIps) {
}
