package io.custodian.request.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.custodian.customer.CustomerField;
import io.custodian.request.NewRequest;
import io.custodian.request.RequestType;
import io.custodian.site.Sites;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;
import org.springframework.stereotype.Component;

/**
 * The bounds of a new request: every string and list has a limit, and each value over it is refused by its field
 * and place ({@code identifiers[3]}), before anything is stored.
 */
@Component
class IntakeCheck {

	static final int MAX_MESSAGE = 10_000;

	static final int MAX_CHANGES = 50;

	static final int MAX_CHANGE_VALUE = 1_000;

	static final int MAX_FIELDS = 50;

	static final int MAX_IDENTIFIERS = 20;

	static final int MAX_IDENTIFIER = 200;

	static final int MAX_NAME = 100;

	/** A BCP 47 language tag as browsers and mail clients send it, at most 35 characters. */
	private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}");

	private final Sites sites;

	IntakeCheck(Sites sites) {
		this.sites = sites;
	}

	/** The request's email, type and channel; an {@link InvalidInput} naming every field out of bounds. */
	Checked check(NewRequest request) {
		var errors = new ArrayList<FieldError>();
		var email = CustomerField.EMAIL.validate(request.email() == null ? "" : request.email());
		if (!email.isValid()) {
			errors.add(new FieldError("email", email.reason()));
		}
		RequestType type = null;
		if (request.type() != null) {
			type = RequestType.fromId(request.type()).orElse(null);
			if (type == null) {
				errors.add(new FieldError("type", "must be one of " + RequestType.ids()));
			}
		}
		if (request.message() != null && request.message().length() > MAX_MESSAGE) {
			errors.add(new FieldError("message", "must be at most " + MAX_MESSAGE + " characters"));
		}
		changes(request, errors);
		list("fields", request.fields(), MAX_FIELDS, MAX_NAME, errors);
		list("identifiers", request.identifiers(), MAX_IDENTIFIERS, MAX_IDENTIFIER, errors);
		if (request.language() != null
				&& (request.language().length() > 35 || !LANGUAGE.matcher(request.language()).matches())) {
			errors.add(new FieldError("language", "must be a language tag such as en or de-AT, at most 35 characters"));
		}
		var channel = request.channel() == null ? "api" : request.channel();
		if (!List.of("web", "email", "api", "account").contains(channel)) {
			errors.add(new FieldError("channel", "must be web, email, api or account"));
		}
		if (request.site() != null && sites.find(request.site()).isEmpty()) {
			errors.add(new FieldError("site", "is not a registered site"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new Checked(email.value(), type != null ? type : TypeGuesser.guess(request.message()), channel);
	}

	private static void changes(NewRequest request, List<FieldError> errors) {
		if (request.changes().size() > MAX_CHANGES) {
			errors.add(new FieldError("changes", "at most " + MAX_CHANGES + " changes"));
			return;
		}
		request.changes().forEach((field, value) -> {
			if (field == null || field.isBlank() || field.length() > MAX_NAME) {
				errors.add(new FieldError("changes", "each change names a field of up to " + MAX_NAME + " characters"));
			}
			else if (value == null || value.length() > MAX_CHANGE_VALUE) {
				errors.add(new FieldError("changes." + field, "must be a text of up to " + MAX_CHANGE_VALUE + " characters"));
			}
		});
	}

	private static void list(String name, List<String> values, int maxItems, int maxLength, List<FieldError> errors) {
		if (values.size() > maxItems) {
			errors.add(new FieldError(name, "at most " + maxItems + " entries"));
			return;
		}
		for (int i = 0; i < values.size(); i++) {
			var value = values.get(i);
			if (value == null || value.isBlank() || value.length() > maxLength) {
				errors.add(new FieldError(name + "[" + i + "]", "must be a text of 1 to " + maxLength + " characters"));
			}
		}
	}

	/** What intake goes on with: the normalized email, the type (guessed when none was given) and the channel. */
	record Checked(String email, RequestType type, String channel) {
	}
}
