package io.custodian.account.social;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.custodian.account.AccountSettings;
import io.custodian.customer.CustomerField;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;

/**
 * The SNS providers of the settings as Spring Security client registrations. An OpenID Connect issuer is discovered
 * on first use and cached; one that cannot be reached fails that use only ({@link ProviderUnavailable}) and is tried
 * again after {@code discovery-retry}.
 */
@Component
public class SnsRegistrations implements ClientRegistrationRepository {

	static final String REVOCATION_ENDPOINT = "revocation_endpoint";

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	private final Map<String, AccountSettings.Provider> providers;

	private final AccountSettings.Sns settings;

	private final OidcDiscovery discovery;

	private final Map<String, ClientRegistration> resolved = new ConcurrentHashMap<>();

	private final Map<String, Instant> failedAt = new ConcurrentHashMap<>();

	SnsRegistrations(AccountSettings settings, OidcDiscovery discovery) {
		this.settings = settings.sns();
		this.providers = new TreeMap<>(settings.sns().providers());
		this.discovery = discovery;
		providers.forEach(SnsRegistrations::check);
	}

	@Override
	public ClientRegistration findByRegistrationId(String id) {
		var provider = id == null ? null : providers.get(id);
		if (provider == null) {
			return null;
		}
		var cached = resolved.get(id);
		if (cached != null) {
			return cached;
		}
		var failed = failedAt.get(id);
		if (failed != null && failed.plus(settings.discoveryRetry()).isAfter(Instant.now())) {
			throw new ProviderUnavailable(id, "its discovery document could not be read a moment ago");
		}
		try {
			var registration = build(id, provider);
			resolved.put(id, registration);
			failedAt.remove(id);
			return registration;
		}
		catch (ProviderUnavailable e) {
			failedAt.put(id, Instant.now());
			throw e;
		}
	}

	/** Whether the id names a configured provider. */
	public boolean isConfigured(String id) {
		return id != null && providers.containsKey(id);
	}

	/** The preset of a configured provider ({@link Preset#OIDC} for a plain issuer). */
	public Preset presetOf(String id) {
		return Optional.ofNullable(providers.get(id)).flatMap(p -> Preset.fromId(p.preset())).orElse(Preset.OIDC);
	}

	/** The configured providers, by display name, with the scopes asked for and the fields each may fill. */
	public List<SnsProvider> all() {
		var all = new ArrayList<SnsProvider>();
		providers.forEach((id, provider) -> {
			var preset = presetOf(id);
			var scopes = scopes(provider, preset);
			var fields = new TreeMap<String, java.util.Set<String>>();
			scopes.forEach(scope -> {
				var keys = new TreeSet<String>();
				preset.fieldsOf(scope).forEach(f -> keys.add(f.key()));
				fields.put(scope, keys);
			});
			var kind = provider.issuerUri() != null && provider.preset() == null ? "OpenID Connect " + provider.issuerUri()
					: preset.displayName();
			all.add(new SnsProvider(id, displayName(id), kind, scopes, fields));
		});
		all.sort(Comparator.comparing(SnsProvider::displayName, String.CASE_INSENSITIVE_ORDER));
		return all;
	}

	/** The provider's display name: the setting, else the preset's name, else its id. */
	public String displayName(String id) {
		var provider = providers.get(id);
		if (provider == null) {
			return id;
		}
		if (provider.displayName() != null && !provider.displayName().isBlank()) {
			return provider.displayName();
		}
		return provider.preset() != null ? presetOf(id).displayName() : id;
	}

	/** The customer fields the granted scopes of this provider may fill. */
	public java.util.Set<CustomerField> fieldsFor(String id, java.util.Collection<String> grantedScopes) {
		var preset = presetOf(id);
		var fields = new java.util.TreeSet<CustomerField>();
		grantedScopes.forEach(scope -> fields.addAll(preset.fieldsOf(scope)));
		return fields;
	}

	private ClientRegistration build(String id, AccountSettings.Provider provider) {
		var preset = presetOf(id);
		var metadata = provider.issuerUri() != null && provider.preset() == null ? discovery.discover(id, provider.issuerUri())
				: Map.<String, Object>of();
		var issuer = first(provider.issuerUri(), preset.issuer());
		var revocation = first(provider.revocationUri(), string(metadata.get(REVOCATION_ENDPOINT)), preset.revocationUri());
		var methods = metadata.get("token_endpoint_auth_methods_supported");
		var secretInBody = preset.secretInBody() || (methods instanceof List<?> list && !list.contains("client_secret_basic")
				&& list.contains("client_secret_post"));
		var builder = ClientRegistration.withRegistrationId(id)
			.clientId(provider.clientId())
			.clientSecret(provider.clientSecret())
			.clientName(displayName(id))
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.clientAuthenticationMethod(secretInBody ? ClientAuthenticationMethod.CLIENT_SECRET_POST
					: ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope(scopes(provider, preset))
			.authorizationUri(first(provider.authorizationUri(), string(metadata.get("authorization_endpoint")),
					preset.authorizationUri()))
			.tokenUri(first(provider.tokenUri(), string(metadata.get("token_endpoint")), preset.tokenUri()))
			.userInfoUri(first(provider.userInfoUri(), string(metadata.get("userinfo_endpoint")), preset.userInfoUri()))
			.jwkSetUri(first(provider.jwkSetUri(), string(metadata.get("jwks_uri")), preset.jwkSetUri()))
			.userNameAttributeName(first(provider.userNameAttribute(), preset.userNameAttribute()))
			.issuerUri(issuer);
		var configuration = new java.util.HashMap<String, Object>(metadata);
		if (revocation != null) {
			configuration.put(REVOCATION_ENDPOINT, revocation);
		}
		else {
			configuration.remove(REVOCATION_ENDPOINT);
		}
		return builder.providerConfigurationMetadata(configuration).build();
	}

	private List<String> scopes(AccountSettings.Provider provider, Preset preset) {
		return List.copyOf(new LinkedHashSet<>(provider.scopes().isEmpty() ? preset.scopes() : provider.scopes()));
	}

	private static void check(String id, AccountSettings.Provider provider) {
		var where = "custodian.account.sns.providers." + id;
		if (!ID.matcher(id).matches()) {
			throw new IllegalStateException(where + ": a provider id is lower-case letters, digits and -, at most 40");
		}
		if (provider.preset() != null && Preset.fromId(provider.preset()).filter(p -> p != Preset.OIDC).isEmpty()) {
			throw new IllegalStateException(where + ".preset: must be one of github, google, microsoft, linkedin, "
					+ "facebook, x (or leave it out and set issuer-uri)");
		}
		if (provider.preset() == null && provider.issuerUri() == null) {
			throw new IllegalStateException(where + ": set preset or issuer-uri");
		}
		if (provider.clientId() == null || provider.clientId().isBlank()) {
			throw new IllegalStateException(where + ".client-id: must be set");
		}
	}

	private static String string(Object value) {
		return value instanceof String s ? s : null;
	}

	private static String first(String... values) {
		for (var value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}
}
