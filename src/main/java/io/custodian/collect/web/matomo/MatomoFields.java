package io.custodian.collect.web.matomo;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.custodian.collect.internal.FieldNotes;
import io.custodian.system.InvalidInput.FieldError;

/** Reads Matomo's site, visitor and time parameters, reporting malformed values to the caller's error list. */
final class MatomoFields {

	private static final Pattern HEX16 = Pattern.compile("^[0-9a-fA-F]{16}$");

	private static final Pattern POSITIVE_INT = Pattern.compile("^[1-9]\\d{0,9}$");

	private static final DateTimeFormatter CDT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

	private MatomoFields() {
	}

	/** {@code idsite} as a positive int, or null (with an error) when absent or malformed. */
	static Integer trackingId(MatomoParameters p, String prefix, List<FieldError> errors) {
		var idsite = p.get("idsite");
		if (idsite == null) {
			errors.add(new FieldError(prefix + "idsite", "is required"));
			return null;
		}
		var value = idsite.strip();
		if (!POSITIVE_INT.matcher(value).matches() || Long.parseLong(value) > Integer.MAX_VALUE) {
			errors.add(new FieldError(prefix + "idsite", "must be a positive whole number"));
			return null;
		}
		return Integer.valueOf(value);
	}

	/**
	 * {@code cid}, else {@code _id}, in lower case. A malformed {@code cid} is refused, as Matomo refuses it; of an
	 * {@code _id} the first 16 characters count, and one that is not hexadecimal is dropped (Matomo ignores it).
	 */
	static String visitorId(MatomoParameters p, String prefix, List<FieldError> errors, FieldNotes notes) {
		var cid = p.get("cid");
		if (cid != null) {
			if (!HEX16.matcher(cid).matches()) {
				errors.add(new FieldError(prefix + "cid", "must be 16 hexadecimal characters"));
				return null;
			}
			return cid.toLowerCase(Locale.ROOT);
		}
		var id = p.get("_id");
		if (id == null) {
			return null;
		}
		var first = id.length() >= 16 ? id.substring(0, 16) : id;
		if (!HEX16.matcher(first).matches()) {
			notes.dropped("_id");
			return null;
		}
		if (first.length() != id.length()) {
			notes.normalised("_id");
		}
		return first.toLowerCase(Locale.ROOT);
	}

	/** {@code bots}: Matomo reads it as a number, any but 0 keeping a bot's request. */
	static boolean countBots(MatomoParameters p) {
		var bots = p.get("bots");
		if (bots == null) {
			return false;
		}
		try {
			return Long.parseLong(bots.strip()) != 0;
		}
		catch (NumberFormatException e) {
			return false;
		}
	}

	/** {@code cdt}: unix seconds or milliseconds, or UTC {@code YYYY-MM-DD HH:MM:SS}; null when neither. */
	static Instant dateTime(String value) {
		var v = value.strip();
		try {
			if (v.chars().allMatch(Character::isDigit) && v.length() <= 13) {
				var number = Long.parseLong(v);
				return number > 100_000_000_000L ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
			}
			return LocalDateTime.parse(v, CDT).toInstant(ZoneOffset.UTC);
		}
		catch (NumberFormatException | DateTimeParseException e) {
			return null;
		}
	}
}
