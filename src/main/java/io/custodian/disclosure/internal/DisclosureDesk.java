package io.custodian.disclosure.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.customer.CustomerField;
import io.custodian.customer.CustomerSummary;
import io.custodian.customer.CustomerVault;
import io.custodian.disclosure.CustomerDataDisclosed;
import io.custodian.disclosure.DisclosureEntry;
import io.custodian.disclosure.DisclosureRequest;
import io.custodian.disclosure.DisclosureResult;
import io.custodian.disclosure.DisclosureResult.LeftOut;
import io.custodian.disclosure.Disclosures;
import io.custodian.disclosure.Recipients;
import io.custodian.purpose.Purpose;
import io.custodian.system.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Discloses through the vault's purpose-bound reads, keeping only the recipient's allowed fields; customers who are
 * unknown, suspended, without the consent the basis needs or whose data the purpose may not use are left out and
 * named. The disclosure, its audit entries and its event are written in the caller's one transaction.
 */
@Service
class DisclosureDesk implements Disclosures {

	private static final String ATTRIBUTES = CustomerField.ATTRIBUTE_PREFIX;

	private final Recipients recipients;

	private final DisclosureChecks checks;

	private final CustomerVault vault;

	private final DisclosureLog log;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final SavedSelections selections;

	DisclosureDesk(Recipients recipients, DisclosureChecks checks, CustomerVault vault, DisclosureLog log,
			AuditTrail audit, ApplicationEventPublisher events, SavedSelections selections) {
		this.selections = selections;
		this.recipients = recipients;
		this.checks = checks;
		this.vault = vault;
		this.log = log;
		this.audit = audit;
		this.events = events;
	}

	@Override
	@Transactional
	public DisclosureResult disclose(UUID recipientId, DisclosureRequest request) {
		return disclose(recipientId, selections.resolve(request), null);
	}

	/** Discloses as the answer to a legal demand: each record names the demand. */
	@Transactional
	DisclosureResult disclose(UUID recipientId, DisclosureRequest request, UUID demandId) {
		var recipient = recipients.get(recipientId);
		var order = checks.check(recipient, request, LocalDate.now(ZoneOffset.UTC));
		var summaries = new LinkedHashMap<UUID, CustomerSummary>();
		vault.summaries(request.customers()).forEach(s -> summaries.put(s.id(), s));
		var leftOut = new ArrayList<LeftOut>();
		var rows = new ArrayList<Map<String, String>>();
		var fieldsByCustomer = new LinkedHashMap<UUID, List<String>>();
		for (var id : request.customers().stream().distinct().toList()) {
			var reason = leftOutReason(summaries.get(id), order.purpose(), order.consentRequired());
			if (reason != null) {
				leftOut.add(new LeftOut(id, reason));
				continue;
			}
			var view = vault.read(id, order.purpose().name());
			var row = new LinkedHashMap<String, String>();
			row.put("id", id.toString());
			for (var field : order.fields()) {
				var value = field.startsWith(ATTRIBUTES) ? view.attributes().get(field.substring(ATTRIBUTES.length()))
						: view.values().get(field);
				if (value != null) {
					row.put(field, value);
				}
			}
			rows.add(row);
			fieldsByCustomer.put(id, row.keySet().stream().filter(k -> !k.equals("id")).toList());
		}
		var now = Instant.now();
		if (fieldsByCustomer.isEmpty()) {
			return new DisclosureResult(null, recipientId, order.purpose().name(), order.legalBasis(), order.fields(),
					rows, leftOut, now);
		}
		var actor = DisclosureActor.current();
		var disclosed = new DisclosureLog.Disclosed(UUID.randomUUID(), recipientId, order.purpose().name(),
				order.legalBasis(), order.format(), actor, recipient.instructionVersion(), now, demandId);
		log.record(disclosed, fieldsByCustomer);
		fieldsByCustomer.forEach((customer, fields) -> audit.record(AuditEvent.of("personal-data.disclosed", customer)
			.purpose(disclosed.purpose()).fields(fields)
			.detail("to recipient " + recipientId + " (" + recipient.name() + "), basis " + disclosed.legalBasis()
					+ ", disclosure " + disclosed.id() + (demandId == null ? "" : ", legal demand " + demandId))));
		events.publishEvent(new CustomerDataDisclosed(disclosed.id(), recipientId, disclosed.purpose(),
				disclosed.legalBasis(), fieldsByCustomer, actor, now));
		return new DisclosureResult(disclosed.id(), recipientId, disclosed.purpose(), disclosed.legalBasis(),
				order.fields(), rows, leftOut, now);
	}

	@Override
	@Transactional(readOnly = true)
	public List<DisclosureEntry> ofCustomer(UUID customerId) {
		return log.ofCustomer(customerId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<DisclosureEntry> ofRecipient(UUID recipientId, int limit) {
		recipients.get(recipientId);
		return log.ofRecipient(recipientId, Math.max(1, Math.min(limit, 1000)));
	}

	@Override
	@Transactional(readOnly = true)
	public List<DisclosureEntry> latest(String purpose, int limit) {
		return log.latest(purpose == null || purpose.isBlank() ? null : purpose, Math.max(1, Math.min(limit, 1000)));
	}

	/** Why this customer is left out, or null: the same conditions the purpose guard refuses a read for. */
	private static String leftOutReason(CustomerSummary customer, Purpose purpose, boolean consentRequired) {
		if (customer == null) {
			return "unknown";
		}
		if ("restricted".equals(customer.status())) {
			return "suspended";
		}
		var consented = customer.consentedPurposes().contains(purpose.name());
		if (consentRequired && !consented) {
			return "no-consent";
		}
		var collected = customer.fields().values().stream().flatMap(f -> f.purposes().stream())
			.anyMatch(purpose::accepts);
		return collected || consented ? null : "purpose-not-compatible";
	}
}
