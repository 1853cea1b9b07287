package io.custodian.shipment.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.customer.CustomerVault;
import io.custodian.disclosure.DisclosureRequest;
import io.custodian.disclosure.DisclosureResult;
import io.custodian.disclosure.Disclosures;
import io.custodian.disclosure.Recipients;
import io.custodian.shipment.HandedOver;
import io.custodian.shipment.Shipment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * Hands a created shipment to its processor as a disclosure for gifts: the label fields (name, postal address and
 * phone if the processor may receive it) are read from the vault through the disclosure path, which records the
 * disclosure; the shipment keeps only the disclosure's id. The basis is consent when the customer consented to gifts,
 * else contract for a product; a gift without that consent is refused. Any refusal leaves the shipment created.
 */
@Service
public class ShipmentHandOver {

	static final List<String> LABEL = List.of("name", "postalAddress", "phone");

	private final Shipments shipments;

	private final ShipmentRows rows;

	private final Disclosures disclosures;

	private final Recipients recipients;

	private final CustomerVault vault;

	private final AuditTrail audit;

	ShipmentHandOver(Shipments shipments, ShipmentRows rows, Disclosures disclosures, Recipients recipients,
			CustomerVault vault, AuditTrail audit) {
		this.shipments = shipments;
		this.rows = rows;
		this.disclosures = disclosures;
		this.recipients = recipients;
		this.vault = vault;
		this.audit = audit;
	}

	@Transactional
	public HandedOver handOver(UUID id) {
		var shipment = shipments.get(id);
		if (!shipment.status().equals("created") || shipment.customerId() == null) {
			throw Shipments.illegal(shipment, "handed-over");
		}
		var basis = basis(shipment);
		var customers = new ArrayList<UUID>(List.of(shipment.customerId()));
		var result = disclosures.disclose(shipment.processorId(),
				new DisclosureRequest(Shipments.GIFTS, customers, "json", basis, fields(shipment.processorId())));
		if (result.disclosureId() == null) {
			throw refused(shipment, result);
		}
		if (!rows.handOver(id, result.disclosureId(), Instant.now())) {
			throw Shipments.illegal(shipments.get(id), "handed-over");
		}
		audit.record(AuditEvent.of("shipment.handed-over", shipment.customerId()).purpose(Shipments.GIFTS)
			.detail("shipment " + id + " to processor " + shipment.processorId() + ", disclosure "
					+ result.disclosureId() + ", basis " + basis));
		var label = new LinkedHashMap<>(result.customers().getFirst());
		label.remove("id");
		return new HandedOver(shipments.get(id), basis, label);
	}

	private String basis(Shipment shipment) {
		var consented = vault.summaries(List.of(shipment.customerId())).stream()
			.anyMatch(c -> c.consentedPurposes().contains(Shipments.GIFTS));
		return consented || shipment.kind().equals("gift") ? "consent" : "contract";
	}

	/** The label fields the processor may receive; all three when it may not get name and address (refused then). */
	private List<String> fields(UUID processor) {
		var allowed = recipients.get(processor).purposes().get(Shipments.GIFTS);
		if (allowed == null || !allowed.containsAll(LABEL.subList(0, 2))) {
			return LABEL;
		}
		return LABEL.stream().filter(allowed::contains).toList();
	}

	private ErrorResponseException refused(Shipment shipment, DisclosureResult result) {
		var reason = result.leftOut().isEmpty() ? "not-disclosed" : result.leftOut().getFirst().reason();
		audit.recordIndependently(AuditEvent.of("shipment.handed-over", shipment.customerId()).purpose(Shipments.GIFTS)
			.denied(reason));
		var status = reason.equals("suspended") || reason.equals("unknown") ? HttpStatus.CONFLICT : HttpStatus.FORBIDDEN;
		var detail = switch (reason) {
			case "suspended" -> "Processing of the customer is suspended at their request: the shipment stays created";
			case "no-consent" -> "The customer has not consented to gifts: a gift cannot be handed over";
			case "unknown" -> "The customer no longer exists";
			default -> "The customer's data may not be used for gifts (" + reason + ")";
		};
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status == HttpStatus.CONFLICT ? "Conflict" : "Forbidden");
		problem.setProperty("reason", reason);
		return new ErrorResponseException(status, problem, null);
	}
}
