package io.custodian.request.internal.mail;

import io.custodian.customer.CustomerField;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** The sender of a message, taken from its From header alone; Reply-To and Sender are ignored on purpose. */
final class FromHeader {

	private FromHeader() {
	}

	/** The From address if it is one valid address, else null. */
	static String sender(MimeMessage message) throws MessagingException {
		var address = firstAddress(message.getHeader("From", ","));
		if (address == null) {
			return null;
		}
		var validated = CustomerField.EMAIL.validate(address);
		return validated.isValid() ? validated.value() : null;
	}

	/** The first single address of an address header, or null when it has none or cannot be parsed. */
	static String firstAddress(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		try {
			for (var address : InternetAddress.parseHeader(header, false)) {
				if (address.getAddress() != null && !address.getAddress().isBlank() && !address.isGroup()) {
					return address.getAddress().strip();
				}
			}
		}
		catch (MessagingException e) {
			return null;
		}
		return null;
	}
}
