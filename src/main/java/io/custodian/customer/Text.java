package io.custodian.customer;

/** Checks on free text entered into the vault. */
final class Text {

	private Text() {
	}

	static boolean hasControlCharacters(String value, boolean allowLineBreaks) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (allowLineBreaks && (c == '\n' || c == '\r')) {
				continue;
			}
			if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
				return true;
			}
		}
		return false;
	}
}
