package io.custodian.shipment.web;

import java.util.List;
import java.util.UUID;

import io.custodian.shipment.HandedOver;
import io.custodian.shipment.NewShipment;
import io.custodian.shipment.Shipment;
import io.custodian.shipment.StatusChange;
import io.custodian.shipment.internal.ShipmentHandOver;
import io.custodian.shipment.internal.Shipments;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The shipments API for staff who manage shipments. */
@RestController
@RequestMapping("/api/v1/shipments")
@PreAuthorize("hasAuthority('SCOPE_shipments:manage')")
class ShipmentApi {

	private final Shipments shipments;

	private final ShipmentHandOver handOver;

	ShipmentApi(Shipments shipments, ShipmentHandOver handOver) {
		this.shipments = shipments;
		this.handOver = handOver;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a shipment of a gift or a product for a customer, to go through a shipping processor")
	Shipment create(@RequestBody NewShipment shipment) {
		return shipments.create(shipment);
	}

	@GetMapping
	@Operation(summary = "Shipments, newest first, optionally of one status or one customer")
	List<Shipment> list(@RequestParam(required = false) String status, @RequestParam(required = false) UUID customer,
			@RequestParam(defaultValue = "100") int limit) {
		return shipments.list(status, customer, limit);
	}

	@GetMapping("/{id}")
	Shipment get(@PathVariable UUID id) {
		return shipments.get(id);
	}

	@PostMapping("/{id}/hand-over")
	@Operation(summary = "Disclose the label data (name, postal address, phone) to the processor for gifts and return "
			+ "it once; refused with the disclosure path's reason, the shipment then stays created")
	HandedOver handOver(@PathVariable UUID id) {
		return handOver.handOver(id);
	}

	@PostMapping("/{id}/status")
	@Operation(summary = "Move the shipment on: shipped (carrier, trackingNumber), delivered, returned or cancelled; "
			+ "409 when the shipment cannot move there from its status")
	Shipment status(@PathVariable UUID id, @RequestBody StatusChange change) {
		return shipments.changeStatus(id, change);
	}
}
