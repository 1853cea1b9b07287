/** Cookies and consent: banner settings, cookie declaration, hash-chained consent records, enforcement and signals. */
@org.springframework.modulith.ApplicationModule(displayName = "Consent")
package io.custodian.consent;
