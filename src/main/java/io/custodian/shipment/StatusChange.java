package io.custodian.shipment;

/** A new status for a shipment: shipped (with carrier and tracking number), delivered, returned or cancelled. */
public record StatusChange(String status, String carrier, String trackingNumber) {
}
