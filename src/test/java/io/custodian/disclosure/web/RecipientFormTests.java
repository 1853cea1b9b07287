package io.custodian.disclosure.web;

import java.util.List;
import java.util.Map;

import io.custodian.system.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The console's allowed-fields text: one line per purpose, fields separated by commas. */
class RecipientFormTests {

	@Test
	void readsOneLinePerPurposeAndWritesItBack() {
		var purposes = RecipientForm.purposes("gifts: name, postalAddress, phone\n\nsupport: email\n");
		assertThat(purposes).isEqualTo(Map.of("gifts", List.of("name", "postalAddress", "phone"), "support",
				List.of("email")));
		assertThat(RecipientForm.lines(Map.of("gifts", List.of("name", "phone")))).isEqualTo("gifts: name, phone");
	}

	@Test
	void refusesALineWithoutAPurpose() {
		assertThatThrownBy(() -> RecipientForm.purposes("name, phone")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("purposes");
	}

	@Test
	void anUncheckedActiveBoxDeactivatesAndABadDateIsNamed() {
		var form = new RecipientForm("P", "processor", "P GmbH", "DE", "", "DPA", "", "", null, "");
		assertThat(form.toInput().active()).isFalse();
		var bad = new RecipientForm("P", "processor", "P GmbH", "DE", "", "DPA", "31.12.2027", "", true, "");
		assertThatThrownBy(bad::toInput).isInstanceOf(InvalidInput.class).hasMessageContaining("contractExpires");
	}
}
