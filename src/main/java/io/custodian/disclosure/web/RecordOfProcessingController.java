package io.custodian.disclosure.web;

import java.util.ArrayList;
import java.util.List;

import io.custodian.disclosure.ProcessingRecord;
import io.custodian.disclosure.Recipient;
import io.custodian.disclosure.RecordOfProcessing;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The record of processing activities (GDPR Art. 30) as JSON or CSV. */
@RestController
@Tag(name = "Record of processing", description = "Purposes, recipients, transfers and stores (GDPR Art. 30)")
class RecordOfProcessingController {

	static final List<String> COLUMNS = List.of("section", "name", "description", "purposes", "fields", "country",
			"safeguard", "details");

	private final RecordOfProcessing record;

	RecordOfProcessingController(RecordOfProcessing record) {
		this.record = record;
	}

	@GetMapping("/api/v1/record-of-processing")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:read')")
	@Operation(summary = "The record of processing; ?format=csv for one row per purpose, recipient purpose and store")
	ResponseEntity<?> get(@RequestParam(defaultValue = "json") String format) {
		var current = record.current();
		if ("csv".equalsIgnoreCase(format)) {
			return DisclosureCsv.attachment("record-of-processing.csv").body(DisclosureCsv.table(COLUMNS, rows(current)));
		}
		if (!"json".equalsIgnoreCase(format)) {
			throw new io.custodian.system.InvalidInput("format", "must be json or csv");
		}
		return ResponseEntity.ok(current);
	}

	static List<List<String>> rows(ProcessingRecord current) {
		var rows = new ArrayList<List<String>>();
		current.purposes().forEach(p -> rows.add(List.of("purpose", p.name(), p.description(), p.name(),
				"categories: " + String.join(" ", p.categories().stream().sorted().toList()), "", "",
				"roles: " + String.join(" ", p.roles().stream().sorted().toList()))));
		current.recipients().forEach(r -> {
			var purposes = r.purposes().isEmpty() ? java.util.Map.of("", List.<String>of()) : r.purposes();
			purposes.forEach((purpose, fields) -> rows.add(List.of("recipient", r.name(),
					r.kind() + ", " + r.legalEntity(), purpose, String.join(" ", fields), r.country(),
					r.thirdCountry() ? r.safeguard() : "not needed (EU/EEA or adequacy)", contract(r))));
		});
		current.stores().forEach(s -> rows.add(List.of("store", s.store(), s.description(), String.join(" ", s.purposes()),
				String.join(" ", s.fields()), "", "", "retention: " + s.retention())));
		return rows;
	}

	private static String contract(Recipient r) {
		return "contract " + (r.contractReference() == null ? "none" : r.contractReference()) + " until "
				+ (r.contractExpires() == null ? "open-ended" : r.contractExpires()) + (r.active() ? "" : "; inactive");
	}
}
