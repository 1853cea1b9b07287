package io.custodian.customer;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A customer seen through one purpose: only the values that purpose may use, plus every field's metadata. */
@JsonPropertyOrder({ "id", "purpose", "status" })
public record CustomerView(UUID id, String purpose, String status, @JsonAnyGetter Map<String, String> values,
		Map<String, String> attributes, Map<String, FieldInfo> fields, Set<String> consentedPurposes) {
}
