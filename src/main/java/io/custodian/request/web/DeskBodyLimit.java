package io.custodian.request.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every body sent to the request desk (API JSON, privacy center forms, codes) at {@link #MAX_BYTES}: a larger
 * one, declared or streamed, is answered 413 with a problem naming {@code body} before anything reads it.
 */
final class DeskBodyLimit extends OncePerRequestFilter {

	static final int MAX_BYTES = 256 * 1024;

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Body too large\",\"status\":413,"
			+ "\"detail\":\"body: must be at most " + MAX_BYTES + " bytes\",\"errors\":[{\"field\":\"body\","
			+ "\"reason\":\"must be at most " + MAX_BYTES + " bytes\"}]}";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!WRITES.contains(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > MAX_BYTES) {
			refuse(response);
			return;
		}
		if (isForm(request)) {
			chain.doFilter(request, response);
			return;
		}
		var body = request.getInputStream().readNBytes(MAX_BYTES + 1);
		if (body.length > MAX_BYTES) {
			refuse(response);
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	/** Form and multipart bodies are read by the container, whose own limits bound them when streamed. */
	private static boolean isForm(HttpServletRequest request) {
		var type = request.getContentType();
		return type != null && (type.toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
				|| type.toLowerCase().startsWith("multipart/"));
	}

	private static void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setHeader("Connection", "close");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write(PROBLEM);
	}

	/** The request with its body already read, within the limit. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			var in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body is already read");
				}
			};
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}
	}
}
