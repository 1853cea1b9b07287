package io.custodian.system;

import java.util.Map;

/**
 * One endpoint anyone may call without signing in: its method and path (with {@code {placeholders}} the fuzz test
 * fills in), whether it answers JSON (so its errors must be problems), and what a well-meaning client sends it.
 */
record PublicEndpoint(String method, String path, boolean answersJson, String json, Map<String, String> form) {

	static PublicEndpoint json(String method, String path, String json) {
		return new PublicEndpoint(method, path, true, json, null);
	}

	static PublicEndpoint jsonAnswering(String method, String path) {
		return new PublicEndpoint(method, path, true, null, null);
	}

	static PublicEndpoint page(String method, String path, Map<String, String> form) {
		return new PublicEndpoint(method, path, false, null, form);
	}

	static PublicEndpoint page(String method, String path) {
		return page(method, path, null);
	}

	PublicEndpoint withForm(Map<String, String> form) {
		return new PublicEndpoint(method, path, answersJson, json, form);
	}

	@Override
	public String toString() {
		return method + " " + path;
	}
}
