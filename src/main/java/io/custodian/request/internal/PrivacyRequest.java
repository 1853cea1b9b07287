package io.custodian.request.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import io.custodian.request.RequestState;
import io.custodian.request.RequestSummary;
import io.custodian.request.RequestType;

/**
 * A privacy request and the only ways its state may change; each refuses, with {@link IllegalTransition}, a request in
 * a state it does not start from ({@link Transition}). What it was filed with ({@link Filing}) never changes.
 */
final class PrivacyRequest {

	private final Filing filing;

	private RequestType type;

	private RequestState state;

	private UUID customerId;

	private Instant dueAt;

	private String extensionReason;

	private String assignedTo;

	private Instant verifiedAt;

	private Instant closedAt;

	private int failedAttempts;

	private byte[] resultCiphertext;

	private Instant remindedAt;

	PrivacyRequest(Filing filing, RequestType type, RequestState state, UUID customerId, Instant dueAt,
			String extensionReason, String assignedTo, Instant verifiedAt, Instant closedAt, int failedAttempts,
			byte[] resultCiphertext, Instant remindedAt) {
		this.filing = filing;
		this.type = type;
		this.state = state;
		this.customerId = customerId;
		this.dueAt = dueAt;
		this.extensionReason = extensionReason;
		this.assignedTo = assignedTo;
		this.verifiedAt = verifiedAt;
		this.closedAt = closedAt;
		this.failedAttempts = failedAttempts;
		this.resultCiphertext = resultCiphertext;
		this.remindedAt = remindedAt;
	}

	/** A request just made: received, not yet sent a code; due when the answer period from now ends. */
	static PrivacyRequest receive(Filing filing, RequestType type, UUID customerId, Instant dueAt) {
		return new PrivacyRequest(filing, type, RequestState.RECEIVED, customerId, dueAt, null, null, null, null, 0, null,
				null);
	}

	/** A code is on its way: the request now waits for it (again, when a new code is sent). */
	void sendCode() {
		state = Transition.SEND_CODE.from(state);
	}

	/** The requester proved to own the customer's email on file. */
	void verify(UUID customer, Instant at) {
		state = Transition.VERIFY.from(state);
		customerId = customer;
		verifiedAt = at;
	}

	/** Counts a wrong code and locks the request at the last allowed attempt; true when it is now locked. */
	boolean wrongCode(int maxAttempts) {
		Transition.GIVE_CODE.check(state);
		failedAttempts++;
		if (failedAttempts >= maxAttempts) {
			lock();
		}
		return state == RequestState.LOCKED;
	}

	/** Too many wrong codes: no code is checked or sent any more; the requester must make a new request. */
	void lock() {
		state = Transition.LOCK.from(state);
	}

	/** Moves the deadline, once, by a number of months, for a reason the requester is told. */
	void extend(int months, String reason) {
		Transition.EXTEND.check(state);
		if (extensionReason != null) {
			throw new IllegalTransition(state, "extended twice");
		}
		dueAt = dueAt.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
		extensionReason = reason;
	}

	/** Checks that the request may be fulfilled, before anything is carried out. */
	void requireFulfillable() {
		Transition.FULFIL.check(state);
	}

	/** Carried out: closed with its encrypted result. */
	void fulfil(byte[] result, Instant at) {
		state = Transition.FULFIL.from(state);
		resultCiphertext = result;
		closedAt = at;
	}

	/** Fulfilment stopped: the request waits in progress for staff. */
	void handOver() {
		state = Transition.HAND_OVER.from(state);
	}

	void reject(Instant at) {
		state = Transition.REJECT.from(state);
		closedAt = at;
	}

	/** Never verified in time: closed. */
	void expire(Instant at) {
		state = Transition.EXPIRE.from(state);
		closedAt = at;
	}

	void assign(String staff) {
		Transition.ASSIGN.check(state);
		assignedTo = staff;
	}

	void retype(RequestType newType) {
		Transition.RETYPE.check(state);
		type = newType;
	}

	/** Staff were reminded that the request comes due. */
	void remind(Instant at) {
		Transition.REMIND.check(state);
		remindedAt = at;
	}

	boolean awaitsCode() {
		return state == RequestState.VERIFYING;
	}

	RequestSummary summary() {
		return new RequestSummary(filing.id(), filing.reference(), filing.site(), type.id(), state.id(), filing.channel(),
				filing.receivedAt(), dueAt, extensionReason, assignedTo, verifiedAt, closedAt, failedAttempts, customerId);
	}

	Filing filing() {
		return filing;
	}

	RequestType type() {
		return type;
	}

	RequestState state() {
		return state;
	}

	UUID customerId() {
		return customerId;
	}

	Instant dueAt() {
		return dueAt;
	}

	String extensionReason() {
		return extensionReason;
	}

	String assignedTo() {
		return assignedTo;
	}

	Instant verifiedAt() {
		return verifiedAt;
	}

	Instant closedAt() {
		return closedAt;
	}

	int failedAttempts() {
		return failedAttempts;
	}

	byte[] resultCiphertext() {
		return resultCiphertext;
	}

	Instant remindedAt() {
		return remindedAt;
	}
}
