package io.custodian.shipment;

/** One line of a shipment: the article number, its name and how many. */
public record ShipmentItem(String sku, String name, Integer quantity) {
}
