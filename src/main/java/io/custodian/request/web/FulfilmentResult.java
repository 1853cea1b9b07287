package io.custodian.request.web;

import static io.custodian.request.web.UntypedValues.list;
import static io.custodian.request.web.UntypedValues.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What fulfilling a request produced, in the shape the console's request page shows. */
record FulfilmentResult(List<StoreExport> export, List<Erasure> erasures, List<String> changed, List<String> deleted,
		List<String> restricted, List<String> lifted) {

	static FulfilmentResult of(Map<String, Object> result) {
		var export = new ArrayList<StoreExport>();
		map(result.get("export")).forEach((store, value) -> export.add(StoreExport.of(store, map(value))));
		var erasures = list(result.get("erasureReport")).stream().map(item -> Erasure.of(map(item))).toList();
		return new FulfilmentResult(export, erasures, strings(result.get("changed")), strings(result.get("deleted")),
				strings(result.get("restricted")), strings(result.get("lifted")));
	}

	private static List<String> strings(Object value) {
		return list(value).stream().map(String::valueOf).toList();
	}

	public int rowsRemoved() {
		return erasures.stream().mapToInt(Erasure::rowsRemoved).sum();
	}

	/** One store of an access export: what it is and what it held. */
	record StoreExport(String store, String description, List<String> contents) {

		static StoreExport of(String store, Map<String, Object> entry) {
			var description = map(entry.get("description"));
			var contents = new ArrayList<String>();
			map(entry.get("data")).forEach((key, data) -> {
				if (data instanceof Collection<?> c) {
					contents.add(key + " (" + c.size() + ")");
				}
				else if (data instanceof Map<?, ?> m) {
					contents.add(key + " (" + m.size() + ")");
				}
				else if (data != null) {
					contents.add(key);
				}
			});
			return new StoreExport(store, description.get("description") == null ? ""
					: String.valueOf(description.get("description")), contents);
		}
	}

	/** One line of an erasure report. */
	record Erasure(String store, int rowsRemoved, String kept, String reason) {

		static Erasure of(Map<String, Object> entry) {
			return new Erasure(String.valueOf(entry.get("store")),
					entry.get("rowsRemoved") instanceof Number n ? n.intValue() : 0,
					entry.get("kept") == null ? null : String.valueOf(entry.get("kept")),
					entry.get("reason") == null ? null : String.valueOf(entry.get("reason")));
		}
	}
}
