package io.custodian.request.internal;

import java.util.List;
import java.util.Map;

import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.ErasureOutcome;
import io.custodian.personaldata.PersonalDataStore;
import io.custodian.personaldata.StoreDescription;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Privacy requests in the personal-data map. Erasure removes the email, message and results but keeps that a
 * request of a type was received and answered when: the proof of compliance (GDPR Art. 5(2), 12).
 */
@Component
class RequestDataStore implements PersonalDataStore {

	private final JdbcClient jdbc;

	RequestDataStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(DataSubject subject) {
		return Map.of("requests", jdbc.sql("""
				SELECT reference, type, state, channel, received_at, due_at, verified_at, closed_at
				FROM privacy_requests WHERE customer_id = :c ORDER BY received_at""")
			.param("c", subject.customerId()).query().listOfRows());
	}

	@Override
	public void restrict(DataSubject subject) {
		// requests are processed only to answer them, which a restriction does not stop
	}

	@Override
	public void lift(DataSubject subject) {
		// see restrict
	}

	@Override
	@Transactional
	public ErasureOutcome erase(DataSubject subject) {
		var rows = jdbc.sql("""
				UPDATE privacy_requests SET email_ct = :empty, details_ct = NULL, result_ct = NULL,
				  email_index = 'erased', link_hash = NULL, link_ct = NULL
				WHERE customer_id = :c""").param("empty", new byte[0]).param("c", subject.customerId()).update();
		jdbc.sql("UPDATE request_events SET note_ct = NULL WHERE request_id IN (SELECT id FROM privacy_requests WHERE customer_id = :c)")
			.param("c", subject.customerId()).update();
		jdbc.sql("DELETE FROM request_outbox WHERE request_id IN (SELECT id FROM privacy_requests WHERE customer_id = :c)")
			.param("c", subject.customerId()).update();
		jdbc.sql("DELETE FROM request_downloads WHERE request_id IN (SELECT id FROM privacy_requests WHERE customer_id = :c)")
			.param("c", subject.customerId()).update();
		return new ErasureOutcome("requests", rows, "reference, type and dates of " + rows + " requests",
				"proof that the requests were answered in time (GDPR Art. 5(2), 12); email, message and results removed");
	}

	@Override
	public StoreDescription describe() {
		return new StoreDescription("requests", "Privacy requests: the requester's email, message, changes asked for, "
				+ "timeline and result, encrypted", List.of("privacy_requests", "request_events", "request_codes",
						"request_downloads", "request_outbox"), List.of("email", "message", "changes", "notes", "result"),
				List.of("legal-obligation"), "answered requests: 3 years; personal parts until erasure");
	}
}
