package io.custodian.shipment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A shipment and where it stands: created, handed-over (the disclosure that gave the processor the address),
 * shipped (carrier and tracking number), delivered, returned or cancelled. It never holds the customer's address.
 */
public record Shipment(UUID id, UUID customerId, String kind, UUID processorId, String status,
		List<ShipmentItem> items, String note, String carrier, String trackingNumber, UUID disclosureId,
		String createdBy, Instant createdAt, Instant updatedAt) {

	public Shipment {
		items = List.copyOf(items);
	}
}
