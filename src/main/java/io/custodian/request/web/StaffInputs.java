package io.custodian.request.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What staff send to act on a request, from the API as JSON and from the console as a form, checked alike. */
final class StaffInputs {

	private StaffInputs() {
	}

	/** Why a request is refused; told to the requester. */
	record Rejection(@NotBlank(message = REJECTION) @Size(max = 2000, message = REJECTION) String reason) {

		static final String REJECTION = "tell the requester why, up to 2000 characters";
	}

	/** A one-time extension of the deadline and its reason, told to the requester. */
	record Extension(@NotNull(message = MONTHS) Integer months,
			@NotBlank(message = REASON) @Size(max = 1000, message = REASON) String reason) {

		static final String MONTHS = "choose how many months to extend by";

		static final String REASON = "is required and told to the requester, up to 1000 characters";
	}

	/** The staff member a request is handed to. */
	record Assignment(@NotBlank(message = STAFF) @Size(max = 100, message = STAFF) String staff) {

		static final String STAFF = "name the staff member's username";
	}

	/** A note on the timeline, or a reply mailed to the requester. */
	record Note(@NotBlank(message = TEXT) @Size(max = 5000, message = TEXT) String text) {

		static final String TEXT = "is required, up to 5000 characters";
	}

	/** The request type staff re-file a request under (checked against the known types by the workflow). */
	record TypeChange(String type) {
	}
}
