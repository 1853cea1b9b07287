package io.custodian.site;

import java.util.Arrays;
import java.util.Optional;

/** What a site collects from visitors who have not consented to analytics cookies. */
public enum CookieMode {

	/** No cookie, no storage; visitors counted by a daily-rotating salted hash on the server. */
	COOKIELESS("cookieless"),
	/** Nothing at all. */
	NONE("none");

	private final String id;

	CookieMode(String id) {
		this.id = id;
	}

	public String id() {
		return id;
	}

	public static Optional<CookieMode> fromId(String id) {
		return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
	}
}
