package io.custodian.shipment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.custodian.shipment.NewShipment;
import io.custodian.shipment.ShipmentItem;
import io.custodian.shipment.StatusChange;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;

/** Bounds every input of a shipment; a refusal is a 400 naming each field, before anything is stored. */
final class ShipmentValidation {

	static final int MAX_ITEMS = 50;

	static final int MAX_QUANTITY = 1000;

	static final int MAX_NOTE = 2000;

	static final Set<String> KINDS = Set.of("gift", "product");

	static final Set<String> STATUS_TARGETS = Set.of("shipped", "delivered", "returned", "cancelled");

	private ShipmentValidation() {
	}

	/** The shipment with its kind lower-cased, its texts stripped and an empty note as none. */
	static NewShipment checked(NewShipment input) {
		var errors = new ArrayList<FieldError>();
		if (input.customer() == null) {
			errors.add(new FieldError("customer", "give the customer's id"));
		}
		var kind = input.kind() == null ? "" : input.kind().strip().toLowerCase(Locale.ROOT);
		if (!KINDS.contains(kind)) {
			errors.add(new FieldError("kind", "must be gift or product"));
		}
		if (input.processor() == null) {
			errors.add(new FieldError("processor", "choose the shipping processor"));
		}
		var items = items(input.items(), errors);
		var note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
		if (note != null && note.length() > MAX_NOTE) {
			errors.add(new FieldError("note", "is longer than " + MAX_NOTE + " characters"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new NewShipment(input.customer(), kind, input.processor(), items, note);
	}

	private static List<ShipmentItem> items(List<ShipmentItem> items, List<FieldError> errors) {
		if (items.isEmpty() || items.size() > MAX_ITEMS) {
			errors.add(new FieldError("items", "list between 1 and " + MAX_ITEMS + " items"));
			return List.of();
		}
		var checked = new ArrayList<ShipmentItem>();
		for (int i = 0; i < items.size(); i++) {
			var item = items.get(i);
			var field = "items[" + i + "]";
			if (item == null) {
				errors.add(new FieldError(field, "is empty"));
				continue;
			}
			var sku = item.sku() == null ? "" : item.sku().strip();
			if (!sku.matches("[A-Za-z0-9._-]{1,64}")) {
				errors.add(new FieldError(field + ".sku", "use 1 to 64 letters, digits, dots, dashes or underscores"));
			}
			var name = item.name() == null ? "" : item.name().strip();
			if (!oneLine(name, 200)) {
				errors.add(new FieldError(field + ".name", "write a name of one line, 1 to 200 characters"));
			}
			if (item.quantity() == null || item.quantity() < 1 || item.quantity() > MAX_QUANTITY) {
				errors.add(new FieldError(field + ".quantity", "must be between 1 and " + MAX_QUANTITY));
			}
			checked.add(new ShipmentItem(sku, name, item.quantity()));
		}
		return checked;
	}

	/** The target status, lower-cased; shipped needs a carrier and a tracking number. */
	static StatusChange checked(StatusChange change) {
		var status = change.status() == null ? "" : change.status().strip().toLowerCase(Locale.ROOT);
		if (status.equals("handed-over")) {
			throw new InvalidInput("status", "a shipment is handed over by POST /api/v1/shipments/{id}/hand-over, "
					+ "which discloses the address to the processor");
		}
		if (!STATUS_TARGETS.contains(status)) {
			throw new InvalidInput("status", "must be shipped, delivered, returned or cancelled");
		}
		if (!status.equals("shipped")) {
			return new StatusChange(status, null, null);
		}
		var errors = new ArrayList<FieldError>();
		var carrier = change.carrier() == null ? "" : change.carrier().strip();
		if (!oneLine(carrier, 100)) {
			errors.add(new FieldError("carrier", "name the carrier in one line of 1 to 100 characters"));
		}
		var tracking = change.trackingNumber() == null ? "" : change.trackingNumber().strip();
		if (!tracking.matches("[A-Za-z0-9 ._/-]{1,100}")) {
			errors.add(new FieldError("trackingNumber", "give 1 to 100 letters, digits, spaces, dots, dashes or slashes"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new StatusChange(status, carrier, tracking);
	}

	private static boolean oneLine(String text, int max) {
		return !text.isEmpty() && text.length() <= max && !text.matches("(?s).*[\\r\\n].*");
	}
}
