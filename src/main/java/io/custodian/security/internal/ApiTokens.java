package io.custodian.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.security.Scope;
import io.custodian.security.SecuritySettings;
import io.custodian.security.StaffRole;
import io.custodian.system.InvalidInput;
import io.custodian.system.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/** Scoped API tokens: shown once at creation, stored only as their SHA-256, revocable, with an expiry. */
@Service
public class ApiTokens {

	private final JdbcClient jdbc;

	private final StaffAccounts staff;

	private final AuditTrail audit;

	private final Duration defaultValidity;

	ApiTokens(JdbcClient jdbc, StaffAccounts staff, AuditTrail audit, SecuritySettings settings) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.audit = audit;
		this.defaultValidity = settings.tokenDefaultValidity();
	}

	/** Issues a token for a staff member signed in with a password: any scopes of the owner's current role. */
	@Transactional
	public IssuedToken issue(String username, String name, List<String> scopeIds, Integer validDays) {
		var owner = staff.byUsername(username).orElseThrow(() -> Problems.notFound("Staff member " + username));
		validate(name, validDays);
		var scopes = TokenScopes.withinRole(scopeIds, owner.role());
		var now = Instant.now();
		return store(owner, name, scopes, now, now.plus(validity(validDays)));
	}

	/**
	 * Issues a token with a token: only if the calling token has {@code tokens:issue}, only scopes the calling token
	 * holds within its owner's current role, and never valid beyond the calling token.
	 */
	@Transactional
	public IssuedToken issue(TokenOwner caller, String name, List<String> scopeIds, Integer validDays) {
		var owner = staff.byUsername(caller.username())
			.orElseThrow(() -> Problems.notFound("Staff member " + caller.username()));
		validate(name, validDays);
		var scopes = TokenScopes.withinRole(scopeIds, owner.role());
		try {
			TokenScopes.withinCallingToken(scopes, caller.effectiveScopes());
		}
		catch (ErrorResponseException e) {
			audit.recordIndependently(AuditEvent.of("token.issued", "token:" + caller.id()).denied(scopes.toString()));
			throw e;
		}
		var now = Instant.now();
		var expires = now.plus(validity(validDays));
		return store(owner, name, scopes, now, expires.isAfter(caller.expiresAt()) ? caller.expiresAt() : expires);
	}

	private static void validate(String name, Integer validDays) {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new InvalidInput("name", "is required, up to 200 characters");
		}
		if (validDays != null && (validDays < 1 || validDays > 730)) {
			throw new InvalidInput("validDays", "must be between 1 and 730");
		}
	}

	private Duration validity(Integer validDays) {
		return validDays == null ? defaultValidity : Duration.ofDays(validDays);
	}

	private IssuedToken store(StaffAccounts.StaffAccount owner, String name, Set<Scope> scopes, Instant now,
			Instant expires) {
		var secret = TokenSecrets.random();
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO api_tokens (id, staff_id, name, token_hash, scopes, created_at, expires_at)
				VALUES (:id, :staff, :name, :hash, :scopes, :created, :expires)""")
			.param("id", id)
			.param("staff", owner.id())
			.param("name", name.trim())
			.param("hash", TokenSecrets.hash(secret))
			.param("scopes", scopes.stream().map(Scope::id).collect(Collectors.joining(",")))
			.param("created", utc(now))
			.param("expires", utc(expires))
			.update();
		audit.record(AuditEvent.of("token.issued", "token:" + id).detail(scopes.toString()));
		return new IssuedToken(new TokenInfo(id, owner.username(), name.trim(), scopes.stream().map(Scope::id).toList(),
				now, expires, null, null), secret);
	}

	@Transactional(readOnly = true)
	public List<TokenInfo> list(String username) {
		var sql = """
				SELECT t.*, s.username FROM api_tokens t JOIN staff s ON s.id = t.staff_id
				""" + (username == null ? "" : " WHERE s.username = :username") + " ORDER BY t.created_at DESC";
		var spec = jdbc.sql(sql);
		if (username != null) {
			spec = spec.param("username", username);
		}
		return spec.query((rs, n) -> new TokenInfo(rs.getObject("id", UUID.class), rs.getString("username"),
				rs.getString("name"), Arrays.asList(rs.getString("scopes").split(",")), instant(rs, "created_at"),
				instant(rs, "expires_at"), instant(rs, "revoked_at"), instant(rs, "last_used_at")))
			.list();
	}

	@Transactional
	public void revoke(UUID id, String requestedBy, boolean admin) {
		var owner = jdbc.sql("SELECT s.username FROM api_tokens t JOIN staff s ON s.id = t.staff_id WHERE t.id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElseThrow(() -> Problems.notFound("Token " + id));
		if (!admin && !owner.equals(requestedBy)) {
			throw Problems.notFound("Token " + id);
		}
		jdbc.sql("UPDATE api_tokens SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
			.param("now", utc(Instant.now()))
			.param("id", id)
			.update();
		audit.record(AuditEvent.of("token.revoked", "token:" + id));
	}

	/** The owner and scopes of a valid token, if the secret names one that is neither revoked nor expired. */
	@Transactional
	public Optional<TokenOwner> authenticate(String secret) {
		if (!TokenSecrets.plausible(secret)) {
			return Optional.empty();
		}
		var found = jdbc.sql("""
				SELECT t.id, t.scopes, t.expires_at, t.last_used_at, s.username, s.role FROM api_tokens t JOIN staff s ON s.id = t.staff_id
				WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > :now AND s.enabled = TRUE""")
			.param("hash", TokenSecrets.hash(secret))
			.param("now", utc(Instant.now()))
			.query((rs, n) -> new TokenOwner(rs.getObject("id", UUID.class), rs.getString("username"),
					StaffRole.fromId(rs.getString("role")).orElseThrow(), Arrays.stream(rs.getString("scopes").split(","))
						.map(Scope::fromId).flatMap(Optional::stream).collect(Collectors.toSet()),
					instant(rs, "expires_at"), instant(rs, "last_used_at")))
			.optional();
		found.filter(t -> t.lastUsed() == null || t.lastUsed().isBefore(Instant.now().minusSeconds(60)))
			.ifPresent(t -> jdbc.sql("UPDATE api_tokens SET last_used_at = :now WHERE id = :id")
				.param("now", utc(Instant.now()))
				.param("id", t.id())
				.update());
		return found;
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	/** A token as listed: never its secret. */
	public record TokenInfo(UUID id, String owner, String name, List<String> scopes, Instant createdAt,
			Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {

		public boolean active() {
			return revokedAt == null && expiresAt.isAfter(Instant.now());
		}
	}

	/** A freshly issued token with its secret, shown exactly once. */
	public record IssuedToken(TokenInfo token, String secret) {
	}

	/** Who a presented token belongs to, its owner's current role, and what it may do. */
	public record TokenOwner(UUID id, String username, StaffRole role, Set<Scope> scopes, Instant expiresAt,
			Instant lastUsed) {

		/** The token's scopes that its owner's current role still allows. */
		public Set<Scope> effectiveScopes() {
			return scopes.stream().filter(role.scopes()::contains).collect(Collectors.toUnmodifiableSet());
		}
	}
}
