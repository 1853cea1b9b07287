package io.custodian.collect.internal.enrich;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The object a page gets from {@code navigator.userAgentData.getHighEntropyValues([...])}, as the tracker sends it;
 * every field may be missing.
 */
public record UserAgentData(String platform, String platformVersion, Boolean mobile, String model, List<Brand> brands,
		List<Brand> fullVersionList) {

	private static final int MAX_BRANDS = 12;

	private static final int MAX_LENGTH = 256;

	/** One entry of {@code brands} or {@code fullVersionList}. */
	public record Brand(String brand, String version) {
	}

	/** The same values as the {@code Sec-CH-UA*} request headers a browser would send, only for fields present. */
	public Map<String, String> asHeaders() {
		Map<String, String> headers = new LinkedHashMap<>();
		putBrands(headers, "Sec-CH-UA", brands);
		putBrands(headers, "Sec-CH-UA-Full-Version-List", fullVersionList);
		putString(headers, "Sec-CH-UA-Platform", platform);
		putString(headers, "Sec-CH-UA-Platform-Version", platformVersion);
		putString(headers, "Sec-CH-UA-Model", model);
		if (mobile != null) {
			headers.put("Sec-CH-UA-Mobile", mobile ? "?1" : "?0");
		}
		return headers;
	}

	private static void putBrands(Map<String, String> headers, String name, List<Brand> list) {
		if (list == null || list.isEmpty()) {
			return;
		}
		headers.put(name, list.stream()
			.filter(entry -> entry != null && entry.brand() != null && entry.version() != null)
			.limit(MAX_BRANDS)
			.map(entry -> quoted(entry.brand()) + ";v=" + quoted(entry.version()))
			.collect(Collectors.joining(", ")));
	}

	private static void putString(Map<String, String> headers, String name, String value) {
		if (value != null) {
			headers.put(name, quoted(value));
		}
	}

	private static String quoted(String value) {
		String bounded = value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
		StringBuilder out = new StringBuilder(bounded.length() + 2).append('"');
		bounded.chars().filter(c -> c >= 0x20 && c < 0x7f).forEach(c -> {
			if (c == '"' || c == '\\') {
				out.append('\\');
			}
			out.append((char) c);
		});
		return out.append('"').toString();
	}
}
