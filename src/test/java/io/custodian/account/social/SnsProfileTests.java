package io.custodian.account.social;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.custodian.account.social.web.GrantedScopes;
import io.custodian.customer.CustomerField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which fields a granted scope may fill per provider, and how values are read from claims. */
class SnsProfileTests {

	@Test
	void standardScopesFillTheirFieldsAndOpenidAlonePointsToNoField() {
		assertThat(Preset.OIDC.fieldsOf("openid")).isEmpty();
		assertThat(Preset.OIDC.fieldsOf("profile")).containsExactlyInAnyOrder(CustomerField.NAME,
				CustomerField.PREFERRED_LANGUAGE);
		assertThat(Preset.OIDC.fieldsOf("address")).containsExactlyInAnyOrder(CustomerField.POSTAL_ADDRESS,
				CustomerField.COUNTRY);
		assertThat(Preset.GOOGLE.fieldsOf("https://www.googleapis.com/auth/userinfo.email"))
			.containsExactly(CustomerField.EMAIL);
	}

	@Test
	void providerScopesMapToTheirOwnFields() {
		assertThat(Preset.GITHUB.fieldsOf("read:user")).containsExactly(CustomerField.NAME);
		assertThat(Preset.GITHUB.fieldsOf("user:email")).containsExactly(CustomerField.EMAIL);
		assertThat(Preset.GITHUB.fieldsOf("profile")).isEmpty();
		assertThat(Preset.FACEBOOK.fieldsOf("public_profile")).containsExactly(CustomerField.NAME);
		assertThat(Preset.X.fieldsOf("users.read")).containsExactly(CustomerField.NAME);
	}

	@Test
	void githubsCommaSeparatedScopesAreSplit() {
		assertThat(GrantedScopes.of(List.of("read:user,user:email"))).containsExactly("read:user", "user:email");
	}

	@Test
	void onlyTheAskedFieldsAreReadAndValuesTheVaultWouldRefuseAreLeftOut() {
		var claims = Map.<String, Object>of("name", "Ada", "email", "ada@example.com", "phone_number", "not a phone",
				"locale", Map.of("language", "en", "country", "GB"), "address", Map.of("formatted", "1 Road", "country", "XX"));

		var values = SnsProfile.values(claims, Set.of(CustomerField.NAME, CustomerField.PHONE,
				CustomerField.PREFERRED_LANGUAGE, CustomerField.COUNTRY, CustomerField.POSTAL_ADDRESS));

		assertThat(values).containsOnlyKeys(CustomerField.NAME, CustomerField.PREFERRED_LANGUAGE,
				CustomerField.POSTAL_ADDRESS);
		assertThat(values.get(CustomerField.PREFERRED_LANGUAGE)).isEqualTo("en-GB");
	}

	@Test
	void anUnverifiedEmailIsLeftOut() {
		assertThat(SnsProfile.values(Map.of("email", "x@example.com", "email_verified", false),
				Set.of(CustomerField.EMAIL))).isEmpty();
	}
}
