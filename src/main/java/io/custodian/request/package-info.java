/** The privacy request desk: access, correction, addition, deletion, suspension and elimination, after verification. */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy requests")
package io.custodian.request;
