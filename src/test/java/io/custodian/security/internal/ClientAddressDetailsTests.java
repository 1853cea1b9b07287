package io.custodian.security.internal;

import java.util.List;

import io.custodian.security.ClientAddressResolver;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressDetailsTests {

	private final ClientAddressDetails details = new ClientAddressDetails(
			new ClientAddressResolver(List.of("10.0.0.0/8")));

	@Test
	void aLoginBehindATrustedProxyIsKeyedByTheForwardedClient() {
		var request = login("10.1.2.3");
		request.addHeader("X-Forwarded-For", "198.51.100.1, 203.0.113.9");

		assertThat(details.buildDetails(request).getRemoteAddress()).isEqualTo("203.0.113.9");
	}

	@Test
	void aForwardingHeaderFromAnUntrustedPeerIsIgnored() {
		var request = login("192.0.2.44");
		request.addHeader("X-Forwarded-For", "203.0.113.9");

		assertThat(details.buildDetails(request).getRemoteAddress()).isEqualTo("192.0.2.44");
	}

	@Test
	void anIpv6ClientIsKeyedInItsCanonicalForm() {
		assertThat(details.buildDetails(login("2001:DB8:0:0:0:0:0:1")).getRemoteAddress()).isEqualTo("2001:db8::1");
	}

	private static MockHttpServletRequest login(String peer) {
		var request = new MockHttpServletRequest("POST", "/login");
		request.setRemoteAddr(peer);
		return request;
	}
}
