package io.custodian.security.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.custodian.security.StaffRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff accounts in the database. */
@Repository
class StaffAccounts {

	private final JdbcClient jdbc;

	StaffAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StaffAccount> byUsername(String username) {
		return jdbc.sql("SELECT * FROM staff WHERE username = :username")
			.param("username", username)
			.query(StaffAccounts::map)
			.optional();
	}

	Optional<StaffAccount> byId(UUID id) {
		return jdbc.sql("SELECT * FROM staff WHERE id = :id").param("id", id).query(StaffAccounts::map).optional();
	}

	List<StaffAccount> all() {
		return jdbc.sql("SELECT * FROM staff ORDER BY username").query(StaffAccounts::map).list();
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM staff").query(Long.class).single();
	}

	void insert(StaffAccount account) {
		jdbc.sql("""
				INSERT INTO staff (id, username, display_name, password_hash, role, enabled, created_at)
				VALUES (:id, :username, :displayName, :passwordHash, :role, :enabled, :createdAt)""")
			.param("id", account.id())
			.param("username", account.username())
			.param("displayName", account.displayName())
			.param("passwordHash", account.passwordHash())
			.param("role", account.role().id())
			.param("enabled", account.enabled())
			.param("createdAt", OffsetDateTime.ofInstant(account.createdAt(), ZoneOffset.UTC))
			.update();
	}

	void update(StaffAccount account) {
		jdbc.sql("""
				UPDATE staff SET display_name = :displayName, password_hash = :passwordHash, role = :role,
				                 enabled = :enabled
				WHERE id = :id""")
			.param("id", account.id())
			.param("displayName", account.displayName())
			.param("passwordHash", account.passwordHash())
			.param("role", account.role().id())
			.param("enabled", account.enabled())
			.update();
	}

	private static StaffAccount map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new StaffAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
				rs.getString("password_hash"), StaffRole.fromId(rs.getString("role")).orElseThrow(),
				rs.getBoolean("enabled"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	/** One staff member's account. */
	record StaffAccount(UUID id, String username, String displayName, String passwordHash, StaffRole role,
			boolean enabled, Instant createdAt) {

		StaffAccount withRole(StaffRole role) {
			return new StaffAccount(id, username, displayName, passwordHash, role, enabled, createdAt);
		}

		StaffAccount withEnabled(boolean enabled) {
			return new StaffAccount(id, username, displayName, passwordHash, role, enabled, createdAt);
		}

		StaffAccount withPasswordHash(String passwordHash) {
			return new StaffAccount(id, username, displayName, passwordHash, role, enabled, createdAt);
		}
	}
}
