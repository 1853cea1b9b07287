package io.custodian.collect.web;

import java.util.ArrayList;
import java.util.List;

import io.custodian.collect.internal.enrich.UserAgentData;
import tools.jackson.databind.JsonNode;

/**
 * A tracker's copy of {@code navigator.userAgentData} (Custodian's {@code hints}, Matomo's {@code uadata}): platform,
 * its version, mobile, model and the brand lists; values of the wrong type are left out, texts cut to 100.
 */
public final class ClientHints {

	private static final int MAX_BRANDS = 20;

	private ClientHints() {
	}

	/** The hints in the object, or null when it is absent or not an object. */
	public static UserAgentData read(JsonNode node) {
		if (node == null || node.isNull() || !node.isObject()) {
			return null;
		}
		return new UserAgentData(text(node, "platform"), text(node, "platformVersion"),
				node.path("mobile").isBoolean() ? node.get("mobile").booleanValue() : null, text(node, "model"),
				brands(node.get("brands")), brands(node.get("fullVersionList")));
	}

	private static List<UserAgentData.Brand> brands(JsonNode node) {
		if (node == null || !node.isArray()) {
			return List.of();
		}
		var brands = new ArrayList<UserAgentData.Brand>();
		for (int i = 0; i < Math.min(node.size(), MAX_BRANDS); i++) {
			var b = node.get(i);
			if (b.isObject() && b.path("brand").isString() && b.path("version").isString()) {
				brands.add(new UserAgentData.Brand(clip(b.get("brand").stringValue()), clip(b.get("version").stringValue())));
			}
		}
		return brands;
	}

	private static String text(JsonNode node, String field) {
		var value = node.get(field);
		return value != null && value.isString() ? clip(value.stringValue()) : null;
	}

	private static String clip(String value) {
		return value.length() > 100 ? value.substring(0, 100) : value;
	}
}
