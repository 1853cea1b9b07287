package io.custodian.collect.web.matomo;

import java.util.LinkedHashMap;
import java.util.List;

import io.custodian.collect.internal.FieldNotes;
import io.custodian.collect.internal.IncomingHit;
import io.custodian.system.InvalidInput.FieldError;

/** Tells what a Matomo request tracks and reads its event, outbound link, download or site search action. */
final class MatomoActions {

	private MatomoActions() {
	}

	/**
	 * The hit type the request records, or null for content and {@code ca=1}-only requests, which Custodian does not
	 * model. A goal conversion ({@code idgoal}) is an action of kind {@code goal}.
	 */
	static String hitType(MatomoParameters p) {
		if (p.isFlag("ping")) {
			return IncomingHit.ENGAGEMENT;
		}
		if (p.has("e_c") || p.has("e_a") || p.has("link") || p.has("download") || p.has("search")) {
			return IncomingHit.ACTION;
		}
		if (p.has("idgoal")) {
			return IncomingHit.ACTION;
		}
		if (p.has("c_n") || p.isFlag("ca")) {
			return null;
		}
		return IncomingHit.PAGEVIEW;
	}

	/**
	 * The action of a request whose {@link #hitType} is an action; null when its event is incomplete. A value
	 * ({@code e_v}) or result count ({@code search_count}) that is not a number is dropped, as Matomo reads it as absent.
	 */
	static IncomingHit.Action read(MatomoParameters p, String prefix, List<FieldError> errors, FieldNotes notes) {
		if (p.has("e_c") || p.has("e_a")) {
			return event(p, prefix, errors, notes);
		}
		if (p.has("link")) {
			return new IncomingHit.Action("Outbound Link", "outbound", p.get("link"), null);
		}
		if (p.has("download")) {
			return new IncomingHit.Action("File Download", "download", p.get("download"), null);
		}
		if (p.has("idgoal")) {
			return goal(p, prefix, errors, notes);
		}
		return search(p, notes);
	}

	private static IncomingHit.Action event(MatomoParameters p, String prefix, List<FieldError> errors,
			FieldNotes notes) {
		var category = p.get("e_c");
		var eventAction = p.get("e_a");
		if (category == null || eventAction == null) {
			errors.add(new FieldError(prefix + (category == null ? "e_c" : "e_a"),
					"is required: an event needs both e_c (category) and e_a (action)"));
			return null;
		}
		var props = new LinkedHashMap<String, Object>();
		props.put("category", category.strip());
		props.put("action", eventAction.strip());
		if (p.has("e_n")) {
			props.put("name", p.get("e_n"));
		}
		if (p.has("e_v")) {
			var value = finiteNumber(p.get("e_v"));
			if (value == null) {
				notes.dropped("e_v");
			}
			else {
				props.put("value", value);
			}
		}
		return new IncomingHit.Action(category.strip() + "/" + eventAction.strip(), "event", null, props);
	}

	/**
	 * A goal conversion as Matomo's {@code trackGoal} sends it: {@code idgoal} with an optional {@code revenue};
	 * {@code idgoal=0} is an ecommerce order when it carries {@code ec_id}, else a cart update.
	 */
	private static IncomingHit.Action goal(MatomoParameters p, String prefix, List<FieldError> errors,
			FieldNotes notes) {
		var id = count(p.get("idgoal"));
		if (id == null) {
			errors.add(new FieldError(prefix + "idgoal", "must be a goal number (0 for ecommerce)"));
			return null;
		}
		var props = new LinkedHashMap<String, Object>();
		props.put("goal", id);
		if (p.has("revenue")) {
			var revenue = finiteNumber(p.get("revenue"));
			if (revenue == null) {
				notes.dropped("revenue");
			}
			else {
				props.put("revenue", revenue);
			}
		}
		if (p.has("ec_id")) {
			props.put("order", p.get("ec_id"));
		}
		var name = id > 0 ? "Goal " + id : p.has("ec_id") ? "Ecommerce order" : "Ecommerce cart";
		return new IncomingHit.Action(name, "goal", null, props);
	}

	private static IncomingHit.Action search(MatomoParameters p, FieldNotes notes) {
		var keyword = p.get("search").strip();
		var props = new LinkedHashMap<String, Object>();
		props.put("keyword", keyword);
		if (p.has("search_cat")) {
			props.put("category", p.get("search_cat"));
		}
		if (p.has("search_count")) {
			var count = count(p.get("search_count"));
			if (count == null) {
				notes.dropped("search_count");
			}
			else {
				props.put("count", count);
			}
		}
		return new IncomingHit.Action(keyword, "search", null, props);
	}

	private static Double finiteNumber(String text) {
		try {
			var value = Double.parseDouble(text.strip());
			return Double.isFinite(value) ? value : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static Integer count(String text) {
		try {
			var count = Integer.parseInt(text.strip());
			return count < 0 ? null : count;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
