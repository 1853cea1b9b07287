package io.custodian.analytics.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Computes a value once per web request and key (every time outside a web request). */
final class RequestMemo {

	private RequestMemo() {
	}

	static <K, V> V get(String name, K key, Supplier<V> compute) {
		var request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return compute.get();
		}
		@SuppressWarnings("unchecked")
		var memo = (Map<K, V>) request.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
		if (memo == null) {
			memo = new HashMap<>();
			request.setAttribute(name, memo, RequestAttributes.SCOPE_REQUEST);
		}
		var known = memo.get(key);
		if (known == null) {
			known = compute.get();
			memo.put(key, known);
		}
		return known;
	}
}
