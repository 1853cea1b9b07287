package io.custodian.security.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import io.custodian.security.ClientAddressResolver;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class AddressBucketsTests {

	private final ClientAddressResolver direct = new ClientAddressResolver(List.of());

	private final AddressBuckets buckets = new AddressBuckets(direct, 3, 3, Duration.ofHours(1),
			"Too many requests from this address");

	@Test
	void limitsAnAddressBeyondItsAllowance() throws IOException {
		assertThat(admitted(buckets, "203.0.113.7", 3)).isEqualTo(3);

		var response = new MockHttpServletResponse();
		assertThat(buckets.admit(request("203.0.113.7"), response)).isFalse();
		assertThat(response.getStatus()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS.value());
		assertThat(response.getHeader("Retry-After")).isEqualTo("1200");
		assertThat(response.getContentAsString()).contains("Too many requests from this address");
		assertThat(admitted(buckets, "203.0.113.8", 1)).isEqualTo(1);
	}

	@Test
	void aLimitedAddressStaysLimitedAfterAFloodOf100000OtherAddresses() throws IOException {
		assertThat(admitted(buckets, "203.0.113.7", 10)).isEqualTo(3);

		for (int i = 0; i < 100_000; i++) {
			assertThat(admitted(buckets, flood(i), 1)).isEqualTo(1);
		}

		assertThat(admitted(buckets, "203.0.113.7", 1)).isZero();
	}

	@Test
	void anAddressThatKeepsTryingStaysLimitedWhileAFloodOverflowsTheBound() throws IOException {
		var small = new AddressBuckets(direct, 3, 3, Duration.ofHours(1), "Too many requests", 10_000);
		assertThat(admitted(small, "203.0.113.7", 10)).isEqualTo(3);

		for (int i = 0; i < 100_000; i++) {
			assertThat(admitted(small, flood(i), 1)).isEqualTo(1);
			if (i % 100 == 0) {
				assertThat(admitted(small, "203.0.113.7", 1)).as("after %d other addresses", i).isZero();
			}
		}

		assertThat(admitted(small, "203.0.113.7", 1)).isZero();
	}

	private static String flood(int i) {
		return "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255);
	}

	private static int admitted(AddressBuckets buckets, String address, int attempts) throws IOException {
		int admitted = 0;
		for (int i = 0; i < attempts; i++) {
			if (buckets.admit(request(address), new MockHttpServletResponse())) {
				admitted++;
			}
		}
		return admitted;
	}

	private static MockHttpServletRequest request(String address) {
		var request = new MockHttpServletRequest("POST", "/api/v1/consent");
		request.setRemoteAddr(address);
		return request;
	}
}
