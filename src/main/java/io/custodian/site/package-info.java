/** The site registry: websites, their domains, time zone and cookie mode, with their console pages and API. */
@org.springframework.modulith.ApplicationModule(displayName = "Sites")
package io.custodian.site;
