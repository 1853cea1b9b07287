package io.custodian.security;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses IP address literals without ever asking DNS, and prints them in their canonical short form. */
public final class IpLiterals {

	private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private IpLiterals() {
	}

	/** The address written in {@code text}, which may be bracketed; empty for anything that is not an IP literal. */
	public static Optional<InetAddress> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String literal = text.strip();
		if (literal.length() > 2 && literal.startsWith("[") && literal.endsWith("]")) {
			literal = literal.substring(1, literal.length() - 1);
		}
		if (literal.indexOf(':') < 0) {
			var octets = ipv4(literal);
			try {
				return octets == null ? Optional.empty() : Optional.of(InetAddress.getByAddress(octets));
			}
			catch (UnknownHostException e) {
				return Optional.empty();
			}
		}
		if (!IPV6_CHARS.matcher(literal).matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(InetAddress.getByName(literal));
		}
		catch (UnknownHostException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** The four octets of a dotted-decimal IPv4 address (0-255, no leading zeros), or null. */
	private static byte[] ipv4(String text) {
		var octets = new byte[4];
		int octet = 0;
		int value = 0;
		int digits = 0;
		for (int i = 0; i <= text.length(); i++) {
			char c = i < text.length() ? text.charAt(i) : '.';
			if (c == '.') {
				if (digits == 0 || octet == 4) {
					return null;
				}
				octets[octet++] = (byte) value;
				value = 0;
				digits = 0;
			}
			else if (c >= '0' && c <= '9' && !(digits == 1 && value == 0) && digits < 3) {
				value = value * 10 + (c - '0');
				digits++;
				if (value > 255) {
					return null;
				}
			}
			else {
				return null;
			}
		}
		return octet == 4 ? octets : null;
	}

	/** Dotted IPv4, or IPv6 in the RFC 5952 form: lower case, leading zeros dropped, the longest zero run as {@code ::}. */
	public static String format(InetAddress address) {
		if (address instanceof Inet4Address) {
			return address.getHostAddress();
		}
		byte[] bytes = address.getAddress();
		int[] groups = new int[8];
		for (int i = 0; i < 8; i++) {
			groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
		}
		int bestStart = -1;
		int bestLength = 1;
		for (int i = 0; i < 8; i++) {
			int length = 0;
			while (i + length < 8 && groups[i + length] == 0) {
				length++;
			}
			if (length > bestLength) {
				bestStart = i;
				bestLength = length;
			}
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			if (i == bestStart) {
				out.append("::");
				i += bestLength - 1;
				continue;
			}
			if (!out.isEmpty() && out.charAt(out.length() - 1) != ':') {
				out.append(':');
			}
			out.append(Integer.toHexString(groups[i]));
		}
		return out.toString();
	}

	/** True for addresses no geolocation database can place: loopback, private, link-local, unique-local, multicast, unspecified. */
	public static boolean isNonPublic(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet6Address) {
			return (bytes[0] & 0xfe) == 0xfc;
		}
		int first = bytes[0] & 0xff;
		int second = bytes[1] & 0xff;
		return first == 0 || (first == 100 && (second & 0xc0) == 64) || first >= 240;
	}
}
