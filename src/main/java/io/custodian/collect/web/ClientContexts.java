package io.custodian.collect.web;

import java.util.LinkedHashMap;

import io.custodian.collect.WireFormat;
import io.custodian.collect.internal.ClientContext;
import io.custodian.security.ClientAddressResolver;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/** Reads the client's side of a collection request: address behind trusted proxies, agent, hints, origin, signals. */
@Component
public class ClientContexts {

	private final ClientAddressResolver addresses;

	ClientContexts(ClientAddressResolver addresses) {
		this.addresses = addresses;
	}

	public ClientContext from(HttpServletRequest request) {
		var hints = new LinkedHashMap<String, String>();
		var names = request.getHeaderNames();
		while (names.hasMoreElements()) {
			var name = names.nextElement();
			if (name.regionMatches(true, 0, "sec-ch-ua", 0, 9)) {
				var value = request.getHeader(name);
				if (value != null && value.length() <= 512) {
					hints.put(name, value);
				}
			}
		}
		return new ClientContext(addresses.resolve(request).orElse(null), clip(request.getHeader("User-Agent")), hints,
				clip(request.getHeader("Accept-Language")), clip(request.getHeader("Origin")),
				"1".equals(request.getHeader("Sec-GPC")), "1".equals(request.getHeader("DNT")),
				WireFormat.ofPath(request.getRequestURI().substring(request.getContextPath().length())));
	}

	private static String clip(String value) {
		return value == null || value.length() <= 1024 ? value : value.substring(0, 1024);
	}
}
