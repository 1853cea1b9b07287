/**
 * Analytics: hourly rollups kept current from the collect module's {@link io.custodian.collect.EventLog} (its declared
 * contract, never its tables), the analytics API, the dashboard and CSV export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics")
package io.custodian.analytics;
