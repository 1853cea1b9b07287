package io.custodian.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IpLiteralsTests {

	@ParameterizedTest
	@CsvSource({ "2001:0DB8:0000:0000:0000:0000:0000:0001, 2001:db8::1", "0:0:0:0:0:0:0:0, ::", "::1, ::1",
			"1:0:0:0:0:0:0:0, 1::", "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1", "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
			"[2a02:8100::7], 2a02:8100::7", "::ffff:192.0.2.1, 192.0.2.1", "' 203.0.113.9 ', 203.0.113.9",
			"0.0.0.0, 0.0.0.0", "255.255.255.255, 255.255.255.255", "10.0.100.9, 10.0.100.9" })
	void printsAddressesInCanonicalForm(String text, String canonical) {
		assertThat(IpLiterals.parse(text).map(IpLiterals::format)).hasValue(canonical);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "localhost", "example.com", "1.2.3", "01.2.3.4", "1.2.3.4.5", "256.0.0.1", "1.2.3.4:80",
			"fe80::1%eth0", ":::", "12345::", "0x7f.0.0.1", "::ffff:999.1.1.1", "1..2.3", "1.2.3.", ".1.2.3",
			"1.2.3.4 5", "1000.1.1.1", "00.1.1.1", "1.2.3.04", "\u0663.1.1.1", "1.2.3.-4", "[1.2.3.4]x" })
	void refusesWhatIsNotAnAddressLiteral(String text) {
		assertThat(IpLiterals.parse(text)).isEmpty();
	}

	@Test
	void knowsWhichAddressesAreNotPublic() {
		for (String address : new String[] { "127.0.0.1", "10.1.2.3", "172.31.0.1", "192.168.0.1", "169.254.1.1",
				"100.64.0.1", "0.1.2.3", "240.0.0.1", "224.0.0.1", "::", "::1", "fc00::1", "fd12::1", "fe80::1", "ff02::1" }) {
			assertThat(IpLiterals.isNonPublic(IpLiterals.parse(address).orElseThrow())).as(address).isTrue();
		}
		for (String address : new String[] { "8.8.8.8", "100.128.0.1", "2001:4860::8888", "2a02:8100::1" }) {
			assertThat(IpLiterals.isNonPublic(IpLiterals.parse(address).orElseThrow())).as(address).isFalse();
		}
	}
}
