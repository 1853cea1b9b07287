package io.custodian.request.internal;

import static io.custodian.request.RequestState.COMPLETED;
import static io.custodian.request.RequestState.EXPIRED;
import static io.custodian.request.RequestState.IN_PROGRESS;
import static io.custodian.request.RequestState.LOCKED;
import static io.custodian.request.RequestState.RECEIVED;
import static io.custodian.request.RequestState.REJECTED;
import static io.custodian.request.RequestState.VERIFIED;
import static io.custodian.request.RequestState.VERIFYING;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import io.custodian.request.RequestState;
import io.custodian.request.RequestSummary;
import io.custodian.request.RequestType;

/**
 * A privacy request and the only ways its state may change; each transition refuses, with {@link IllegalTransition},
 * a request in a state it does not start from. The requester's email and details stay encrypted here and never change.
 */
final class PrivacyRequest {

	private static final Set<RequestState> OPEN = EnumSet.of(RECEIVED, VERIFYING, LOCKED, VERIFIED, IN_PROGRESS);

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
		return new PrivacyRequest(filing, type, RECEIVED, customerId, dueAt, null, null, null, null, 0, null, null);
	}

	/** A code is on its way: the request now waits for it (again, when a new code is sent). */
	void sendCode() {
		require("sent a code", RECEIVED, VERIFYING);
		state = VERIFYING;
	}

	/** The requester proved to own the customer's email on file. */
	void verify(UUID customer, Instant at) {
		require("verified", RECEIVED, VERIFYING);
		state = VERIFIED;
		customerId = customer;
		verifiedAt = at;
	}

	/** Counts a wrong code and locks the request at the last allowed attempt; true when it is now locked. */
	boolean wrongCode(int maxAttempts) {
		require("given a code", VERIFYING);
		failedAttempts++;
		if (failedAttempts >= maxAttempts) {
			lock();
		}
		return state == LOCKED;
	}

	/** Too many wrong codes: no code is checked or sent any more; the requester must make a new request. */
	void lock() {
		require("locked", VERIFYING);
		state = LOCKED;
	}

	/** Moves the deadline, once, by a number of months, for a reason the requester is told. */
	void extend(int months, String reason) {
		require("extended", OPEN);
		if (extensionReason != null) {
			throw new IllegalTransition(state, "extended twice");
		}
		dueAt = dueAt.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
		extensionReason = reason;
	}

	/** Checks that the request may be fulfilled, before anything is carried out. */
	void requireFulfillable() {
		require("fulfilled", VERIFIED, IN_PROGRESS);
	}

	/** Carried out: closed with its encrypted result. */
	void fulfil(byte[] result, Instant at) {
		requireFulfillable();
		state = COMPLETED;
		resultCiphertext = result;
		closedAt = at;
	}

	/** Fulfilment stopped: the request waits in progress for staff. */
	void handOver() {
		require("handed over to staff", VERIFIED, IN_PROGRESS);
		state = IN_PROGRESS;
	}

	void reject(Instant at) {
		require("rejected", OPEN);
		state = REJECTED;
		closedAt = at;
	}

	/** Never verified in time: closed. */
	void expire(Instant at) {
		require("expired", RECEIVED, VERIFYING, LOCKED);
		state = EXPIRED;
		closedAt = at;
	}

	void assign(String staff) {
		require("assigned", OPEN);
		assignedTo = staff;
	}

	void retype(RequestType newType) {
		require("given another type", OPEN);
		type = newType;
	}

	/** Staff were reminded that the request comes due. */
	void remind(Instant at) {
		require("reminded of", OPEN);
		remindedAt = at;
	}

	boolean awaitsCode() {
		return state == VERIFYING;
	}

	private void require(String action, RequestState... from) {
		require(action, Set.of(from));
	}

	private void require(String action, Set<RequestState> from) {
		if (!from.contains(state)) {
			throw new IllegalTransition(state, action);
		}
	}

	RequestSummary summary() {
		return new RequestSummary(id(), reference(), site(), type.id(), state.id(), channel(), receivedAt(), dueAt,
				extensionReason, assignedTo, verifiedAt, closedAt, failedAttempts, customerId);
	}

	Filing filing() {
		return filing;
	}

	UUID id() {
		return filing.id();
	}

	String reference() {
		return filing.reference();
	}

	UUID site() {
		return filing.site();
	}

	String channel() {
		return filing.channel();
	}

	String language() {
		return filing.language();
	}

	String emailIndex() {
		return filing.emailIndex();
	}

	byte[] emailCiphertext() {
		return filing.emailCiphertext();
	}

	byte[] detailsCiphertext() {
		return filing.detailsCiphertext();
	}

	Instant receivedAt() {
		return filing.receivedAt();
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

	/** What a request was filed with, which no transition changes: its identity, origin and the requester's words. */
	record Filing(UUID id, String reference, UUID site, String channel, String language, String emailIndex,
			byte[] emailCiphertext, byte[] detailsCiphertext, Instant receivedAt) {
	}
}
