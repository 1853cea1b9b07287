package io.custodian.account.social;

import java.net.http.HttpClient;

import io.custodian.account.AccountSettings;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;

/** Every call to an SNS provider (discovery, token, user info, keys, revocation) with the configured timeouts. */
@Component
public class SnsHttp {

	private final ClientHttpRequestFactory factory;

	SnsHttp(AccountSettings settings) {
		var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(settings.sns().connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		var jdk = new JdkClientHttpRequestFactory(client);
		jdk.setReadTimeout(settings.sns().readTimeout());
		this.factory = jdk;
	}

	public ClientHttpRequestFactory requestFactory() {
		return factory;
	}
}
