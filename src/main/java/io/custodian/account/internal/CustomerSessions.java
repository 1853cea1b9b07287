package io.custodian.account.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.custodian.account.AccountSettings;
import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.audit.HashChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sessions of signed-in customers: a random token in an HttpOnly cookie, stored only as its hash, ending after
 * {@link AccountSettings#sessionIdle()} without use or {@link AccountSettings#sessionMax()} at most, revocable by the
 * customer and by staff; every opening and ending is audited.
 */
@Component
public class CustomerSessions {

	public static final String COOKIE = "custodian_account";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final AccountSettings settings;

	private final AuditTrail audit;

	CustomerSessions(JdbcClient jdbc, AccountSettings settings, AuditTrail audit) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.audit = audit;
	}

	/** Opens a session for a customer who proved who they are by {@code method}, and sets its cookie. */
	@Transactional
	public SignedInCustomer open(UUID customerId, String method, HttpServletRequest request,
			HttpServletResponse response) {
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		var id = UUID.randomUUID();
		var now = now();
		jdbc.sql("""
				INSERT INTO customer_sessions (id, token_hash, customer_id, method, created_at, last_seen_at, expires_at)
				VALUES (:id, :hash, :customer, :method, :now, :now, :expires)""")
			.param("id", id).param("hash", HashChain.sha256(token)).param("customer", customerId)
			.param("method", method).param("now", utc(now)).param("expires", utc(now.plus(settings.sessionMax())))
			.update();
		audit.record(AuditEvent.of("account.signed-in", customerId).detail("by " + method + ", session " + id));
		response.addHeader("Set-Cookie", cookie(token, settings.sessionMax(), request.isSecure()).toString());
		return new SignedInCustomer(customerId, id, method);
	}

	/** The customer whose live session the request's cookie names; extends its idle time. */
	@Transactional
	public Optional<SignedInCustomer> current(HttpServletRequest request) {
		var token = token(request);
		if (token.isEmpty()) {
			return Optional.empty();
		}
		var now = now();
		return jdbc.sql("""
				SELECT id, customer_id, method, last_seen_at FROM customer_sessions
				WHERE token_hash = :hash AND ended_at IS NULL AND expires_at > :now AND last_seen_at > :idleSince""")
			.param("hash", HashChain.sha256(token.get())).param("now", utc(now))
			.param("idleSince", utc(now.minus(settings.sessionIdle())))
			.query((rs, n) -> {
				var lastSeen = rs.getObject("last_seen_at", OffsetDateTime.class).toInstant();
				var session = new SignedInCustomer(rs.getObject("customer_id", UUID.class), rs.getObject("id", UUID.class),
						rs.getString("method"));
				return lastSeen.isBefore(now.minus(TOUCH_EVERY)) ? touch(session, now) : session;
			})
			.optional();
	}

	/** Ends one session of the customer; {@code by} names who ended it (the customer, staff, erasure). */
	@Transactional
	public boolean end(UUID customerId, UUID sessionId, String by) {
		var ended = jdbc.sql("""
				UPDATE customer_sessions SET ended_at = :now, ended_by = :by
				WHERE id = :id AND customer_id = :customer AND ended_at IS NULL""")
			.param("now", utc(now())).param("by", by).param("id", sessionId).param("customer", customerId).update();
		if (ended > 0) {
			audit.record(AuditEvent.of("account.session-ended", customerId).detail("session " + sessionId + " by " + by));
		}
		return ended > 0;
	}

	/** Ends every live session of the customer. */
	@Transactional
	public int endAll(UUID customerId, String by) {
		var ended = jdbc.sql("""
				UPDATE customer_sessions SET ended_at = :now, ended_by = :by
				WHERE customer_id = :customer AND ended_at IS NULL""")
			.param("now", utc(now())).param("by", by).param("customer", customerId).update();
		if (ended > 0) {
			audit.record(AuditEvent.of("account.sessions-ended", customerId).detail(ended + " by " + by));
		}
		return ended;
	}

	/** The customer's sessions, newest first, live or ended. */
	@Transactional(readOnly = true)
	public List<SessionInfo> of(UUID customerId) {
		var now = now();
		return jdbc.sql("""
				SELECT id, method, created_at, last_seen_at, expires_at, ended_at, ended_by FROM customer_sessions
				WHERE customer_id = :customer ORDER BY created_at DESC""")
			.param("customer", customerId)
			.query((rs, n) -> {
				var lastSeen = instant(rs.getObject("last_seen_at", OffsetDateTime.class));
				var expires = instant(rs.getObject("expires_at", OffsetDateTime.class));
				var ended = instant(rs.getObject("ended_at", OffsetDateTime.class));
				var live = ended == null && expires.isAfter(now) && lastSeen.isAfter(now.minus(settings.sessionIdle()));
				return new SessionInfo(rs.getObject("id", UUID.class), rs.getString("method"),
						instant(rs.getObject("created_at", OffsetDateTime.class)), lastSeen, ended, rs.getString("ended_by"),
						live);
			})
			.list();
	}

	/** Clears the session cookie in the browser. */
	public void clearCookie(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader("Set-Cookie", cookie("", Duration.ZERO, request.isSecure()).toString());
	}

	private SignedInCustomer touch(SignedInCustomer session, Instant now) {
		jdbc.sql("UPDATE customer_sessions SET last_seen_at = :now WHERE id = :id")
			.param("now", utc(now)).param("id", session.sessionId()).update();
		return session;
	}

	private static Optional<String> token(HttpServletRequest request) {
		var cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && cookie.getValue().length() == 43) {
				return Optional.of(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	private static ResponseCookie cookie(String value, Duration maxAge, boolean secure) {
		return ResponseCookie.from(COOKIE, value).httpOnly(true).secure(secure).sameSite("Lax").path("/")
			.maxAge(maxAge).build();
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

	/** One session as the account page and the console list it. */
	public record SessionInfo(UUID id, String method, Instant createdAt, Instant lastSeenAt, Instant endedAt,
			String endedBy, boolean live) {
	}
}
