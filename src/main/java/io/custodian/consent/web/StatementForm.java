package io.custodian.consent.web;

import java.util.List;

/** The publish form as posted. */
record StatementForm(String body, List<String> categories) {

	public boolean touches(String category) {
		return categories != null && categories.contains(category);
	}
}
