package io.custodian.shipment.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.customer.CustomerVault;
import io.custodian.disclosure.Recipient;
import io.custodian.disclosure.Recipients;
import io.custodian.security.CurrentActor;
import io.custodian.shipment.NewShipment;
import io.custodian.shipment.Shipment;
import io.custodian.shipment.StatusChange;
import io.custodian.system.InvalidInput;
import io.custodian.system.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates shipments for known, not suspended customers and a shipping processor, and moves them along created →
 * handed-over → shipped → delivered | returned (created and handed-over may be cancelled); any other move is a 409.
 * Every change is recorded in the audit chain.
 */
@Service
public class Shipments {

	static final String GIFTS = "gifts";

	static final Set<String> STATUSES = Set.of("created", "handed-over", "shipped", "delivered", "returned",
			"cancelled");

	/** For each target of a status change, the status a shipment must be in. */
	private static final Map<String, Set<String>> FROM = Map.of("shipped", Set.of("handed-over"), "delivered",
			Set.of("shipped"), "returned", Set.of("shipped"), "cancelled", Set.of("created", "handed-over"));

	private final ShipmentRows rows;

	private final CustomerVault vault;

	private final Recipients recipients;

	private final AuditTrail audit;

	Shipments(ShipmentRows rows, CustomerVault vault, Recipients recipients, AuditTrail audit) {
		this.rows = rows;
		this.vault = vault;
		this.recipients = recipients;
		this.audit = audit;
	}

	@Transactional
	public Shipment create(NewShipment input) {
		var checked = ShipmentValidation.checked(input);
		var customer = vault.summaries(List.of(checked.customer())).stream().findFirst()
			.orElseThrow(() -> new InvalidInput("customer", "no customer has this id"));
		if ("restricted".equals(customer.status())) {
			throw Problems.conflict("Processing of customer " + customer.id()
					+ " is suspended at their request: no shipment can be created for them");
		}
		var processor = processors().stream().filter(r -> r.id().equals(checked.processor())).findFirst()
			.orElseThrow(() -> new InvalidInput("processor",
					"must be an active recipient of kind processor that may receive data for gifts"));
		var now = Instant.now();
		var shipment = new Shipment(UUID.randomUUID(), customer.id(), checked.kind(), processor.id(), "created",
				checked.items(), checked.note(), null, null, null, CurrentActor.name(), now, now);
		rows.insert(shipment);
		audit.record(AuditEvent.of("shipment.created", customer.id())
			.detail("shipment " + shipment.id() + ", " + shipment.kind() + ", " + shipment.items().size()
					+ " item(s), processor " + processor.id() + " (" + processor.name() + ")"));
		return shipment;
	}

	/** The recipients a shipment may go to: active processors allowed the purpose gifts. */
	@Transactional(readOnly = true)
	public List<Recipient> processors() {
		return recipients.all().stream()
			.filter(r -> r.active() && "processor".equals(r.kind()) && r.purposes().containsKey(GIFTS))
			.toList();
	}

	@Transactional(readOnly = true)
	public Shipment get(UUID id) {
		return rows.find(id).orElseThrow(() -> Problems.notFound("Shipment " + id));
	}

	@Transactional(readOnly = true)
	public List<Shipment> list(String status, UUID customer, int limit) {
		if (status != null && !status.isBlank() && !STATUSES.contains(status)) {
			throw new InvalidInput("status", "must be one of " + String.join(", ", STATUSES.stream().sorted().toList()));
		}
		return rows.list(status == null || status.isBlank() ? null : status, customer, Math.max(1, Math.min(limit, 500)));
	}

	@Transactional
	public Shipment changeStatus(UUID id, StatusChange input) {
		var change = ShipmentValidation.checked(input);
		var shipment = get(id);
		var to = change.status();
		if (!FROM.get(to).contains(shipment.status())) {
			throw illegal(shipment, to);
		}
		var now = Instant.now();
		var moved = to.equals("shipped") ? rows.ship(id, change.carrier(), change.trackingNumber(), now)
				: rows.move(id, shipment.status(), to, now);
		if (!moved) {
			throw illegal(get(id), to);
		}
		audit.record(AuditEvent.of("shipment.status-changed", subject(shipment))
			.detail("shipment " + id + ": " + shipment.status() + " -> " + to
					+ (change.carrier() == null ? "" : " with " + change.carrier())));
		return get(id);
	}

	static Object subject(Shipment shipment) {
		return shipment.customerId() == null ? "shipment:" + shipment.id() : shipment.customerId();
	}

	static RuntimeException illegal(Shipment shipment, String to) {
		return Problems.conflict("Shipment " + shipment.id() + " is " + shipment.status() + " and cannot become " + to);
	}
}
