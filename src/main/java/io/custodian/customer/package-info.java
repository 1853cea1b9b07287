/** The customer vault: information customers give, encrypted, purpose-bound, with source and currency per field. */
@org.springframework.modulith.ApplicationModule(displayName = "Customer vault")
package io.custodian.customer;
