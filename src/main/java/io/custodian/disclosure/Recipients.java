package io.custodian.disclosure;

import java.util.List;
import java.util.UUID;

/** The register of recipients; every change is recorded in the audit chain. Unknown ids are 404 problems. */
public interface Recipients {

	List<Recipient> all();

	Recipient get(UUID id);

	Recipient create(RecipientInput input);

	Recipient update(UUID id, RecipientInput input);

	/** Removes a recipient that never received anything; one that did stays (409): deactivate it instead. */
	void delete(UUID id);

	/** Adds the next version of the recipient's instructions. */
	Instruction instruct(UUID id, String text);

	List<Instruction> instructions(UUID id);
}
