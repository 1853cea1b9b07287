package io.custodian.account.social.web;

/**
 * Why an SNS sign-in or connection did not happen, as the problem page shows it: status, a reason code (the audit
 * chain records the same), a title and a sentence saying what to do; the provider's name when it is known.
 */
record SnsProblem(int status, String reason, String title, String detail, String providerName, boolean signedIn) {

	static SnsProblem of(String reason, String providerName, boolean signedIn) {
		var name = providerName == null ? "the provider" : providerName;
		return switch (reason) {
			case "unknown-provider" -> new SnsProblem(404, reason, "Unknown provider",
					"There is no provider by that name here. Nothing was stored; choose one of the providers "
							+ "offered on the page.", null,
					signedIn);
			case "provider-unavailable" -> new SnsProblem(503, reason, name + " cannot be reached",
					name + " does not answer at the moment. Nothing was stored; please try again later.", providerName,
					signedIn);
			case "state" -> new SnsProblem(400, reason, "This attempt is not known here",
					"The answer from " + name + " does not belong to an attempt started here: it expired, was used "
							+ "already, or was started elsewhere. Nothing was stored; please start again.",
					providerName, signedIn);
			case "id-token" -> new SnsProblem(400, reason, name + "'s answer could not be trusted",
					"The identity token from " + name + " failed the checks (signature, issuer, audience, nonce or "
							+ "expiry). Nothing was stored.", providerName, signedIn);
			case "code" -> new SnsProblem(400, reason, name + " did not accept the sign-in",
					name + " refused the authorization code: it expired or was used already. Nothing was stored; "
							+ "please start again.", providerName, signedIn);
			case "declined" -> new SnsProblem(400, reason, "Not connected",
					"You did not allow access at " + name + ". Nothing was stored.", providerName, signedIn);
			case "provider-failed" -> new SnsProblem(502, reason, name + " did not answer as expected",
					name + " answered with an error or not in time. Nothing was stored; please try again later.",
					providerName, signedIn);
			case "not-connected" -> new SnsProblem(403, reason, "No account is connected to this " + name + " account",
					"To sign in with " + name + ", first sign in with the link or code we send to your email address, "
							+ "then connect your " + name + " account on the page \"Connected accounts\". Nothing was "
							+ "stored.", providerName, signedIn);
			default -> new SnsProblem(400, "refused", "Not connected",
					"The answer from " + name + " was refused. Nothing was stored.", providerName, signedIn);
		};
	}

	/** A refusal with its own sentence (an account connected elsewhere, another account of the same provider). */
	static SnsProblem refused(int status, String reason, String detail, String providerName, boolean signedIn) {
		return new SnsProblem(status, reason, "Not connected", detail, providerName, signedIn);
	}
}
