package io.custodian.customer.web;

import java.util.List;
import java.util.Objects;

import io.custodian.customer.FieldSource;
import io.custodian.customer.NewCustomer;

/** The new-customer form as posted; blank inputs mean "no value". */
record CustomerForm(String email, String name, String phone, String company, String postalAddress, String country,
		String preferredLanguage, String source, List<String> purposes) {

	static CustomerForm empty() {
		return new CustomerForm("", "", "", "", "", "", "", FieldSource.STAFF.id(), List.of(ConsolePurpose.DEFAULT));
	}

	public boolean hasPurpose(String name) {
		return purposes != null && purposes.contains(name);
	}

	/** The purpose to show the new customer through: the default when chosen or none is, otherwise the first chosen. */
	String firstPurpose() {
		return purposes != null && !purposes.isEmpty() && !purposes.contains(ConsolePurpose.DEFAULT)
				? purposes.getFirst() : ConsolePurpose.DEFAULT;
	}

	NewCustomer toNewCustomer() {
		return new NewCustomer(blankToNull(email), blankToNull(name), blankToNull(phone), blankToNull(company),
				blankToNull(postalAddress), blankToNull(country), blankToNull(preferredLanguage), null,
				blankToNull(source), purposes == null ? List.of() : purposes.stream().filter(Objects::nonNull).toList(),
				null);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
