package io.custodian.collect.internal.enrich;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import io.custodian.security.IpLiterals;

/**
 * Writes small MaxMind DB files (format 2.0: IPv6 tree, 24-bit records, IPv4 under ::/96) for test fixtures; networks
 * must not overlap. Values may be strings, booleans, doubles, non-negative Integer (uint16/32), Long (uint32) and BigInteger (uint64), lists and maps with string keys.
 */
public final class MmdbWriter {

	private static final byte[] METADATA_MARKER = { (byte) 0xAB, (byte) 0xCD, (byte) 0xEF, 'M', 'a', 'x', 'M', 'i', 'n', 'd', '.', 'c', 'o', 'm' };

	private final String databaseType;

	private final Node root = new Node();

	private final ByteArrayOutputStream data = new ByteArrayOutputStream();

	public MmdbWriter(String databaseType) {
		this.databaseType = databaseType;
	}

	private static final class Node {

		final Object[] children = new Object[2];
	}

	private record Leaf(int dataOffset) {
	}

	public MmdbWriter insert(String cidr, Map<String, ?> record) {
		String[] parts = cidr.split("/");
		InetAddress address = IpLiterals.parse(parts[0]).orElseThrow();
		byte[] bits = new byte[16];
		byte[] raw = address.getAddress();
		System.arraycopy(raw, 0, bits, 16 - raw.length, raw.length);
		int prefix = Integer.parseInt(parts[1]) + (address instanceof Inet4Address ? 96 : 0);
		Leaf leaf = new Leaf(data.size());
		encode(record, data);
		Node node = root;
		for (int i = 0; i < prefix; i++) {
			int bit = (bits[i / 8] >> (7 - i % 8)) & 1;
			if (i == prefix - 1) {
				node.children[bit] = leaf;
			}
			else {
				if (!(node.children[bit] instanceof Node)) {
					node.children[bit] = new Node();
				}
				node = (Node) node.children[bit];
			}
		}
		return this;
	}

	public Path writeTo(Path file) throws IOException {
		List<Node> nodes = new ArrayList<>();
		Map<Node, Integer> numbers = new IdentityHashMap<>();
		Queue<Node> queue = new ArrayDeque<>(List.of(root));
		while (!queue.isEmpty()) {
			Node node = queue.remove();
			numbers.put(node, nodes.size());
			nodes.add(node);
			for (Object child : node.children) {
				if (child instanceof Node next) {
					queue.add(next);
				}
			}
		}
		int nodeCount = nodes.size();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (Node node : nodes) {
			for (Object child : node.children) {
				int record = switch (child) {
					case Node next -> numbers.get(next);
					case Leaf leaf -> nodeCount + 16 + leaf.dataOffset();
					case null, default -> nodeCount;
				};
				out.write(record >>> 16);
				out.write(record >>> 8);
				out.write(record);
			}
		}
		out.write(new byte[16]);
		data.writeTo(out);
		out.write(METADATA_MARKER);
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("node_count", (long) nodeCount);
		metadata.put("record_size", 24);
		metadata.put("ip_version", 6);
		metadata.put("database_type", databaseType);
		metadata.put("languages", List.of("en"));
		metadata.put("binary_format_major_version", 2);
		metadata.put("binary_format_minor_version", 0);
		metadata.put("build_epoch", BigInteger.valueOf(System.currentTimeMillis() / 1000));
		metadata.put("description", Map.of("en", "Custodian test fixture"));
		encode(metadata, out);
		return Files.write(file, out.toByteArray());
	}

	private static void encode(Object value, ByteArrayOutputStream out) {
		switch (value) {
			case String string -> {
				byte[] bytes = string.getBytes(StandardCharsets.UTF_8);
				control(2, bytes.length, out);
				out.writeBytes(bytes);
			}
			case Map<?, ?> map -> {
				control(7, map.size(), out);
				map.forEach((key, item) -> {
					encode((String) key, out);
					encode(item, out);
				});
			}
			case List<?> list -> {
				control(11, list.size(), out);
				list.forEach(item -> encode(item, out));
			}
			case Boolean flag -> control(14, flag ? 1 : 0, out);
			case Double number -> {
				control(3, 8, out);
				long bits = Double.doubleToLongBits(number);
				for (int shift = 56; shift >= 0; shift -= 8) {
					out.write((int) (bits >>> shift));
				}
			}
			case Integer number -> unsigned(number <= 0xffff ? 5 : 6, number, number <= 0xffff ? 2 : 4, out);
			case Long number -> unsigned(6, number, 4, out);
			case BigInteger number -> unsigned(9, number.longValueExact(), 8, out);
			default -> throw new IllegalArgumentException("Cannot encode " + value.getClass());
		}
	}

	private static void unsigned(int type, long number, int maxBytes, ByteArrayOutputStream out) {
		int length = 0;
		while (length < maxBytes && (number >>> (8 * length)) != 0) {
			length++;
		}
		control(type, length, out);
		for (int i = length - 1; i >= 0; i--) {
			out.write((int) (number >>> (8 * i)));
		}
	}

	private static void control(int type, int size, ByteArrayOutputStream out) {
		int sizeBits = size < 29 ? size : size < 285 ? 29 : size < 65821 ? 30 : 31;
		out.write(((type > 7 ? 0 : type) << 5) | sizeBits);
		if (type > 7) {
			out.write(type - 7);
		}
		if (sizeBits == 29) {
			out.write(size - 29);
		}
		else if (sizeBits == 30) {
			out.write((size - 285) >>> 8);
			out.write(size - 285);
		}
		else if (sizeBits == 31) {
			out.write((size - 65821) >>> 16);
			out.write((size - 65821) >>> 8);
			out.write(size - 65821);
		}
	}
}
