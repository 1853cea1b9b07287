package io.custodian.request.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words the console shows staff for request types and states ({@code console.*} in messages.properties), by id. */
@Component
class ConsoleLabels {

	private final MessageSource messages;

	ConsoleLabels(MessageSource messages) {
		this.messages = messages;
	}

	String type(String id) {
		return label("console.type.", id);
	}

	String state(String id) {
		return label("console.state.", id);
	}

	private String label(String prefix, String id) {
		return messages.getMessage(prefix + id, null, id, Locale.ENGLISH);
	}
}
