package io.custodian.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

import io.custodian.security.LoginSettings;
import io.custodian.security.SecuritySettings;
import io.custodian.security.internal.LoginThrottle.Refusal.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	static final String ATTACKER = "203.0.113.9";

	static final String OFFICE = "198.51.100.20";

	final MutableClock clock = new MutableClock();

	final LoginThrottle throttle = new LoginThrottle(
			new SecuritySettings("admin", null, null, 5, Duration.ofMinutes(15), Duration.ofDays(90)),
			new LoginSettings(30, Duration.ofMinutes(1), Duration.ofSeconds(2), Duration.ofSeconds(30), 100_000), clock);

	void fail(String username, String address, int times) {
		for (int i = 0; i < times; i++) {
			assertThat(throttle.admit(username, address)).isEmpty();
			throttle.failed(username, address);
			clock.advance(throttle.delay(username, address));
		}
	}

	@Test
	void delaysStartAfterTheFreeAttemptsAndDoubleUpToTheirCaps() {
		for (int i = 1; i <= 4; i++) {
			assertThat(throttle.failed("ada", ATTACKER)).isEmpty();
		}
		assertThat(throttle.failed("ada", ATTACKER)).contains(Duration.ofSeconds(2));
		assertThat(throttle.failed("ada", ATTACKER)).contains(Duration.ofSeconds(4));
		for (int i = 0; i < 20; i++) {
			throttle.failed("ada", ATTACKER);
		}
		assertThat(throttle.delay("ada", ATTACKER)).isEqualTo(Duration.ofMinutes(15));
		assertThat(throttle.delay("ada", OFFICE)).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void refusesAnAccountInItsDelayBeforeAnyPasswordCheck() {
		fail("ada", ATTACKER, 4);
		throttle.failed("ada", ATTACKER);

		var refusal = throttle.admit("ADA", ATTACKER);

		assertThat(refusal).get().extracting(LoginThrottle.Refusal::reason).isEqualTo(Reason.ACCOUNT);
		assertThat(refusal.get().retryAfter()).isEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void correctPasswordFromAnotherAddressGetsInOnceTheShortUsernameDelayHasPassed() {
		fail("ada", ATTACKER, 11);
		throttle.failed("ada", ATTACKER);
		assertThat(throttle.admit("ada", ATTACKER)).isPresent();
		assertThat(throttle.admit("ada", OFFICE)).isPresent();

		clock.advance(Duration.ofSeconds(30));

		assertThat(throttle.admit("ada", OFFICE)).isEmpty();
		throttle.succeeded("ada", OFFICE);
		assertThat(throttle.admit("ada", ATTACKER)).get().extracting(LoginThrottle.Refusal::reason)
			.isEqualTo(Reason.ACCOUNT);
	}

	@Test
	void limitsAttemptsPerAddressAndGivesASuccessfulAttemptBack() {
		for (int i = 0; i < 29; i++) {
			assertThat(throttle.admit("user-" + i, ATTACKER)).isEmpty();
		}
		assertThat(throttle.admit("ada", ATTACKER)).isEmpty();
		throttle.succeeded("ada", ATTACKER);
		assertThat(throttle.admit("user-30", ATTACKER)).isEmpty();

		var refusal = throttle.admit("user-31", ATTACKER);

		assertThat(refusal).get().extracting(LoginThrottle.Refusal::reason).isEqualTo(Reason.ADDRESS);
		assertThat(refusal.get().retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
		assertThat(throttle.admit("ada", OFFICE)).isEmpty();
		clock.advance(Duration.ofMinutes(1));
		assertThat(throttle.admit("user-31", ATTACKER)).isEmpty();
	}

	@Test
	void floodOfDistinctUsernamesAndAddressesDoesNotLiftTheLockoutOfTheAttackedAccount() {
		fail("ada", ATTACKER, 10);
		throttle.failed("ada", ATTACKER);
		var before = throttle.delay("ada", ATTACKER);
		assertThat(before).isGreaterThan(Duration.ofMinutes(1));

		for (int i = 0; i < 100_000; i++) {
			var address = "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255);
			throttle.admit("flood-" + i, address);
			throttle.failed("flood-" + i, address);
		}

		assertThat(throttle.delay("ada", ATTACKER)).isEqualTo(before);
		assertThat(throttle.admit("ada", ATTACKER)).get().extracting(LoginThrottle.Refusal::reason)
			.isEqualTo(Reason.ACCOUNT);
	}

	@Test
	void unlockLiftsEveryDelayOfTheUsername() {
		fail("ada", ATTACKER, 10);
		throttle.failed("ada", ATTACKER);
		throttle.failed("ada", OFFICE);

		throttle.unlock("Ada");

		assertThat(throttle.admit("ada", ATTACKER)).isEmpty();
		assertThat(throttle.admit("ada", OFFICE)).isEmpty();
	}

	static final class MutableClock implements InstantSource {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		@Override
		public Instant instant() {
			return now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}
	}
}
