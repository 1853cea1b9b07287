package io.custodian.security;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClientAddressResolverTests {

	private final ClientAddressResolver behindProxies = new ClientAddressResolver(List.of("10.0.0.0/8", "2001:db8:ffff::/48", "192.0.2.7"));

	@Test
	void usesThePeerWhenNoProxyIsTrusted() {
		ClientAddressResolver direct = new ClientAddressResolver(List.of());

		assertThat(direct.resolve("198.51.100.1", List.of("203.0.113.9"), List.of())).hasValue(ip("198.51.100.1"));
	}

	@Test
	void ignoresForwardedForFromAnUntrustedPeer() {
		assertThat(behindProxies.resolve("198.51.100.1", List.of("203.0.113.9"), List.of("for=203.0.113.10")))
			.hasValue(ip("198.51.100.1"));
	}

	@Test
	void takesTheRightmostUntrustedForwardedForEntry() {
		assertThat(behindProxies.resolve("10.1.1.1", List.of("6.6.6.6, 203.0.113.9, 10.2.2.2"), List.of()))
			.hasValue(ip("203.0.113.9"));
	}

	@Test
	void joinsRepeatedForwardedForHeadersInOrder() {
		assertThat(behindProxies.resolve("10.1.1.1", List.of("6.6.6.6", "203.0.113.9", "192.0.2.7"), List.of()))
			.hasValue(ip("203.0.113.9"));
	}

	@Test
	void readsForwardedForWithQuotesPortsAndIpv6() {
		assertThat(behindProxies.resolve("10.1.1.1", List.of(),
				List.of("for=6.6.6.6, for=\"[2001:db8:cafe::17]:4711\";proto=https, For=10.3.3.3;by=10.1.1.1")))
			.hasValue(ip("2001:db8:cafe::17"));
	}

	@Test
	void stripsPortsFromForwardedForEntries() {
		assertThat(behindProxies.resolve("10.1.1.1", List.of("203.0.113.9:51234"), List.of())).hasValue(ip("203.0.113.9"));
	}

	@Test
	void stopsAtTheNearestTrustedHopWhenAnEntryIsNotAnAddress() {
		assertThat(behindProxies.resolve("10.1.1.1", List.of("6.6.6.6, unknown, 10.2.2.2"), List.of()))
			.hasValue(ip("10.2.2.2"));
		assertThat(behindProxies.resolve("10.1.1.1", List.of(), List.of("for=_hidden"))).hasValue(ip("10.1.1.1"));
	}

	@Test
	void answersTheLeftmostAddressWhenEveryHopIsTrusted() {
		assertThat(behindProxies.resolve("10.1.1.1", List.of("10.5.5.5, 10.2.2.2"), List.of())).hasValue(ip("10.5.5.5"));
	}

	@Test
	void trustsIpv6ProxiesAndIpv4MappedPeers() {
		assertThat(behindProxies.resolve("2001:db8:ffff::1", List.of("203.0.113.9"), List.of())).hasValue(ip("203.0.113.9"));
		assertThat(behindProxies.resolve("::ffff:10.1.1.1", List.of("203.0.113.9"), List.of())).hasValue(ip("203.0.113.9"));
	}

	@Test
	void readsAServletRequest() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("10.1.1.1");
		request.addHeader("X-Forwarded-For", "203.0.113.9");

		assertThat(behindProxies.resolve(request)).hasValue(ip("203.0.113.9"));
	}

	@Test
	void returnsEmptyForAnUnreadablePeer() {
		assertThat(behindProxies.resolve("not-an-ip", List.of("203.0.113.9"), List.of())).isEmpty();
		assertThat(behindProxies.resolve(null, List.of(), List.of())).isEmpty();
	}

	@Test
	void rejectsATrustedRangeThatIsNotAnAddress() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ClientAddressResolver(List.of("proxy.example.com")));
		assertThatIllegalArgumentException().isThrownBy(() -> new ClientAddressResolver(List.of("10.0.0.0/99")));
	}

	private static InetAddress ip(String literal) {
		Optional<InetAddress> address = IpLiterals.parse(literal);
		assertThat(address).as(literal).isPresent();
		return address.get();
	}
}
