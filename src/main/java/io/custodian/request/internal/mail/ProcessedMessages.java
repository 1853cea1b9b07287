package io.custodian.request.internal.mail;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The messages already handled, by key (a hash, never an address), with what became of them. The primary key makes a
 * claim: whoever inserts a key first handles the message, every other poller and node gets a duplicate key.
 */
@Repository
class ProcessedMessages {

	private final JdbcClient jdbc;

	ProcessedMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean known(String key) {
		return jdbc.sql("SELECT COUNT(*) FROM processed_messages WHERE message_key = :key").param("key", key)
			.query(Long.class).single() > 0;
	}

	/** Claims a message; throws {@link org.springframework.dao.DuplicateKeyException} when it was claimed before. */
	void claim(String key, Outcome outcome) {
		jdbc.sql("INSERT INTO processed_messages (message_key, processed_at, outcome) VALUES (:key, :at, :outcome)")
			.param("key", key).param("at", OffsetDateTime.now(ZoneOffset.UTC)).param("outcome", outcome.id())
			.update();
	}
}
