package io.custodian.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.custodian.security.LoginSettings;
import io.custodian.security.SecuritySettings;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Decides, before any password is checked, whether a login attempt may go ahead: each client address has a budget of
 * attempts per window (a successful login gives its attempt back), and failures delay further attempts for the
 * username (from any address, up to a short cap) and for the username from the failing address (up to the lockout),
 * doubling with each failure. All state sits in bounded caches that evict one entry at a time.
 */
@Component
class LoginThrottle {

	private final Cache<String, Bucket> addresses;

	private final FailureDelays<String> usernames;

	private final FailureDelays<Pair> pairs;

	private final InstantSource clock;

	private final LoginSettings login;

	@Autowired
	LoginThrottle(SecuritySettings settings, LoginSettings login) {
		this(settings, login, InstantSource.system());
	}

	LoginThrottle(SecuritySettings settings, LoginSettings login, InstantSource clock) {
		this.clock = clock;
		this.login = login;
		Ticker ticker = () -> nanos(clock.instant());
		this.addresses = Caffeine.newBuilder().maximumSize(login.tracked()).ticker(ticker).executor(Runnable::run)
			.expireAfterAccess(login.addressWindow()).build();
		var free = Math.max(1, settings.loginAttempts());
		var remembered = settings.loginLockout().plus(Duration.ofHours(1));
		this.usernames = new FailureDelays<>(free, login.firstDelay(), login.usernameLockout(), login.tracked(),
				remembered, ticker);
		this.pairs = new FailureDelays<>(free, login.firstDelay(), settings.loginLockout(), login.tracked(), remembered,
				ticker);
	}

	/** Empty when the attempt may check its password (and then costs its address one attempt), else why not. */
	Optional<Refusal> admit(String username, String address) {
		var wait = delay(username, address);
		if (wait.isPositive()) {
			return Optional.of(new Refusal(Refusal.Reason.ACCOUNT, wait));
		}
		var probe = addresses.get(address, a -> newBucket()).tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			return Optional.of(new Refusal(Refusal.Reason.ADDRESS, Duration.ofNanos(probe.getNanosToWaitForRefill())));
		}
		return Optional.empty();
	}

	/** Counts a wrong password; returns the delay it starts, if any. */
	Optional<Duration> failed(String username, String address) {
		var now = clock.instant();
		var wait = longer(usernames.failed(key(username), now), pairs.failed(new Pair(key(username), address), now));
		return wait.isPositive() ? Optional.of(wait) : Optional.empty();
	}

	void succeeded(String username, String address) {
		var bucket = addresses.getIfPresent(address);
		if (bucket != null) {
			bucket.addTokens(1);
		}
		usernames.clear(key(username));
		pairs.clear(new Pair(key(username), address));
	}

	/** Lifts every delay on the username, from every address. */
	void unlock(String username) {
		var name = key(username);
		usernames.clear(name);
		pairs.clearIf(pair -> pair.username().equals(name));
	}

	/** How long the username must wait before its next attempt from the address. */
	Duration delay(String username, String address) {
		var now = clock.instant();
		return longer(usernames.remaining(key(username), now), pairs.remaining(new Pair(key(username), address), now));
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(login.attemptsPerAddress())
				.refillIntervally(login.attemptsPerAddress(), login.addressWindow()))
			.withCustomTimePrecision(new ClockTimeMeter(clock))
			.build();
	}

	private static Duration longer(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	private static long nanos(Instant instant) {
		return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
	}

	private static String key(String username) {
		var name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
		return name.length() > 100 ? name.substring(0, 100) : name;
	}

	/** Why an attempt was refused before its password was checked, and when to try again. */
	record Refusal(Reason reason, Duration retryAfter) {

		/** Too many attempts from the client address, or the username is in a delay after failures. */
		enum Reason {
			ADDRESS, ACCOUNT
		}
	}

	private record Pair(String username, String address) {
	}

	private record ClockTimeMeter(InstantSource clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			return nanos(clock.instant());
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}
	}
}
