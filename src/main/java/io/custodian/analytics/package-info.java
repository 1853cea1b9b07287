/**
 * Analytics: hourly rollups kept current from the collect module's {@code events} table (read with plain SQL, never
 * through collect's internals), the analytics API, the dashboard and CSV export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics")
package io.custodian.analytics;
