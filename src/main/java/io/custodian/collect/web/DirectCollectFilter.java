package io.custodian.collect.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.custodian.security.CollectRateLimit;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers {@code POST /api/v1/collect} first in the servlet filter chain, without Spring MVC, security or request
 * observation in between (the endpoint is public and takes no identity): rate limit, CORS header, the pipeline, and
 * RFC 9457 problems exactly as the rest of the API writes them. Other methods (CORS preflight) go on to Spring MVC.
 * Times every answer as {@code custodian.collect.requests} tagged by status.
 */
class DirectCollectFilter extends HttpFilter {

	private static final Logger log = LoggerFactory.getLogger(DirectCollectFilter.class);

	private final CollectRequests requests;

	private final CollectRateLimit rateLimit;

	private final JsonMapper json;

	private final MeterRegistry meters;

	private final ConcurrentHashMap<Integer, Timer> timers = new ConcurrentHashMap<>();

	DirectCollectFilter(CollectRequests requests, CollectRateLimit rateLimit, JsonMapper json, MeterRegistry meters) {
		this.requests = requests;
		this.rateLimit = rateLimit;
		this.json = json;
		this.meters = meters;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (!"POST".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		long started = System.nanoTime();
		allowOrigin(request, response);
		if (rateLimit.admit(request, response)) {
			answer(request, response);
		}
		timers.computeIfAbsent(response.getStatus(), status -> Timer.builder("custodian.collect.requests")
			.description("Answers of POST /api/v1/collect").tag("status", Integer.toString(status)).register(meters))
			.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		try {
			var outcome = requests.collect(request);
			response.setStatus(HttpStatus.ACCEPTED.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getOutputStream().print("{\"stored\":" + outcome.stored() + ",\"excluded\":" + outcome.excluded() + "}");
		}
		catch (ErrorResponseException e) {
			e.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			problem(request, response, e.getBody());
		}
		catch (RuntimeException e) {
			log.error("Unexpected failure while collecting: {} at {}", e.getClass().getName(),
					e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
			var problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
					"The request could not be completed; nothing was changed");
			problem.setTitle("Internal error");
			problem(request, response, problem);
		}
	}

	private void problem(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		var body = new LinkedHashMap<String, Object>();
		if (problem.getType() != null) {
			body.put("type", problem.getType().toString());
		}
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance", problem.getInstance() == null ? request.getRequestURI() : problem.getInstance().toString());
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(json.writeValueAsBytes(body));
	}

	private static void allowOrigin(HttpServletRequest request, HttpServletResponse response) {
		var origin = request.getHeader("Origin");
		if (origin != null) {
			response.setHeader("Access-Control-Allow-Origin", origin);
			response.setHeader("Access-Control-Expose-Headers", "Retry-After");
			response.addHeader("Vary", "Origin");
		}
	}
}
