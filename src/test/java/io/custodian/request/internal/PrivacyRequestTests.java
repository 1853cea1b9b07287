package io.custodian.request.internal;

import static io.custodian.request.RequestState.COMPLETED;
import static io.custodian.request.RequestState.EXPIRED;
import static io.custodian.request.RequestState.IN_PROGRESS;
import static io.custodian.request.RequestState.LOCKED;
import static io.custodian.request.RequestState.RECEIVED;
import static io.custodian.request.RequestState.REJECTED;
import static io.custodian.request.RequestState.VERIFIED;
import static io.custodian.request.RequestState.VERIFYING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import io.custodian.request.RequestState;
import io.custodian.request.RequestType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every transition of a privacy request from every state: where it leads, and the 409 where it is not allowed. */
class PrivacyRequestTests {

	static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	static final Instant DUE = Instant.parse("2026-04-01T10:00:00Z");

	static final UUID CUSTOMER = UUID.randomUUID();

	static final Set<RequestState> OPEN = EnumSet.of(RECEIVED, VERIFYING, LOCKED, VERIFIED, IN_PROGRESS);

	@Test
	void aReceivedRequestHasNoCodeAttemptsAndWaitsForItsCode() {
		var request = PrivacyRequest.receive(filing(), RequestType.ACCESS, CUSTOMER, DUE);
		assertThat(request.state()).isEqualTo(RECEIVED);
		assertThat(request.failedAttempts()).isZero();
		assertThat(request.summary().state()).isEqualTo("received");
		request.sendCode();
		assertThat(request.awaitsCode()).isTrue();
	}

	@ParameterizedTest
	@EnumSource(RequestState.class)
	void sendsACodeOnlyWhileTheRequestIsReceivedOrAwaitingOne(RequestState from) {
		expect(from, EnumSet.of(RECEIVED, VERIFYING), PrivacyRequest::sendCode, VERIFYING);
	}

	@ParameterizedTest
	@EnumSource(RequestState.class)
	void verifiesOnlyARequestThatIsReceivedOrAwaitingItsCode(RequestState from) {
		expect(from, EnumSet.of(RECEIVED, VERIFYING), r -> r.verify(CUSTOMER, NOW), VERIFIED);
		if (from == VERIFYING) {
			var request = in(VERIFYING);
			request.verify(CUSTOMER, NOW);
			assertThat(request.verifiedAt()).isEqualTo(NOW);
			assertThat(request.customerId()).isEqualTo(CUSTOMER);
		}
	}

	@ParameterizedTest
	@EnumSource(RequestState.class)
	void countsAWrongCodeOnlyWhileAwaitingOne(RequestState from) {
		expect(from, EnumSet.of(VERIFYING), r -> r.wrongCode(5), VERIFYING);
	}

	@Test
	void locksAtTheLastAllowedWrongCodeAndNotBefore() {
		var request = in(VERIFYING);
		for (int i = 1; i < 5; i++) {
			assertThat(request.wrongCode(5)).isFalse();
			assertThat(request.failedAttempts()).isEqualTo(i);
		}
		assertThat(request.wrongCode(5)).isTrue();
		assertThat(request.state()).isEqualTo(LOCKED);
		assertThat(request.summary().state()).isEqualTo("locked");
		assertThat(request.awaitsCode()).isFalse();
		assertThatThrownBy(() -> request.wrongCode(5)).isInstanceOf(IllegalTransition.class);
		assertThatThrownBy(request::sendCode).isInstanceOf(IllegalTransition.class);
		assertThatThrownBy(() -> request.verify(CUSTOMER, NOW)).isInstanceOf(IllegalTransition.class);
	}

	@ParameterizedTest
	@EnumSource(RequestState.class)
	void locksOnlyARequestAwaitingItsCode(RequestState from) {
		expect(from, EnumSet.of(VERIFYING), PrivacyRequest::lock, LOCKED);
	}

	@ParameterizedTest
	@EnumSource(RequestState.class)
	void extendsAnOpenRequestByMonthsFromItsDeadline(RequestState from) {
		expect(from, OPEN, r -> r.extend(2, "complex"), from);
		if (OPEN.contains(from)) {
			var request = in(from);
			request.extend(2, "complex");
			assertThat(request.dueAt()).isEqualTo(Instant.parse("2026-06-01T10:00:00Z"));
			assertThat(request.extensionReason()).isEqualTo("complex");
		}
	}

	@Test
	void extendsOnlyOnce() {
		var request = in(VERIFIED);
		request.extend(1, "complex");
		assertThatThrownBy(() -> request.extend(1, "again")).isInstanceOfSatisfying(IllegalTransition.class,
				e -> assertThat(e.getBody().getDetail()).isEqualTo("This request is verified: it cannot be extended twice"));
		assertThat(request.dueAt()).isEqualTo(Instant.parse("2026-05-01T10:00:00Z"));
	}

	@ParameterizedTest
	@EnumSource(RequestState.class)
	void fulfilsOnlyAVerifiedRequestOrOneWithStaff(RequestState from) {
		var result = new byte[] { 1, 2, 3 };
		expect(from, EnumSet.of(VERIFIED, IN_PROGRESS), r -> r.fulfil(result, NOW), COMPLETED);
		if (from == VERIFIED) {
			var request = in(VERIFIED);
			request.fulfil(result, NOW);
			assertThat(request.resultCiphertext()).isEqualTo(result);
			assertThat(request.closedAt()).isEqualTo(NOW);
		}
	}

	@ParameterizedTest
	@EnumSource(RequestState.class)
	void checksBeforeCarryingOutThatTheRequestMayBeFulfilled(RequestState from) {
		expect(from, EnumSet.of(VERIFIED, IN_PROGRESS), PrivacyRequest::requireFulfillable, from);
	}

	@ParameterizedTest
	@EnumSource(RequestState.class)
	void handsOverToStaffOnlyAVerifiedRequestOrOneAlreadyWithStaff(RequestState from) {
		expect(from, EnumSet.of(VERIFIED, IN_PROGRESS), PrivacyRequest::handOver, IN_PROGRESS);
	}

	@ParameterizedTest
	@EnumSource(RequestState.class)
	void rejectsOnlyAnOpenRequest(RequestState from) {
		expect(from, OPEN, r -> r.reject(NOW), REJECTED);
	}

	@ParameterizedTest
	@EnumSource(RequestState.class)
	void expiresOnlyARequestNeverVerified(RequestState from) {
		expect(from, EnumSet.of(RECEIVED, VERIFYING, LOCKED), r -> r.expire(NOW), EXPIRED);
	}

	@ParameterizedTest
	@EnumSource(RequestState.class)
	void assignsRetypesAndRemindsOnlyWhileOpen(RequestState from) {
		expect(from, OPEN, r -> r.assign("ada"), from);
		expect(from, OPEN, r -> r.retype(RequestType.CORRECTION), from);
		expect(from, OPEN, r -> r.remind(NOW), from);
	}

	@Test
	void aClosedRequestRecordsWhenItClosed() {
		var rejected = in(VERIFYING);
		rejected.reject(NOW);
		var expired = in(LOCKED);
		expired.expire(NOW);
		assertThat(rejected.closedAt()).isEqualTo(NOW);
		assertThat(expired.closedAt()).isEqualTo(NOW);
		assertThat(expired.state().isFinal()).isTrue();
	}

	@Test
	void anIllegalTransitionIsAConflictNamingTheState() {
		assertThatThrownBy(() -> in(COMPLETED).reject(NOW)).isInstanceOfSatisfying(IllegalTransition.class, e -> {
			assertThat(e.getStatusCode().value()).isEqualTo(409);
			assertThat(e.getBody().getDetail()).isEqualTo("This request is completed: it cannot be rejected");
			assertThat(e.state()).isEqualTo(COMPLETED);
		});
	}

	/** From {@code from}: the transition leads to {@code to} when {@code from} is legal, else it refuses unchanged. */
	private static void expect(RequestState from, Set<RequestState> legal, Consumer<PrivacyRequest> transition,
			RequestState to) {
		var request = in(from);
		if (legal.contains(from)) {
			transition.accept(request);
			assertThat(request.state()).as("from " + from).isEqualTo(to);
		}
		else {
			assertThatThrownBy(() -> transition.accept(request)).as("from " + from)
				.isInstanceOfSatisfying(IllegalTransition.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(409));
			assertThat(request.state()).isEqualTo(from);
		}
	}

	private static PrivacyRequest in(RequestState state) {
		return new PrivacyRequest(filing(), RequestType.ACCESS, state, CUSTOMER, DUE, null, null, null, null, 0, null,
				null);
	}

	private static Filing filing() {
		return new Filing(UUID.randomUUID(), "PR-TESTTEST", null, "web", "en", "index", new byte[0], null,
				NOW);
	}
}
