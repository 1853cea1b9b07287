package io.custodian.collect.internal.enrich;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class GeoLocatorTests {

	@TempDir
	Path dir;

	@Test
	void readsCitiesAndSubdivisionsFromTheMaxMindLayout() throws IOException {
		Path file = new MmdbWriter("GeoLite2-City")
			.insert("81.2.69.0/24", Map.of("country", Map.of("iso_code", "GB", "names", Map.of("en", "United Kingdom")),
					"subdivisions", List.of(Map.of("iso_code", "ENG", "names", Map.of("en", "England"))),
					"city", Map.of("geoname_id", 2643743L, "names", Map.of("en", "London", "de", "London")),
					"location", Map.of("latitude", 51.5142, "longitude", -0.0931)))
			.insert("2a02:8100::/32", Map.of("country", Map.of("iso_code", "DE"), "subdivisions", List.of(Map.of("iso_code", "NW"))))
			.insert("203.0.113.0/24", Map.of("registered_country", Map.of("iso_code", "JP")))
			.writeTo(dir.resolve("city.mmdb"));

		GeoLocator locator = new GeoLocator(Optional.of(file));

		assertThat(locator.locate("81.2.69.160")).hasValue(new GeoLocation("GB", "England", "London"));
		assertThat(locator.locate("2a02:8100:1234::1")).hasValue(new GeoLocation("DE", "NW", null));
		assertThat(locator.locate("203.0.113.5")).hasValue(new GeoLocation("JP", null, null));
		assertThat(locator.locate("81.2.70.1")).isEmpty();
		assertThat(locator.source()).hasValue(file.toString());
	}

	@Test
	void readsTheIpLocationDbLayout() throws IOException {
		Path file = new MmdbWriter("ip-location-db")
			.insert("89.0.0.0/16", Map.of("country_code", "DE", "state1", "Bavaria", "city", "Munich"))
			.insert("2001:200::/32", Map.of("country_code", "jp"))
			.writeTo(dir.resolve("city.mmdb"));

		GeoLocator locator = new GeoLocator(Optional.of(file));

		assertThat(locator.locate("89.0.12.34")).hasValue(new GeoLocation("DE", "Bavaria", "Munich"));
		assertThat(locator.locate("2001:200:dead::beef")).hasValue(new GeoLocation("JP", null, null));
	}

	@Test
	void placesWellKnownAddressesWithTheBundledCountryDatabase() {
		GeoLocator locator = bundled();

		assertThat(locator.locate("8.8.8.8")).map(GeoLocation::countryCode).hasValue("US");
		assertThat(locator.locate("91.0.0.1")).map(GeoLocation::countryCode).hasValue("DE");
		assertThat(locator.locate("2003::1")).map(GeoLocation::countryCode).hasValue("DE");
		assertThat(locator.locate("126.0.0.1")).map(GeoLocation::countryCode).hasValue("JP");
		assertThat(locator.locate("133.11.0.1")).map(GeoLocation::countryCode).hasValue("JP");
		assertThat(locator.locate("2001:200::1")).map(GeoLocation::countryCode).hasValue("JP");
	}

	@Test
	void placesNoPrivateOrLoopbackAddress() {
		GeoLocator locator = bundled();

		for (String address : List.of("127.0.0.1", "10.0.0.1", "192.168.1.1", "172.16.0.1", "100.64.0.1", "::1", "fd00::1", "fe80::1", "0.0.0.0")) {
			assertThat(locator.locate(address)).as(address).isEmpty();
		}
	}

	@Test
	void answersEmptyForTextThatIsNotAnAddress() {
		GeoLocator locator = bundled();

		assertThat(locator.locate((String) null)).isEmpty();
		assertThat(locator.locate("")).isEmpty();
		assertThat(locator.locate("dns.google")).isEmpty();
		assertThat(locator.locate("8.8.8.8.8")).isEmpty();
		assertThat(locator.locate("\u0000".repeat(3000))).isEmpty();
	}

	@Test
	void fallsBackToTheBundledDatabaseWhenTheConfiguredFileIsMissingOrBroken() throws IOException {
		Path broken = Files.write(dir.resolve("broken.mmdb"), new byte[] { 1, 2, 3 });

		assertThat(new GeoLocator(Optional.of(dir.resolve("missing.mmdb")), "geo/absent.mmdb").isEnabled()).isFalse();
		assertThat(new GeoLocator(Optional.of(broken), "geo/absent.mmdb").isEnabled()).isFalse();
		assertThat(bundled().source()).hasValue("classpath:" + GeoLocator.BUNDLED_DATABASE);
	}

	@Test
	void saysOnceThatGeolocationIsOffWhenThereIsNoDatabase(CapturedOutput output) {
		GeoLocator locator = new GeoLocator(Optional.empty(), "geo/absent.mmdb");

		assertThat(locator.isEnabled()).isFalse();
		assertThat(locator.locate("8.8.8.8")).isEmpty();
		assertThat(output.getAll().lines().filter(line -> line.contains("Geolocation is off: ")).count()).isEqualTo(1);
	}

	@Test
	void placesMostPublicAddresses() {
		GeoLocator locator = bundled();
		int lookups = 20_000;

		long placed = 0;
		for (int i = 0; i < lookups; i++) {
			placed += locator.locate("%d.%d.%d.%d".formatted(1 + i % 223, (i / 7) % 256, (i / 3) % 256, i % 256)).isPresent() ? 1 : 0;
		}
		assertThat(placed).isGreaterThan(lookups / 2);
	}

	private static GeoLocator bundled() {
		org.junit.jupiter.api.Assumptions.assumeTrue(
				GeoLocator.class.getClassLoader().getResource(GeoLocator.BUNDLED_DATABASE) != null,
				"The bundled DB-IP country database is absent (npm was unavailable when the build ran), so it is not tested");
		return new GeoLocator(Optional.empty());
	}
}
