package io.custodian.personaldata;

import java.util.List;

/** What a store holds: its tables, the fields, the purposes they serve and how long they are kept. */
public record StoreDescription(String store, String description, List<String> tables, List<String> fields,
		List<String> purposes, String retention) {
}
