package io.custodian.request.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class DeskBodyLimitTests {

	private final DeskBodyLimit limit = new DeskBodyLimit();

	@Test
	void refusesAStreamedBodyOverTheLimitThatDeclaresNoLength() throws Exception {
		var request = streamed(new byte[DeskBodyLimit.MAX_BYTES + 1]);
		var response = new MockHttpServletResponse();
		var chain = new MockFilterChain();

		limit.doFilter(request, response, chain);

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"field\":\"body\"");
		assertThat(chain.getRequest()).isNull();
	}

	@Test
	void passesAStreamedBodyWithinTheLimitOnWhole() throws Exception {
		var body = "{\"email\":\"ada@example.com\"}".getBytes(StandardCharsets.UTF_8);
		var response = new MockHttpServletResponse();
		var chain = new MockFilterChain();

		limit.doFilter(streamed(body), response, chain);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(chain.getRequest().getInputStream().readAllBytes()).isEqualTo(body);
		assertThat(chain.getRequest().getContentLengthLong()).isEqualTo(body.length);
	}

	private static MockHttpServletRequest streamed(byte[] body) {
		var request = new MockHttpServletRequest("POST", "/api/v1/privacy-requests") {
			@Override
			public long getContentLengthLong() {
				return -1;
			}

			@Override
			public int getContentLength() {
				return -1;
			}
		};
		request.setContentType("application/json");
		request.setContent(body);
		return request;
	}
}
