package io.custodian.request.internal;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.custodian.personaldata.ErasureOutcome;
import io.custodian.personaldata.StoreDescription;

/**
 * What fulfilling a request produced, one record per kind; stored as JSON whose one property names the kind (no type
 * field), so the stored results and the API keep their shape.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
@JsonSubTypes({ @JsonSubTypes.Type(RequestResult.Export.class), @JsonSubTypes.Type(RequestResult.Erasure.class),
		@JsonSubTypes.Type(RequestResult.Restriction.class), @JsonSubTypes.Type(RequestResult.Lift.class),
		@JsonSubTypes.Type(RequestResult.Correction.class), @JsonSubTypes.Type(RequestResult.Deletion.class) })
public sealed interface RequestResult {

	/** An access request's copy of the data, by store. */
	record Export(Map<String, StoreExport> export) implements RequestResult {
	}

	/** What one store held about the subject, and what the store is. */
	record StoreExport(StoreDescription description, Map<String, Object> data) {
	}

	/** What each store removed, kept and why. */
	record Erasure(List<ErasureOutcome> erasureReport) implements RequestResult {
	}

	/** The stores that now leave the subject out of processing. */
	record Restriction(List<String> restricted) implements RequestResult {
	}

	/** The stores whose restriction ended. */
	record Lift(List<String> lifted) implements RequestResult {
	}

	/** The fields corrected or added, and the fields the customer now has. */
	record Correction(List<String> changed, List<String> fields) implements RequestResult {
	}

	/** The fields deleted. */
	record Deletion(List<String> deleted) implements RequestResult {
	}
}
