/**
 * The disclosure register: recipients (processors, authorities, partners) with the fields each may receive per
 * purpose, every disclosure recorded per customer, and the record of processing activities.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosures")
package io.custodian.disclosure;
