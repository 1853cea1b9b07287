package io.custodian.shipment;

import java.util.List;
import java.util.UUID;

/**
 * A shipment as staff enter it: the customer, gift or product (a product is owed by a contract), the shipping
 * processor (a recipient of kind processor allowed the purpose gifts), the items and an optional note.
 */
public record NewShipment(UUID customer, String kind, UUID processor, List<ShipmentItem> items, String note) {

	public NewShipment {
		items = items == null ? List.of() : items;
	}
}
