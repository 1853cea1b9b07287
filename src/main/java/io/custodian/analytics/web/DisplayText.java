package io.custodian.analytics.web;

import java.util.Locale;

import io.custodian.analytics.Dimension;

/** How the dashboard writes values: countries with flag and name, channels capitalised, durations in minutes and seconds. */
final class DisplayText {

	private DisplayText() {
	}

	/** Minutes and seconds, or a dash when there is no duration. */
	static String duration(Long ms) {
		if (ms == null) {
			return "–";
		}
		long seconds = Math.round(ms / 1000.0);
		return seconds >= 60 ? (seconds / 60) + " min " + (seconds % 60) + " s" : seconds + " s";
	}

	/** Country codes get their flag (regional indicator symbols), channels a capital; others are shown as they are. */
	static String label(Dimension dimension, String value) {
		if (dimension == Dimension.CHANNEL && value != null && !value.isEmpty() && !value.equals(Dimension.NONE)) {
			return Character.toUpperCase(value.charAt(0)) + value.substring(1);
		}
		if (dimension == Dimension.COUNTRY && value != null && value.matches("[A-Z]{2}")) {
			var flag = new String(Character.toChars(0x1F1E6 + value.charAt(0) - 'A'))
					+ new String(Character.toChars(0x1F1E6 + value.charAt(1) - 'A'));
			var name = Locale.of("", value).getDisplayCountry(Locale.ENGLISH);
			return flag + " " + (name.isEmpty() || name.equals(value) ? value : name + " (" + value + ")");
		}
		return value;
	}
}
