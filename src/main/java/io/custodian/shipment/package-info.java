/**
 * Gifts and products sent to customers: a shipment names the customer, the items and a shipping processor; handing
 * it over discloses the customer's address to the processor through the disclosure register, and its status follows
 * the parcel until it is delivered or returned.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shipments")
package io.custodian.shipment;
