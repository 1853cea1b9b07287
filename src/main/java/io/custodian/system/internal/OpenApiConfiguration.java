package io.custodian.system.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs: title, and the two ways to authenticate (Basic, Bearer token). */
@Configuration
class OpenApiConfiguration {

	@Bean
	OpenAPI custodianOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Custodian API").version("v1")
				.description("Self-hosted privacy platform: customer vault with purpose-bound reads, audit chain, "
						+ "staff and tokens, first-party collection. Errors are RFC 9457 problem details.")
				.license(new License().name("Proprietary")))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.description("An API token (cst_…) issued at POST /api/v1/tokens")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}
}
