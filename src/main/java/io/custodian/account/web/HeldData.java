package io.custodian.account.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.customer.CustomerField;
import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.PersonalDataStore;
import org.springframework.stereotype.Component;

/**
 * What every personal-data store holds about one customer, read through the same exports an access request uses:
 * the profile fields as rows with source, purposes and dates, every other store as labelled lines.
 */
@Component
class HeldData {

	static final String CUSTOMER_STORE = "customer";

	private static final int MAX_ITEMS = 25;

	private final List<PersonalDataStore> stores;

	HeldData(List<PersonalDataStore> stores) {
		this.stores = stores;
	}

	/** Every store's export, keyed by store name. */
	Map<String, Map<String, Object>> export(UUID customer) {
		var all = new java.util.LinkedHashMap<String, Map<String, Object>>();
		stores.forEach(store -> all.put(store.describe().store(), store.export(DataSubject.customer(customer))));
		return all;
	}

	/** The page's view of the exports. */
	Held of(Map<String, Map<String, Object>> exports) {
		var fields = new ArrayList<Field>();
		var profile = exports.getOrDefault(CUSTOMER_STORE, Map.of());
		var stored = profile.get("fields") instanceof Map<?, ?> map ? map : Map.of();
		for (var field : CustomerField.values()) {
			fields.add(field(field.key(), stored.get(field.key()), true));
		}
		stored.forEach((key, value) -> {
			if (CustomerField.fromKey(String.valueOf(key)).isEmpty()) {
				fields.add(field(String.valueOf(key), value, false));
			}
		});
		var others = new ArrayList<Store>();
		exports.forEach((store, export) -> {
			if (!CUSTOMER_STORE.equals(store) && !export.isEmpty()) {
				var lines = new ArrayList<Line>();
				export.forEach((key, value) -> flatten(key, value, lines));
				others.add(new Store(store, lines));
			}
		});
		var consented = profile.get("consentedPurposes") instanceof Collection<?> c ? c.stream().map(String::valueOf).toList()
				: List.<String>of();
		return new Held(fields, consented, others);
	}

	private static Field field(String key, Object entry, boolean standard) {
		if (!(entry instanceof Map<?, ?> map)) {
			return new Field(key, standard, "", null, List.of(), null, null);
		}
		var purposes = map.get("purposes") instanceof Collection<?> c ? c.stream().map(String::valueOf).sorted().toList()
				: List.<String>of();
		return new Field(key, standard, String.valueOf(map.get("value")), (String) map.get("source"), purposes,
				(Instant) map.get("updatedAt"), (Instant) map.get("verifiedAt"));
	}

	private static void flatten(String path, Object value, List<Line> lines) {
		if (value instanceof Map<?, ?> map) {
			if (map.isEmpty()) {
				lines.add(new Line(path, "—"));
			}
			map.forEach((k, v) -> flatten(path + "." + k, v, lines));
		}
		else if (value instanceof Collection<?> list && list.stream().anyMatch(v -> v instanceof Map || v instanceof Collection)) {
			var i = 0;
			for (var item : list) {
				if (i == MAX_ITEMS) {
					lines.add(new Line(path, "… " + (list.size() - MAX_ITEMS) + " more in the download"));
					break;
				}
				flatten(path + "[" + (++i) + "]", item, lines);
			}
			if (list.isEmpty()) {
				lines.add(new Line(path, "—"));
			}
		}
		else if (value instanceof Collection<?> list) {
			lines.add(new Line(path, list.isEmpty() ? "—" : String.join(", ", list.stream().map(String::valueOf).toList())));
		}
		else {
			lines.add(new Line(path, value == null ? "—" : String.valueOf(value)));
		}
	}

	/** What the account page shows. */
	record Held(List<Field> fields, List<String> consentedPurposes, List<Store> stores) {
	}

	/** One profile field: its value (empty when none is held), where it came from, its purposes and dates. */
	record Field(String key, boolean standard, String value, String source, List<String> purposes, Instant updatedAt,
			Instant verifiedAt) {

		boolean held() {
			return source != null;
		}
	}

	/** Another store's data, as lines of a path and a value. */
	record Store(String name, List<Line> lines) {
	}

	/** One value a store holds, named by its place in the export. */
	record Line(String path, String value) {
	}
}
