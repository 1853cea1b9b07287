package io.custodian.consent.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.custodian.collect.VisitorAddresses;
import io.custodian.consent.BannerConfig;
import io.custodian.consent.ConsentDecision;
import io.custodian.consent.internal.ConsentAdministration;
import io.custodian.consent.internal.ConsentDesk;
import io.custodian.system.InvalidInput;
import io.custodian.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** What the banner and the site's own back end ask: configuration, decisions, receipts, current grants, GPC. */
@RestController
@Tag(name = "Consent", description = "Cookie banner, consent records as proof, Global Privacy Control")
class ConsentPublicController {

	private static final int MAX_BODY = 16 * 1024;

	private final ConsentDesk desk;

	private final ConsentAdministration administration;

	private final VisitorAddresses addresses;

	private final JsonMapper json;

	ConsentPublicController(ConsentDesk desk, ConsentAdministration administration, VisitorAddresses addresses,
			JsonMapper json) {
		this.desk = desk;
		this.administration = administration;
		this.addresses = addresses;
		this.json = json;
	}

	@GetMapping("/api/v1/consent/sites/{site}/config")
	@Operation(summary = "The banner configuration of a site: categories, texts, versions, cookies, signals")
	ResponseEntity<BannerConfig> config(@PathVariable UUID site) {
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(desk.config(site));
	}

	@PostMapping("/api/v1/consent/records")
	@Operation(summary = "Record a visitor's decision (JSON, also as text/plain); answers the consent id")
	ResponseEntity<Map<String, Object>> record(HttpServletRequest request) throws IOException {
		var decision = read(request);
		var receipt = desk.record(decision, request.getHeader("User-Agent"), addresses.storable(request).orElse(null));
		return ResponseEntity.created(URI.create("/api/v1/consent/" + receipt.consentId() + "/receipts"))
			.body(Map.of("consentId", receipt.consentId(), "recordedAt", receipt.recordedAt(), "granted",
					receipt.granted(), "denied", receipt.denied(), "receipt", receipt.hash()));
	}

	@GetMapping("/api/v1/consent/{consentId}/receipts")
	@Operation(summary = "Every record of a consent id as proof, each with its hash and whether it still verifies")
	List<ConsentDesk.Receipt> receipts(@PathVariable String consentId) {
		return desk.receipts(consentId);
	}

	@GetMapping("/api/v1/consent/{consentId}")
	@Operation(summary = "For the site's back end (Authorization: Bearer <site token>): what the visitor grants now")
	Map<String, Object> current(@PathVariable String consentId,
			@RequestHeader(value = "Authorization", required = false) String authorization) {
		var token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).trim() : null;
		var site = administration.siteOfToken(token)
			.orElseThrow(() -> Problems.of(HttpStatus.UNAUTHORIZED, "Unauthorized", "Send the site token as a Bearer token"));
		var current = desk.current(consentId).filter(r -> r.site().equals(site))
			.orElseThrow(() -> Problems.notFound("Consent " + (consentId.length() > 64 ? "" : consentId)));
		return Map.of("consentId", current.consentId(), "granted", current.granted(), "denied", current.denied(),
				"recordedAt", current.recordedAt(), "cause", current.cause(), "bannerVersion", current.bannerVersion(),
				"statementVersion", current.statementVersion());
	}

	@GetMapping("/.well-known/gpc.json")
	@Operation(summary = "Global Privacy Control support statement")
	ResponseEntity<Map<String, Object>> gpc() {
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)))
			.body(Map.of("gpc", true, "lastUpdate", LocalDate.of(2026, 11, 25).toString()));
	}

	private ConsentDecision read(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > MAX_BODY) {
			throw Problems.of(HttpStatus.CONTENT_TOO_LARGE, "Body too large", "The body exceeds " + MAX_BODY + " bytes");
		}
		var body = request.getInputStream().readNBytes(MAX_BODY + 1);
		if (body.length > MAX_BODY) {
			throw Problems.of(HttpStatus.CONTENT_TOO_LARGE, "Body too large", "The body exceeds " + MAX_BODY + " bytes");
		}
		ConsentDecision decision;
		try {
			decision = json.readValue(body, ConsentDecision.class);
		}
		catch (JacksonException e) {
			var field = field(e);
			throw new InvalidInput(field, field.equals("body") ? "is not a JSON object of a consent decision"
					: "has the wrong type or value for a consent decision");
		}
		if (decision == null) {
			throw new InvalidInput("body", "must be a JSON object with site, granted and denied");
		}
		return decision;
	}

	private static String field(JacksonException e) {
		return e.getPath().stream().map(JacksonException.Reference::getPropertyName).filter(Objects::nonNull)
			.filter(name -> name.length() <= 40 && name.matches("[A-Za-z]+")).findFirst().orElse("body");
	}

}
