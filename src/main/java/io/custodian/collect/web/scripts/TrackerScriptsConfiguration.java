package io.custodian.collect.web.scripts;

import io.custodian.security.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The compatibility trackers are public: any site's page loads them without a login. */
@Configuration
class TrackerScriptsConfiguration {

	@Bean
	PublicEndpoints compatibilityTrackerScripts() {
		return PublicEndpoints.of("/matomo.js", "/piwik.js", "/script.js", "/umami/script.js", "/js/script.js",
				"/js/script.*.js", "/js/plausible.js", "/js/plausible.*.js", "/js/pa-*.js");
	}
}
