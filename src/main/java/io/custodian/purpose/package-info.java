/** The purpose registry and the one guard that decides every read of personal data. */
@org.springframework.modulith.ApplicationModule(displayName = "Purposes")
package io.custodian.purpose;
