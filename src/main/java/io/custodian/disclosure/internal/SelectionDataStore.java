package io.custodian.disclosure.internal;

import java.util.List;
import java.util.Map;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.ErasureOutcome;
import io.custodian.personaldata.PersonalDataStore;
import io.custodian.personaldata.StoreDescription;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved selections in the personal-data map: the export names the selections the customer is in; erasure removes
 * the customer from them (the selections hold ids only, nothing else to keep).
 */
@Component
class SelectionDataStore implements PersonalDataStore {

	static final String NAME = "disclosure-selections";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	SelectionDataStore(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(DataSubject subject) {
		var names = jdbc.sql("""
				SELECT s.name FROM disclosure_selections s JOIN disclosure_selection_members m ON m.selection_id = s.id
				WHERE m.customer_id = :c ORDER BY s.name""").param("c", subject.customerId()).query(String.class).list();
		return names.isEmpty() ? Map.of() : Map.of("selections", names);
	}

	/** Nothing to hold back: a disclosure of a selection leaves a suspended customer out. */
	@Override
	public void restrict(DataSubject subject) {
	}

	@Override
	public void lift(DataSubject subject) {
	}

	@Override
	@Transactional
	public ErasureOutcome erase(DataSubject subject) {
		var rows = jdbc.sql("DELETE FROM disclosure_selection_members WHERE customer_id = :c")
			.param("c", subject.customerId()).update();
		audit.record(AuditEvent.of("personal-data.erased", subject.customerId()).detail(NAME + ": " + rows + " rows"));
		return ErasureOutcome.removed(NAME, rows);
	}

	@Override
	public StoreDescription describe() {
		return new StoreDescription(NAME, "Saved selections of customers to disclose: the selection's name and the "
				+ "customer ids in it, no personal values", List.of("disclosure_selections",
						"disclosure_selection_members"),
				List.of("customerId", "selection"), List.of("legal-obligation", "gifts", "support"),
				"kept until the customer is erased, who is then removed from every selection");
	}
}
