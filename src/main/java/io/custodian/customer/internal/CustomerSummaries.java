package io.custodian.customer.internal;

import java.util.TreeMap;

import io.custodian.customer.CustomerSummary;
import io.custodian.customer.FieldInfo;
import org.springframework.stereotype.Component;

/** Summarizes a customer without reading any value: status, times, field metadata and consents. */
@Component
class CustomerSummaries {

	private final Customers customers;

	CustomerSummaries(Customers customers) {
		this.customers = customers;
	}

	CustomerSummary of(CustomerRecord customer) {
		var fields = new TreeMap<String, FieldInfo>();
		customers.fields(customer.id()).forEach(f -> fields.put(f.key(), f.info()));
		return new CustomerSummary(customer.id(), customer.status(), customer.createdAt(), customer.updatedAt(), fields,
				customers.consents(customer.id()));
	}
}
