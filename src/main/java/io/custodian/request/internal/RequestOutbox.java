package io.custodian.request.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mail waiting to leave, written in the caller's transaction: a code to issue for a request, or a composed mail,
 * encrypted, announced by a {@link RequestMailQueued} event. {@link OutboxSender} sends it after the commit; an entry
 * is deleted only once its mail is sent.
 */
@Repository
class RequestOutbox {

	private static final String CODE = "code";

	private static final String MAIL = "mail";

	private final JdbcClient jdbc;

	private final RequestCrypto crypto;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	RequestOutbox(JdbcClient jdbc, RequestCrypto crypto, JsonMapper json, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.crypto = crypto;
		this.json = json;
		this.events = events;
	}

	/** A confirmation code to issue and send, if the request turns out to have an email on file. */
	void code(UUID request) {
		insert(request, CODE, null);
	}

	void mail(UUID request, OutgoingMail mail) {
		insert(request, MAIL, encrypt(request, mail));
	}

	List<UUID> due(int limit) {
		return jdbc.sql("""
				SELECT id FROM request_outbox WHERE claimed_until IS NULL OR claimed_until < :now
				ORDER BY created_at LIMIT :limit""")
			.param("now", Requests.utc(Instant.now())).param("limit", limit).query(UUID.class).list();
	}

	/** Takes an entry for {@code lease}; false when another sender holds it or it is gone. */
	boolean claim(UUID id, Duration lease) {
		var now = Instant.now();
		return jdbc.sql("""
				UPDATE request_outbox SET claimed_until = :until, attempts = attempts + 1
				WHERE id = :id AND (claimed_until IS NULL OR claimed_until < :now)""")
			.param("until", Requests.utc(now.plus(lease))).param("now", Requests.utc(now)).param("id", id).update() == 1;
	}

	Optional<Entry> find(UUID id) {
		return jdbc.sql("SELECT request_id, kind, message_ct, attempts FROM request_outbox WHERE id = :id").param("id", id)
			.query((rs, n) -> {
				var request = rs.getObject("request_id", UUID.class);
				var text = crypto.decrypt(request, "outbox", rs.getBytes("message_ct"));
				return new Entry(id, request, text == null ? null : json.readValue(text, OutgoingMail.class),
						rs.getInt("attempts"));
			})
			.optional();
	}

	/** The code entry now holds its composed mail, so a retry sends the same code. */
	void composed(UUID id, UUID request, OutgoingMail mail) {
		jdbc.sql("UPDATE request_outbox SET kind = :kind, message_ct = :message WHERE id = :id").param("kind", MAIL)
			.param("message", encrypt(request, mail)).param("id", id).update();
	}

	void retryAt(UUID id, Instant at) {
		jdbc.sql("UPDATE request_outbox SET claimed_until = :at WHERE id = :id").param("at", Requests.utc(at))
			.param("id", id).update();
	}

	void delete(UUID id) {
		jdbc.sql("DELETE FROM request_outbox WHERE id = :id").param("id", id).update();
	}

	private void insert(UUID request, String kind, byte[] message) {
		jdbc.sql("""
				INSERT INTO request_outbox (id, request_id, kind, message_ct, created_at, attempts)
				VALUES (:id, :request, :kind, :message, :now, 0)""")
			.param("id", UUID.randomUUID()).param("request", request).param("kind", kind).param("message", message)
			.param("now", Requests.utc(Instant.now())).update();
		events.publishEvent(new RequestMailQueued(request));
	}

	private byte[] encrypt(UUID request, OutgoingMail mail) {
		return crypto.encrypt(request, "outbox", json.writeValueAsString(mail));
	}

	/** An entry: its mail once composed, null while it is a code still to issue. */
	record Entry(UUID id, UUID request, OutgoingMail mail, int attempts) {
	}
}
