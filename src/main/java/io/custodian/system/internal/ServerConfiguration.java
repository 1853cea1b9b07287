package io.custodian.system.internal;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tomcat as Custodian needs it: errors Tomcat answers itself are problems like every other error. */
@Configuration
class ServerConfiguration {

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemReports() {
		return factory -> factory.addContextCustomizers(context -> context.getParent().getPipeline()
			.addValve(new ProblemReportValve()));
	}
}
