package io.custodian.request;

import java.util.Optional;
import java.util.UUID;

/**
 * Where requests come in and are verified. Nothing is revealed or changed before the requester proved to own the
 * email on file; the answers are the same whether or not the email is known.
 */
public interface RequestDesk {

	RequestSubmitted submit(NewRequest request);

	/** Checks a one-time code; on success the request is verified and, if so configured, fulfilled. */
	RequestSummary verify(UUID requestId, String code);

	/** Sends a new code (rate-limited); the same answer whether or not a code was sent. */
	void resendCode(UUID requestId);

	/**
	 * A request of a customer signed in to their account (channel {@code account}, the email on file): verified at once,
	 * without a code, and fulfilled when so configured.
	 */
	RequestSummary submitSignedIn(NewRequest request, UUID customerId);

	/** The requests a customer made, newest first, as their status page shows them. */
	java.util.List<RequestSummary> ofCustomer(UUID customerId);

	/** A request from a customer already signed in, or a connected SNS account, counts as verified. */
	RequestSummary verifiedBySession(UUID requestId, UUID customerId);

	/** The request a link from its emails names (a random token, not its id), if the token is one. */
	Optional<UUID> requestOfLink(String token);

	/** The public status of a request: state and due date only. */
	RequestSummary status(UUID requestId);
}
