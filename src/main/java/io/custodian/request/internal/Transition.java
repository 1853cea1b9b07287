package io.custodian.request.internal;

import static io.custodian.request.RequestState.COMPLETED;
import static io.custodian.request.RequestState.EXPIRED;
import static io.custodian.request.RequestState.IN_PROGRESS;
import static io.custodian.request.RequestState.LOCKED;
import static io.custodian.request.RequestState.RECEIVED;
import static io.custodian.request.RequestState.REJECTED;
import static io.custodian.request.RequestState.VERIFIED;
import static io.custodian.request.RequestState.VERIFYING;

import java.util.EnumSet;
import java.util.Set;

import io.custodian.request.RequestState;

/**
 * The transition table of a privacy request: each change names the state it leads to (null: the state stays) and the
 * states it may start from (none listed: any state that is not final), and refuses to start from the others.
 */
enum Transition {

	SEND_CODE("sent a code", VERIFYING, RECEIVED, VERIFYING),
	VERIFY("verified", VERIFIED, RECEIVED, VERIFYING),
	GIVE_CODE("given a code", null, VERIFYING),
	LOCK("locked", LOCKED, VERIFYING),
	FULFIL("fulfilled", COMPLETED, VERIFIED, IN_PROGRESS),
	HAND_OVER("handed over to staff", IN_PROGRESS, VERIFIED, IN_PROGRESS),
	REJECT("rejected", REJECTED),
	EXPIRE("expired", EXPIRED, RECEIVED, VERIFYING, LOCKED),
	EXTEND("extended", null),
	ASSIGN("assigned", null),
	RETYPE("given another type", null),
	REMIND("reminded of", null);

	private final String action;

	private final RequestState to;

	private final Set<RequestState> from;

	Transition(String action, RequestState to, RequestState... from) {
		this.action = action;
		this.to = to;
		this.from = from.length == 0 ? EnumSet.complementOf(EnumSet.of(COMPLETED, REJECTED, EXPIRED)) : Set.of(from);
	}

	/** The state this transition leads to from {@code state}; {@link IllegalTransition} if it may not start there. */
	RequestState from(RequestState state) {
		if (!from.contains(state)) {
			throw new IllegalTransition(state, action);
		}
		return to == null ? state : to;
	}

	/** Refuses, with {@link IllegalTransition}, to start from {@code state} if this transition may not. */
	void check(RequestState state) {
		from(state);
	}
}
