package io.custodian.security.internal;

import java.security.SecureRandom;
import java.util.Base64;

import io.custodian.security.SecuritySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On the first start, creates the admin account, with the configured password or a random one logged once. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BootstrapAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

	private final StaffAccounts accounts;

	private final StaffDirectory staff;

	private final SecuritySettings settings;

	BootstrapAdmin(StaffAccounts accounts, StaffDirectory staff, SecuritySettings settings) {
		this.accounts = accounts;
		this.staff = staff;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.count() > 0) {
			return;
		}
		var configured = settings.adminPassword() != null && !settings.adminPassword().isBlank();
		var password = configured ? settings.adminPassword() : randomPassword();
		try {
			staff.create(settings.adminUsername(), "Administrator", password, "admin");
		}
		catch (io.custodian.system.InvalidInput e) {
			throw new IllegalStateException("Cannot create the admin account: " + e.getBody().getDetail()
					+ " (set CUSTODIAN_ADMIN_PASSWORD to at least " + StaffDirectory.MIN_PASSWORD + " characters)", e);
		}
		if (configured) {
			log.info("Created the admin account '{}' with the password from CUSTODIAN_ADMIN_PASSWORD",
					settings.adminUsername());
		}
		else {
			log.warn("""

					=====================================================================
					  Created the admin account '{}' with this one-time password:
					      {}
					  It is shown only now. Sign in at /login and change it, or set
					  CUSTODIAN_ADMIN_PASSWORD before the first start.
					=====================================================================""",
					settings.adminUsername(), password);
		}
	}

	private static String randomPassword() {
		var bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
