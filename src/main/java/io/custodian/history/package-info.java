/**
 * History import: brings a site's figures along from Matomo (its log tables as dumps), Plausible CE (its CSV export)
 * and Umami (its tables as CSV), as daily figures that analytics adds to its own; re-importing replaces.
 */
@org.springframework.modulith.ApplicationModule(displayName = "History import")
package io.custodian.history;
