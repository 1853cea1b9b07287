package io.custodian.request.internal;

import java.util.List;

import io.custodian.request.RequestSummary;

/**
 * A request as staff read it: its summary, the requester's email and details, its timeline oldest first, and the
 * result once fulfilled (null before).
 */
public record RequestView(RequestSummary request, String email, RequesterDetails details,
		List<TimelineEvent> timeline, RequestResult result) {
}
