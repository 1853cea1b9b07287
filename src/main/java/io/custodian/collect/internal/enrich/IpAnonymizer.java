package io.custodian.collect.internal.enrich;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import io.custodian.security.IpLiterals;

/**
 * Shortens client addresses before anything stores them: IPv4 to its first {@code v4Prefix} bits, IPv6 to its first
 * {@code v6Prefix} bits (an IPv4-mapped IPv6 address counts as IPv4), or to nothing when addresses are dropped.
 */
public final class IpAnonymizer {

	public static final int DEFAULT_V4_PREFIX = 24;

	public static final int DEFAULT_V6_PREFIX = 48;

	private final int v4Prefix;

	private final int v6Prefix;

	private final boolean drop;

	/** Truncates IPv4 to /24 and IPv6 to /48. */
	public IpAnonymizer() {
		this(DEFAULT_V4_PREFIX, DEFAULT_V6_PREFIX, false);
	}

	/** Prefix lengths in bits (0–32 and 0–128); {@code drop} discards every address instead. */
	public IpAnonymizer(int v4Prefix, int v6Prefix, boolean drop) {
		if (v4Prefix < 0 || v4Prefix > 32) {
			throw new IllegalArgumentException("IPv4 prefix must be 0 to 32 bits, not " + v4Prefix);
		}
		if (v6Prefix < 0 || v6Prefix > 128) {
			throw new IllegalArgumentException("IPv6 prefix must be 0 to 128 bits, not " + v6Prefix);
		}
		this.v4Prefix = v4Prefix;
		this.v6Prefix = v6Prefix;
		this.drop = drop;
	}

	/** The shortened address, or empty when addresses are dropped or none was given. */
	public Optional<InetAddress> anonymize(InetAddress address) {
		if (drop || address == null) {
			return Optional.empty();
		}
		byte[] bytes = address.getAddress();
		int prefix = address instanceof Inet4Address ? v4Prefix : v6Prefix;
		for (int bit = prefix; bit < bytes.length * 8; bit++) {
			bytes[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
		}
		try {
			return Optional.of(InetAddress.getByAddress(bytes));
		}
		catch (UnknownHostException ex) {
			return Optional.empty();
		}
	}

	/** The shortened address in canonical text, or empty for dropped addresses and text that is not an IP literal. */
	public Optional<String> anonymize(String address) {
		return IpLiterals.parse(address).flatMap(this::anonymize).map(IpLiterals::format);
	}
}
