package io.custodian.account.social;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.custodian.customer.CustomerField;

/**
 * The providers Custodian knows: their endpoints, the scopes that carry profile and email, and which customer fields
 * each scope may fill. Any other OpenID Connect provider is configured by its issuer and uses {@link #OIDC}.
 */
public enum Preset {

	OIDC("OpenID Connect", null, null, null, null, null, null, "sub", List.of("openid", "profile", "email"), false),
	GITHUB("GitHub", null, "https://github.com/login/oauth/authorize", "https://github.com/login/oauth/access_token",
			"https://api.github.com/user", null, null, "id", List.of("read:user", "user:email"), false),
	GOOGLE("Google", "https://accounts.google.com", "https://accounts.google.com/o/oauth2/v2/auth",
			"https://oauth2.googleapis.com/token", "https://openidconnect.googleapis.com/v1/userinfo",
			"https://www.googleapis.com/oauth2/v3/certs", "https://oauth2.googleapis.com/revoke", "sub",
			List.of("openid", "profile", "email"), false),
	MICROSOFT("Microsoft", null, "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
			"https://login.microsoftonline.com/common/oauth2/v2.0/token", "https://graph.microsoft.com/oidc/userinfo",
			"https://login.microsoftonline.com/common/discovery/v2.0/keys", null, "sub",
			List.of("openid", "profile", "email"), false),
	LINKEDIN("LinkedIn", "https://www.linkedin.com/oauth", "https://www.linkedin.com/oauth/v2/authorization",
			"https://www.linkedin.com/oauth/v2/accessToken", "https://api.linkedin.com/v2/userinfo",
			"https://www.linkedin.com/oauth/openid/jwks", "https://www.linkedin.com/oauth/v2/revoke", "sub",
			List.of("openid", "profile", "email"), true),
	FACEBOOK("Facebook", null, "https://www.facebook.com/v21.0/dialog/oauth",
			"https://graph.facebook.com/v21.0/oauth/access_token", "https://graph.facebook.com/me?fields=id,name,email",
			null, null, "id", List.of("public_profile", "email"), true),
	X("X", null, "https://x.com/i/oauth2/authorize", "https://api.x.com/2/oauth2/token", "https://api.x.com/2/users/me",
			null, "https://api.x.com/2/oauth2/revoke", "id", List.of("users.read", "tweet.read"), false);

	private static final Map<String, Set<CustomerField>> STANDARD = Map.of(
			"profile", Set.of(CustomerField.NAME, CustomerField.PREFERRED_LANGUAGE),
			"email", Set.of(CustomerField.EMAIL), "phone", Set.of(CustomerField.PHONE),
			"address", Set.of(CustomerField.POSTAL_ADDRESS, CustomerField.COUNTRY),
			"https://www.googleapis.com/auth/userinfo.profile", Set.of(CustomerField.NAME, CustomerField.PREFERRED_LANGUAGE),
			"https://www.googleapis.com/auth/userinfo.email", Set.of(CustomerField.EMAIL));

	private final String displayName;

	private final String issuer;

	private final String authorizationUri;

	private final String tokenUri;

	private final String userInfoUri;

	private final String jwkSetUri;

	private final String revocationUri;

	private final String userNameAttribute;

	private final List<String> scopes;

	private final boolean secretInBody;

	Preset(String displayName, String issuer, String authorizationUri, String tokenUri, String userInfoUri,
			String jwkSetUri, String revocationUri, String userNameAttribute, List<String> scopes, boolean secretInBody) {
		this.displayName = displayName;
		this.issuer = issuer;
		this.authorizationUri = authorizationUri;
		this.tokenUri = tokenUri;
		this.userInfoUri = userInfoUri;
		this.jwkSetUri = jwkSetUri;
		this.revocationUri = revocationUri;
		this.userNameAttribute = userNameAttribute;
		this.scopes = scopes;
		this.secretInBody = secretInBody;
	}

	public static Optional<Preset> fromId(String id) {
		if (id == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(valueOf(id.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The customer fields a granted scope may fill with this provider. */
	public Set<CustomerField> fieldsOf(String scope) {
		return switch (this) {
			case GITHUB -> switch (scope) {
				case "read:user" -> Set.of(CustomerField.NAME);
				case "user:email" -> Set.of(CustomerField.EMAIL);
				case "user" -> Set.of(CustomerField.NAME, CustomerField.EMAIL);
				default -> Set.of();
			};
			case FACEBOOK -> switch (scope) {
				case "public_profile" -> Set.of(CustomerField.NAME);
				case "email" -> Set.of(CustomerField.EMAIL);
				default -> Set.of();
			};
			case X -> "users.read".equals(scope) ? Set.of(CustomerField.NAME) : Set.of();
			default -> STANDARD.getOrDefault(scope, Set.of());
		};
	}

	public String displayName() {
		return displayName;
	}

	String issuer() {
		return issuer;
	}

	String authorizationUri() {
		return authorizationUri;
	}

	String tokenUri() {
		return tokenUri;
	}

	String userInfoUri() {
		return userInfoUri;
	}

	String jwkSetUri() {
		return jwkSetUri;
	}

	String revocationUri() {
		return revocationUri;
	}

	String userNameAttribute() {
		return userNameAttribute;
	}

	List<String> scopes() {
		return scopes;
	}

	boolean secretInBody() {
		return secretInBody;
	}
}
