package io.custodian.disclosure.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A transfer outside the EU/EEA and the adequacy countries is a third-country transfer. */
class TransferCountriesTests {

	@Test
	void euEeaAndAdequacyCountriesAreNotThirdCountries() {
		assertThat(TransferCountries.thirdCountry("DE")).isFalse();
		assertThat(TransferCountries.thirdCountry("NO")).isFalse();
		assertThat(TransferCountries.thirdCountry("GB")).isFalse();
		assertThat(TransferCountries.thirdCountry("JP")).isFalse();
	}

	@Test
	void otherCountriesIncludingTheUnitedStatesAreThirdCountries() {
		assertThat(TransferCountries.thirdCountry("US")).isTrue();
		assertThat(TransferCountries.thirdCountry("IN")).isTrue();
		assertThat(TransferCountries.thirdCountry("CN")).isTrue();
	}
}
