package io.custodian.request.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.custodian.request.RequestState;
import io.custodian.request.RequestType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Privacy requests, their timeline and their download links, in plain SQL. */
@Repository
class Requests {

	private final JdbcClient jdbc;

	Requests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(PrivacyRequest r) {
		var f = r.filing();
		jdbc.sql("""
				INSERT INTO privacy_requests (id, reference, site_id, type, state, channel, language, email_index,
				  email_ct, details_ct, customer_id, received_at, due_at, failed_attempts)
				VALUES (:id, :reference, :site, :type, :state, :channel, :language, :emailIndex, :email, :details,
				  :customer, :received, :due, 0)""")
			.param("id", f.id()).param("reference", f.reference()).param("site", f.site())
			.param("type", r.type().id()).param("state", r.state().name()).param("channel", f.channel())
			.param("language", f.language()).param("emailIndex", f.emailIndex()).param("email", f.emailCiphertext())
			.param("details", f.detailsCiphertext()).param("customer", r.customerId())
			.param("received", utc(f.receivedAt())).param("due", utc(r.dueAt()))
			.update();
	}

	/**
	 * Writes what the request's transitions change; what it was filed with (email, details) is left alone, as an
	 * erasure during fulfilment may have removed it.
	 */
	void save(PrivacyRequest r) {
		jdbc.sql("""
				UPDATE privacy_requests SET type = :type, state = :state, customer_id = :customer, due_at = :due,
				  extension_reason = :extension, assigned_to = :assigned, verified_at = :verified, closed_at = :closed,
				  failed_attempts = :attempts, result_ct = :result, reminded_at = :reminded
				WHERE id = :id""")
			.param("type", r.type().id()).param("state", r.state().name()).param("customer", r.customerId())
			.param("due", utc(r.dueAt())).param("extension", r.extensionReason()).param("assigned", r.assignedTo())
			.param("verified", utc(r.verifiedAt())).param("closed", utc(r.closedAt()))
			.param("attempts", r.failedAttempts()).param("result", r.resultCiphertext())
			.param("reminded", utc(r.remindedAt())).param("id", r.filing().id())
			.update();
	}

	Optional<PrivacyRequest> find(UUID id) {
		return jdbc.sql("SELECT * FROM privacy_requests WHERE id = :id").param("id", id).query(Requests::map).optional();
	}

	Optional<PrivacyRequest> findByReference(String reference) {
		return jdbc.sql("SELECT * FROM privacy_requests WHERE reference = :reference").param("reference", reference)
			.query(Requests::map).optional();
	}

	Optional<PrivacyRequest> lock(UUID id) {
		return jdbc.sql("SELECT * FROM privacy_requests WHERE id = :id FOR UPDATE").param("id", id)
			.query(Requests::map).optional();
	}

	List<PrivacyRequest> queue(String state, String type, Instant dueBefore, int limit) {
		var sql = new StringBuilder("SELECT * FROM privacy_requests WHERE 1 = 1");
		var params = new HashMap<String, Object>();
		if (state != null) {
			sql.append(" AND state = :state");
			params.put("state", state);
		}
		if (type != null) {
			sql.append(" AND type = :type");
			params.put("type", type);
		}
		if (dueBefore != null) {
			sql.append(" AND due_at < :due");
			params.put("due", utc(dueBefore));
		}
		sql.append(" ORDER BY due_at LIMIT :limit");
		params.put("limit", limit);
		return jdbc.sql(sql.toString()).params(params).query(Requests::map).list();
	}

	List<PrivacyRequest> ofCustomer(UUID customer, int limit) {
		return jdbc.sql("SELECT * FROM privacy_requests WHERE customer_id = :c ORDER BY received_at DESC LIMIT :limit")
			.param("c", customer).param("limit", limit).query(Requests::map).list();
	}

	List<PrivacyRequest> open(Instant dueBefore) {
		return jdbc.sql("""
				SELECT * FROM privacy_requests WHERE state IN ('RECEIVED', 'VERIFYING', 'LOCKED', 'VERIFIED', 'IN_PROGRESS')
				AND due_at < :due AND reminded_at IS NULL""").param("due", utc(dueBefore)).query(Requests::map).list();
	}

	List<PrivacyRequest> unverifiedSince(Instant before) {
		return jdbc.sql("SELECT * FROM privacy_requests WHERE state IN ('RECEIVED', 'VERIFYING', 'LOCKED') AND received_at < :before")
			.param("before", utc(before)).query(Requests::map).list();
	}

	void event(UUID request, String actor, String kind, byte[] note) {
		jdbc.sql("INSERT INTO request_events (id, request_id, at, actor, kind, note_ct) VALUES (:id, :r, :at, :actor, :kind, :note)")
			.param("id", UUID.randomUUID()).param("r", request).param("at", utc(Instant.now())).param("actor", actor)
			.param("kind", kind).param("note", note).update();
	}

	List<StoredEvent> events(UUID request) {
		return jdbc.sql("SELECT at, actor, kind, note_ct FROM request_events WHERE request_id = :r ORDER BY at, id")
			.param("r", request)
			.query((rs, row) -> new StoredEvent(instant(rs, "at"), rs.getString("actor"), rs.getString("kind"),
					rs.getBytes("note_ct")))
			.list();
	}

	void download(String tokenHash, UUID request, Instant expires) {
		jdbc.sql("INSERT INTO request_downloads (token_hash, request_id, expires_at) VALUES (:t, :r, :e)")
			.param("t", tokenHash).param("r", request).param("e", utc(expires)).update();
	}

	Optional<UUID> downloadable(String tokenHash) {
		return jdbc.sql("SELECT request_id FROM request_downloads WHERE token_hash = :t AND expires_at > :now")
			.param("t", tokenHash).param("now", utc(Instant.now())).query(UUID.class).optional();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static PrivacyRequest map(ResultSet rs, int row) throws SQLException {
		var filing = new Filing(rs.getObject("id", UUID.class), rs.getString("reference"),
				rs.getObject("site_id", UUID.class), rs.getString("channel"), rs.getString("language"),
				rs.getString("email_index"), rs.getBytes("email_ct"), rs.getBytes("details_ct"), instant(rs, "received_at"));
		return new PrivacyRequest(filing, RequestType.fromId(rs.getString("type")).orElseThrow(),
				RequestState.valueOf(rs.getString("state")), rs.getObject("customer_id", UUID.class), instant(rs, "due_at"),
				rs.getString("extension_reason"), rs.getString("assigned_to"), instant(rs, "verified_at"),
				instant(rs, "closed_at"), rs.getInt("failed_attempts"), rs.getBytes("result_ct"), instant(rs, "reminded_at"));
	}

	/** A timeline entry as stored, its note still encrypted. */
	record StoredEvent(Instant at, String actor, String kind, byte[] noteCiphertext) {
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
