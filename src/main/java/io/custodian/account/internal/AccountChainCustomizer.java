package io.custodian.account.internal;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/** Adds to the customers' security chain (the SNS sign-in and connection flow); applied in bean order. */
public interface AccountChainCustomizer {

	void customize(HttpSecurity http) throws Exception;
}
