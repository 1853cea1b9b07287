/** Tamper-evident audit chain: every write, read, login and denial, each entry hashing the previous one. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package io.custodian.audit;
