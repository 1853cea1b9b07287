package io.custodian.purpose.web;

import java.util.List;

import io.custodian.purpose.Purpose;
import io.custodian.purpose.Purposes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The purpose registry over HTTP. */
@RestController
@Tag(name = "Purposes", description = "What personal data may be used for")
class PurposeController {

	private final Purposes purposes;

	PurposeController(Purposes purposes) {
		this.purposes = purposes;
	}

	@GetMapping("/api/v1/purposes")
	@Operation(summary = "Every registered purpose with its field categories, roles and compatible purposes")
	List<Purpose> purposes() {
		return purposes.all();
	}
}
