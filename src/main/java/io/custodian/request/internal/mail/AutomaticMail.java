package io.custodian.request.internal.mail;

import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Recognises mail no person wrote to the desk: bounces and automatic replies, by their headers and subject. */
final class AutomaticMail {

	private static final List<String> AUTO_SUBJECTS = List.of("out of office", "out of the office", "automatic reply",
			"auto reply", "auto-reply", "autoreply", "auto response", "abwesenheitsnotiz", "automatische antwort",
			"réponse automatique", "respuesta automática", "risposta automatica");

	private AutomaticMail() {
	}

	static boolean isBounce(MimeMessage message) throws MessagingException {
		if (message.isMimeType("multipart/report") || message.isMimeType("message/delivery-status")) {
			return true;
		}
		var returnPath = message.getHeader("Return-Path", null);
		if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
			return true;
		}
		var from = FromHeader.firstAddress(message.getHeader("From", ","));
		if (from != null) {
			var local = from.contains("@") ? from.substring(0, from.lastIndexOf('@')) : from;
			return local.equalsIgnoreCase("mailer-daemon") || local.equalsIgnoreCase("postmaster");
		}
		return false;
	}

	static boolean isAutoReply(MimeMessage message) throws MessagingException {
		var autoSubmitted = message.getHeader("Auto-Submitted", null);
		if (autoSubmitted != null && !token(autoSubmitted).equals("no")) {
			return true;
		}
		if (message.getHeader("X-Autoreply") != null || message.getHeader("X-Autorespond") != null
				|| message.getHeader("X-Autoresponse") != null) {
			return true;
		}
		var precedence = message.getHeader("Precedence", null);
		if (precedence != null && List.of("auto_reply", "bulk", "junk").contains(token(precedence))) {
			return true;
		}
		var subject = message.getSubject();
		if (subject != null) {
			var lower = subject.strip().toLowerCase(Locale.ROOT);
			return AUTO_SUBJECTS.stream().anyMatch(lower::startsWith);
		}
		return false;
	}

	private static String token(String header) {
		var value = header.strip().toLowerCase(Locale.ROOT);
		int semi = value.indexOf(';');
		return (semi < 0 ? value : value.substring(0, semi)).strip();
	}
}
