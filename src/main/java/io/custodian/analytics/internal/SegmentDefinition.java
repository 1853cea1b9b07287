package io.custodian.analytics.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Collectors;

import io.custodian.analytics.Filter;
import io.custodian.analytics.Filters;

/** How a segment's filters are stored: repeated, encoded {@code filter} parameters in dimension order. */
final class SegmentDefinition {

	private SegmentDefinition() {
	}

	/** The filters as repeated, encoded {@code filter} parameters in dimension order: equal filters, equal text. */
	static String of(Filters filters) {
		return filters.all().stream().sorted(Comparator.comparing(Filter::dimension).thenComparing(Filter::asParameter))
			.map(f -> "filter=" + URLEncoder.encode(f.asParameter(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	static Filters filters(String definition) {
		return Filters.parse(Arrays.stream(definition.split("&")).filter(p -> p.startsWith("filter="))
			.map(p -> URLDecoder.decode(p.substring("filter=".length()), StandardCharsets.UTF_8)).toList());
	}

	/** SHA-256 of a definition in hex: the key a site's segments are found by. */
	static String hash(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
