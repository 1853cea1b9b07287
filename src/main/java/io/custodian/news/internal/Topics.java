package io.custodian.news.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.custodian.news.NewTopic;
import io.custodian.news.Topic;
import io.custodian.system.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The topics staff manage. */
@Repository
public class Topics {

	private final JdbcClient jdbc;

	Topics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Topic> all() {
		return jdbc.sql("SELECT * FROM news_topics ORDER BY name").query(Topics::map).list();
	}

	public List<Topic> active() {
		return all().stream().filter(Topic::active).toList();
	}

	public Optional<Topic> byKey(String key) {
		return jdbc.sql("SELECT * FROM news_topics WHERE topic_key = :k").param("k", key).query(Topics::map).optional();
	}

	@Transactional
	public Topic create(NewTopic topic) {
		var key = topic.key() == null ? "" : topic.key().strip();
		if (!key.matches("[a-z0-9][a-z0-9-]{0,59}")) {
			throw new InvalidInput("key", "use 1 to 60 lower-case letters, digits and dashes");
		}
		if (topic.name() == null || topic.name().isBlank() || topic.name().length() > 200) {
			throw new InvalidInput("name", "give a name of 1 to 200 characters");
		}
		var description = topic.description() == null ? "" : topic.description().strip();
		if (description.length() > 1000) {
			throw new InvalidInput("description", "is longer than 1000 characters");
		}
		if (byKey(key).isPresent()) {
			throw new InvalidInput("key", "a topic with this key exists");
		}
		var created = new Topic(UUID.randomUUID(), key, topic.name().strip(), description, true);
		jdbc.sql("""
				INSERT INTO news_topics (id, topic_key, name, description, active, created_at)
				VALUES (:id, :k, :n, :d, TRUE, :t)""")
			.param("id", created.id()).param("k", key).param("n", created.name()).param("d", description)
			.param("t", NewsTokens.now()).update();
		return created;
	}

	@Transactional
	public Topic setActive(String key, boolean active) {
		var topic = byKey(key).orElseThrow(() -> io.custodian.system.Problems.notFound("Topic " + key));
		jdbc.sql("UPDATE news_topics SET active = :a WHERE id = :id").param("a", active).param("id", topic.id()).update();
		return new Topic(topic.id(), topic.key(), topic.name(), topic.description(), active);
	}

	private static Topic map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Topic(rs.getObject("id", UUID.class), rs.getString("topic_key"), rs.getString("name"),
				rs.getString("description"), rs.getBoolean("active"));
	}
}
