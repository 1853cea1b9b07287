package io.custodian.security.internal;

import java.time.Duration;

import io.custodian.security.LoginSettings;
import io.custodian.security.SecuritySettings;
import io.custodian.security.internal.LoginThrottle.Refusal;
import io.custodian.security.internal.LoginThrottle.Refusal.Reason;
import io.custodian.security.internal.LoginThrottleTests.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attacker who sends from 100,000 addresses under 100,000 usernames, ten times what the throttle tracks, while
 * still guessing one account (one attempt per 1,000 of the flood), cannot lift that account's lockout nor refill the
 * budget of the address guessing it: the caches evict one rarely used entry at a time, never all of them.
 */
class LoginThrottleFloodTests {

	static final String ATTACKER = "203.0.113.9";

	static final String OFFICE = "198.51.100.20";

	static final int FLOOD = 100_000;

	final MutableClock clock = new MutableClock();

	final LoginThrottle throttle = new LoginThrottle(
			new SecuritySettings("admin", null, null, 5, Duration.ofMinutes(15), Duration.ofDays(90)),
			new LoginSettings(30, Duration.ofMinutes(1), Duration.ofSeconds(2), Duration.ofSeconds(30), FLOOD / 10),
			clock);

	@Test
	void singleFailuresUnderDistinctUsernamesAndAddressesKeepTheLockout() {
		var before = lockOutAda();

		flood(1);

		assertLockedOut(before);
	}

	@Test
	void delaysStartedForDistinctUsernamesAndAddressesKeepTheLockout() {
		var before = lockOutAda();

		flood(5);

		assertLockedOut(before);
	}

	@Test
	void attemptsFromDistinctAddressesKeepTheAttackersAddressOverItsBudget() {
		for (int i = 0; i < 30; i++) {
			assertThat(throttle.admit("user-" + i, ATTACKER)).isEmpty();
		}

		for (int i = 0; i < FLOOD; i++) {
			throttle.admit("flood-" + i, address(i));
			if (i % 1000 == 0) {
				throttle.admit("ada", ATTACKER);
			}
		}

		assertThat(throttle.admit("ada", ATTACKER)).get().extracting(Refusal::reason).isEqualTo(Reason.ADDRESS);
	}

	private Duration lockOutAda() {
		for (int i = 0; i < 10; i++) {
			throttle.failed("ada", ATTACKER);
			clock.advance(throttle.delay("ada", ATTACKER));
		}
		throttle.failed("ada", ATTACKER);
		var before = throttle.delay("ada", ATTACKER);
		assertThat(before).isGreaterThan(Duration.ofMinutes(1));
		return before;
	}

	private void flood(int failuresEach) {
		for (int i = 0; i < FLOOD; i++) {
			for (int n = 0; n < failuresEach; n++) {
				throttle.admit("flood-" + i, address(i));
				throttle.failed("flood-" + i, address(i));
			}
			if (i % 1000 == 0) {
				throttle.admit("ada", ATTACKER);
			}
		}
	}

	private void assertLockedOut(Duration before) {
		assertThat(throttle.delay("ada", ATTACKER)).isEqualTo(before);
		assertThat(throttle.delay("ada", OFFICE)).isEqualTo(Duration.ofSeconds(30));
		assertThat(throttle.admit("ada", ATTACKER)).get().extracting(Refusal::reason).isEqualTo(Reason.ACCOUNT);
	}

	private static String address(int i) {
		return "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255);
	}
}
