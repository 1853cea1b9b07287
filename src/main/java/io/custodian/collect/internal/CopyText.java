package io.custodian.collect.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of PostgreSQL's COPY text format, written straight as UTF-8: values escaped (backslash, tab, line
 * breaks; NUL left out), {@code \N} for null. One batch's worth, then handed to the driver as it is.
 */
final class CopyText {

	private byte[] bytes;

	private int length;

	CopyText(int capacity) {
		this.bytes = new byte[Math.max(16, capacity)];
	}

	byte[] bytes() {
		return bytes;
	}

	int length() {
		return length;
	}

	CopyText ascii(char c) {
		room(1);
		bytes[length++] = (byte) c;
		return this;
	}

	CopyText ascii(byte[] text) {
		room(text.length);
		System.arraycopy(text, 0, bytes, length, text.length);
		length += text.length;
		return this;
	}

	CopyText nullValue() {
		return ascii('\\').ascii('N');
	}

	/** The last {@code width} decimal digits of a non-negative value, zero-padded. */
	CopyText digits(long value, int width) {
		room(width);
		for (int i = length + width - 1; i >= length; i--) {
			bytes[i] = (byte) ('0' + value % 10);
			value /= 10;
		}
		length += width;
		return this;
	}

	CopyText decimal(long value) {
		if (value < 0) {
			ascii('-');
			value = -value;
		}
		int width = 1;
		for (long rest = value / 10; rest > 0; rest /= 10) {
			width++;
		}
		return digits(value, width);
	}

	/** A text value, escaped; characters beyond ASCII in UTF-8. */
	CopyText escaped(String text) {
		int n = text.length();
		room(n);
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c >= 0x80) {
				return escapedWide(text, i);
			}
			if (c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == '\0') {
				escape(c);
				room(n - i);
			}
			else {
				bytes[length++] = (byte) c;
			}
		}
		return this;
	}

	private void escape(char c) {
		switch (c) {
			case '\\' -> ascii('\\').ascii('\\');
			case '\t' -> ascii('\\').ascii('t');
			case '\n' -> ascii('\\').ascii('n');
			case '\r' -> ascii('\\').ascii('r');
			default -> {
			}
		}
	}

	private CopyText escapedWide(String text, int from) {
		var rest = text.substring(from).replace("\0", "").replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
			.replace("\r", "\\r");
		return ascii(rest.getBytes(StandardCharsets.UTF_8));
	}

	private void room(int more) {
		if (length + more > bytes.length) {
			bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
		}
	}

	@Override
	public String toString() {
		return new String(bytes, 0, length, StandardCharsets.UTF_8);
	}
}
