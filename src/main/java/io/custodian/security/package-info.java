/** Staff accounts and roles, API tokens, login throttling, field encryption and the HTTP security rules. */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package io.custodian.security;
