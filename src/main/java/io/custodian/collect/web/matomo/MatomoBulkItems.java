package io.custodian.collect.web.matomo;

import java.util.ArrayList;
import java.util.List;

import io.custodian.collect.internal.FieldNotes;
import io.custodian.collect.internal.IncomingHit;
import io.custodian.collect.web.CompatFields;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;
import tools.jackson.databind.JsonNode;

/** The items of one bulk request read into hits, with the positions of the refused items and the reasons. */
final class MatomoBulkItems {

	private final List<Integer> invalid = new ArrayList<>();

	private final List<FieldError> errors = new ArrayList<>();

	private final List<MatomoHit> hits = new ArrayList<>();

	private final List<Integer> hitIndices = new ArrayList<>();

	private int acknowledged;

	private MatomoBulkItems() {
	}

	/** Reads every item; those that are malformed are refused, those that record nothing acknowledged. */
	static MatomoBulkItems read(MatomoBulkRequest bulk, MatomoHitReader reader, FieldNotes notes) {
		var items = new MatomoBulkItems();
		for (int i = 0; i < bulk.requests().size(); i++) {
			items.read(i, bulk.requests().get(i), bulk.token(), reader, notes);
		}
		return items;
	}

	List<IncomingHit> hits() {
		return hits.stream().map(MatomoHit::hit).toList();
	}

	/** Refuses the items whose hits the pipeline refused, naming its reasons by the items' positions. */
	void refuse(CompatFields.Partial partial) {
		for (var refused : partial.refused()) {
			invalid.add(hitIndices.get(refused));
		}
		for (var error : partial.errors()) {
			errors.add(new FieldError(itemField(error.field()), error.reason()));
		}
		invalid.sort(null);
	}

	/** The hits the pipeline stored. */
	List<MatomoHit> stored(CompatFields.Partial partial) {
		var stored = new ArrayList<MatomoHit>();
		for (int i = 0; i < hits.size(); i++) {
			if (!partial.refused().contains(i)) {
				stored.add(hits.get(i));
			}
		}
		return stored;
	}

	/** How many items count as tracked: those acknowledged and those stored. */
	int tracked(CompatFields.Partial partial) {
		return acknowledged + hits.size() - partial.refused().size();
	}

	List<Integer> invalid() {
		return invalid;
	}

	List<FieldError> errors() {
		return errors;
	}

	private void read(int index, JsonNode item, String token, MatomoHitReader reader, FieldNotes notes) {
		var prefix = "requests[" + index + "]";
		var itemErrors = new ArrayList<FieldError>();
		try {
			var hit = reader.read(MatomoInputs.bulkItem(item, prefix), token, prefix + ".", itemErrors, notes);
			if (itemErrors.isEmpty()) {
				accept(index, hit);
			}
		}
		catch (InvalidInput e) {
			itemErrors.addAll(e.errors());
		}
		if (!itemErrors.isEmpty()) {
			invalid.add(index);
			errors.addAll(itemErrors);
		}
	}

	private void accept(int index, MatomoHit hit) {
		if (hit.hit() == null) {
			acknowledged++;
		}
		else {
			hits.add(hit);
			hitIndices.add(index);
		}
	}

	/** The pipeline names fields by hit ({@code hits[i]…}); the client knows its items ({@code requests[j]…}). */
	private String itemField(String field) {
		if (field != null && field.startsWith("hits[")) {
			int end = field.indexOf(']');
			try {
				int index = Integer.parseInt(field.substring(5, end));
				return "requests[" + hitIndices.get(index) + "]" + field.substring(end + 1);
			}
			catch (RuntimeException e) {
				return field;
			}
		}
		return hits.size() == 1 ? "requests[" + hitIndices.get(0) + "]." + field : field;
	}
}
