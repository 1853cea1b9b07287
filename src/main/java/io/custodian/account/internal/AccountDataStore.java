package io.custodian.account.internal;

import java.util.LinkedHashMap;
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
 * The account's part of the personal-data map: the customer's sessions (how and when they signed in) and pending
 * sign-ins. A restriction leaves sign-in possible, so that the customer can still see their data and lift it.
 */
@Component
class AccountDataStore implements PersonalDataStore {

	private final JdbcClient jdbc;

	private final CustomerSessions sessions;

	private final AuditTrail audit;

	AccountDataStore(JdbcClient jdbc, CustomerSessions sessions, AuditTrail audit) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(DataSubject subject) {
		var export = new LinkedHashMap<String, Object>();
		var list = sessions.of(subject.customerId()).stream().map(s -> {
			var entry = new LinkedHashMap<String, Object>();
			entry.put("signedInBy", s.method());
			entry.put("since", s.createdAt());
			entry.put("lastSeen", s.lastSeenAt());
			entry.put("ended", s.endedAt());
			entry.put("endedBy", s.endedBy());
			return entry;
		}).toList();
		if (!list.isEmpty()) {
			export.put("sessions", list);
		}
		return export;
	}

	@Override
	public void restrict(DataSubject subject) {
	}

	@Override
	public void lift(DataSubject subject) {
	}

	@Override
	@Transactional
	public ErasureOutcome erase(DataSubject subject) {
		var rows = jdbc.sql("DELETE FROM customer_sessions WHERE customer_id = :c").param("c", subject.customerId()).update()
				+ jdbc.sql("DELETE FROM sign_in_links WHERE customer_id = :c").param("c", subject.customerId()).update();
		audit.record(AuditEvent.of("personal-data.erased", subject.customerId()).detail("account: " + rows + " rows"));
		return ErasureOutcome.removed("account", rows);
	}

	@Override
	public StoreDescription describe() {
		return new StoreDescription("account", "Sign-ins to the customer's account: sessions (how and when, never the "
				+ "token itself) and pending sign-ins by email (hashes of the link and code only)",
				List.of("customer_sessions", "sign_in_links"), List.of("session.method", "session.times", "sign-in.times"),
				List.of("legal-obligation"), "sessions 30 days after they ended, pending sign-ins one day");
	}
}
