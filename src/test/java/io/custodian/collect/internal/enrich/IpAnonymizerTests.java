package io.custodian.collect.internal.enrich;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IpAnonymizerTests {

	private final IpAnonymizer anonymizer = new IpAnonymizer();

	@Test
	void truncatesIpv4ToSlash24() {
		assertThat(anonymizer.anonymize("203.0.113.57")).hasValue("203.0.113.0");
	}

	@Test
	void truncatesIpv6ToSlash48() {
		assertThat(anonymizer.anonymize("2001:db8:85a3:8d3:1319:8a2e:370:7348")).hasValue("2001:db8:85a3::");
	}

	@Test
	void treatsIpv4MappedIpv6AsIpv4() {
		assertThat(anonymizer.anonymize("::ffff:198.51.100.23")).hasValue("198.51.100.0");
	}

	@Test
	void honoursConfiguredPrefixes() {
		IpAnonymizer coarse = new IpAnonymizer(16, 32, false);

		assertThat(coarse.anonymize("203.0.113.57")).hasValue("203.0.0.0");
		assertThat(coarse.anonymize("2001:db8:85a3::1")).hasValue("2001:db8::");
		assertThat(new IpAnonymizer(20, 48, false).anonymize("203.0.127.255")).hasValue("203.0.112.0");
	}

	@Test
	void dropsEveryAddressWhenToldTo() {
		IpAnonymizer dropping = new IpAnonymizer(24, 48, true);

		assertThat(dropping.anonymize("203.0.113.57")).isEmpty();
		assertThat(dropping.anonymize(InetAddress.getLoopbackAddress())).isEmpty();
	}

	@Test
	void answersInetAddressesWithInetAddresses() throws Exception {
		assertThat(anonymizer.anonymize(InetAddress.getByName("192.0.2.200"))).hasValue(InetAddress.getByName("192.0.2.0"));
	}

	@Test
	void returnsEmptyForTextThatIsNotAnAddress() {
		assertThat(anonymizer.anonymize((String) null)).isEmpty();
		assertThat(anonymizer.anonymize("")).isEmpty();
		assertThat(anonymizer.anonymize("example.com")).isEmpty();
		assertThat(anonymizer.anonymize("256.1.1.1")).isEmpty();
		assertThat(anonymizer.anonymize("1.2.3")).isEmpty();
		assertThat(anonymizer.anonymize(":::1")).isEmpty();
		assertThat(anonymizer.anonymize("fe80::1%eth0")).isEmpty();
		assertThat(anonymizer.anonymize("x".repeat(5000))).isEmpty();
	}

	@Test
	void rejectsImpossiblePrefixes() {
		assertThatIllegalArgumentException().isThrownBy(() -> new IpAnonymizer(33, 48, false));
		assertThatIllegalArgumentException().isThrownBy(() -> new IpAnonymizer(24, -1, false));
	}
}
