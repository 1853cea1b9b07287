package io.custodian.request;

import java.util.Arrays;
import java.util.Optional;

/** What a person asks for about their data. */
public enum RequestType {

	/** A copy of everything held (export). */
	ACCESS("access"),
	/** Wrong values replaced. */
	CORRECTION("correction"),
	/** Missing values added. */
	ADDITION("addition"),
	/** Named fields or items removed. */
	DELETION("deletion"),
	/** Data kept but left out of all processing until lifted. */
	SUSPENSION("suspension"),
	/** A suspension ended. */
	LIFT_SUSPENSION("lift-suspension"),
	/** Everything about the person erased, except what a legal obligation requires to keep. */
	ELIMINATION("elimination");

	private final String id;

	RequestType(String id) {
		this.id = id;
	}

	public String id() {
		return id;
	}

	public static Optional<RequestType> fromId(String id) {
		return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
	}

	public static String ids() {
		return String.join(", ", Arrays.stream(values()).map(RequestType::id).toList());
	}
}
