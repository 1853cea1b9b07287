package io.custodian.disclosure.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.disclosure.Instruction;
import io.custodian.disclosure.Recipient;
import io.custodian.disclosure.RecipientInput;
import io.custodian.disclosure.Recipients;
import io.custodian.security.CurrentActor;
import io.custodian.system.InvalidInput;
import io.custodian.system.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of recipients: validated changes in one transaction each, recorded in the audit chain. */
@Service
class RecipientRegister implements Recipients {

	static final int MAX_INSTRUCTION = 20_000;

	private final RecipientRows rows;

	private final RecipientValidation validation;

	private final AuditTrail audit;

	RecipientRegister(RecipientRows rows, RecipientValidation validation, AuditTrail audit) {
		this.rows = rows;
		this.validation = validation;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Recipient> all() {
		return rows.all();
	}

	@Override
	@Transactional(readOnly = true)
	public Recipient get(UUID id) {
		return rows.find(id).orElseThrow(() -> Problems.notFound("Recipient " + id));
	}

	@Override
	@Transactional
	public Recipient create(RecipientInput input) {
		var checked = validation.check(input);
		var id = UUID.randomUUID();
		rows.insert(id, checked, Instant.now());
		audit.record(AuditEvent.of("recipient.created", id).detail(describe(checked)));
		return get(id);
	}

	@Override
	@Transactional
	public Recipient update(UUID id, RecipientInput input) {
		get(id);
		var checked = validation.check(input);
		rows.update(id, checked, Instant.now());
		audit.record(AuditEvent.of("recipient.updated", id).detail(describe(checked)));
		return get(id);
	}

	@Override
	@Transactional
	public void delete(UUID id) {
		get(id);
		if (rows.hasDisclosures(id)) {
			throw Problems.conflict("Recipient " + id + " has received customer data; its record stays, deactivate it instead");
		}
		rows.delete(id);
		audit.record(AuditEvent.of("recipient.deleted", id));
	}

	@Override
	@Transactional
	public Instruction instruct(UUID id, String text) {
		get(id);
		if (text == null || text.isBlank()) {
			throw new InvalidInput("text", "must not be blank");
		}
		if (text.length() > MAX_INSTRUCTION) {
			throw new InvalidInput("text", "must be at most " + MAX_INSTRUCTION + " characters");
		}
		var instruction = rows.addInstruction(id, text.strip(), CurrentActor.name(), Instant.now());
		audit.record(AuditEvent.of("recipient.instructed", id).detail("version " + instruction.version()));
		return instruction;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Instruction> instructions(UUID id) {
		get(id);
		return rows.instructions(id);
	}

	private static String describe(RecipientInput input) {
		return input.kind() + " " + input.name() + " (" + input.country() + "), active " + input.active()
				+ ", purposes " + input.purposes();
	}
}
