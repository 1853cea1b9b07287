package io.custodian.collect.web.umami;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Umami's answers: an opaque cache token with fresh session and visit ids, or {@code beep boop} for a bot. */
final class UmamiAnswers {

	private static final SecureRandom RANDOM = new SecureRandom();

	private UmamiAnswers() {
	}

	static ResponseEntity<Map<String, Object>> accepted() {
		var token = new byte[24];
		RANDOM.nextBytes(token);
		var body = new LinkedHashMap<String, Object>();
		body.put("cache", Base64.getUrlEncoder().withoutPadding().encodeToString(token));
		body.put("sessionId", UUID.randomUUID().toString());
		body.put("visitId", UUID.randomUUID().toString());
		return json(body);
	}

	static ResponseEntity<Map<String, Object>> bot() {
		return json(Map.of("beep", "boop"));
	}

	private static ResponseEntity<Map<String, Object>> json(Map<String, Object> body) {
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.APPLICATION_JSON)
			.body(body);
	}
}
