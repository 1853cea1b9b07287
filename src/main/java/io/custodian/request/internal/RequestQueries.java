package io.custodian.request.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.audit.HashChain;
import io.custodian.request.RequestSummary;
import io.custodian.system.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** What staff read: the queue, a request with its timeline and result; and the requester's download. */
@Service
public class RequestQueries {

	private final Requests requests;

	private final RequestCrypto crypto;

	private final RequestDetails details;

	private final JsonMapper json;

	private final AuditTrail audit;

	RequestQueries(Requests requests, RequestCrypto crypto, RequestDetails details, JsonMapper json, AuditTrail audit) {
		this.audit = audit;
		this.requests = requests;
		this.crypto = crypto;
		this.details = details;
		this.json = json;
	}

	@Transactional(readOnly = true)
	public List<RequestSummary> queue(String state, String type, Instant dueBefore, int limit) {
		return requests.queue(state == null ? null : state.toUpperCase().replace('-', '_'), type, dueBefore,
				Math.max(1, Math.min(limit, 500))).stream().map(PrivacyRequest::summary).toList();
	}

	@Transactional
	public RequestView detail(UUID id) {
		var request = requests.find(id).orElseThrow(() -> Problems.notFound("Request " + id));
		audit.record(AuditEvent.of("request.read", "request:" + id).purpose("legal-obligation")
			.fields(List.of("email", "details", "timeline", "result")));
		var timeline = requests.events(id).stream()
			.map(e -> new TimelineEvent(e.at(), e.actor(), e.kind(),
					e.noteCiphertext() == null ? null : crypto.decrypt(id, "note", e.noteCiphertext())))
			.toList();
		return new RequestView(request.summary(), crypto.decrypt(id, "email", request.filing().emailCiphertext()),
				details.of(request), timeline, result(request).orElse(null));
	}

	/** The result a download token opens, while it is valid. */
	@Transactional(readOnly = true)
	public Optional<RequestResult> download(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return requests.downloadable(HashChain.sha256(token)).flatMap(requests::find).flatMap(this::result);
	}

	private Optional<RequestResult> result(PrivacyRequest request) {
		var text = crypto.decrypt(request.filing().id(), "result", request.resultCiphertext());
		return text == null ? Optional.empty() : Optional.of(json.readValue(text, RequestResult.class));
	}
}
