package io.custodian.system;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import javax.net.ssl.SSLSession;

/**
 * Sends a request whose target no {@code java.net.URI} accepts ({@code ?a=%zz}) over a plain socket, as a careless
 * client would, and reads the answer's status, headers and body.
 */
final class RawHttp {

	private RawHttp() {
	}

	static HttpResponse<String> send(int port, String method, String target) throws IOException {
		try (var socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			var request = method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n"
					+ "Connection: close\r\n\r\n";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			var text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			var head = (end < 0 ? text : text.substring(0, end)).split("\r\n");
			var headers = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
			for (int i = 1; i < head.length; i++) {
				int colon = head[i].indexOf(':');
				if (colon > 0) {
					headers.put(head[i].substring(0, colon).strip(), List.of(head[i].substring(colon + 1).strip()));
				}
			}
			return new Answer(Integer.parseInt(head[0].split(" ")[1]), HttpHeaders.of(headers, (a, b) -> true),
					end < 0 ? "" : text.substring(end + 4));
		}
	}

	/** The parts of an answer the tests read. */
	private record Answer(int statusCode, HttpHeaders headers, String body) implements HttpResponse<String> {

		@Override
		public HttpRequest request() {
			return null;
		}

		@Override
		public Optional<HttpResponse<String>> previousResponse() {
			return Optional.empty();
		}

		@Override
		public Optional<SSLSession> sslSession() {
			return Optional.empty();
		}

		@Override
		public java.net.URI uri() {
			return null;
		}

		@Override
		public HttpClient.Version version() {
			return HttpClient.Version.HTTP_1_1;
		}
	}
}
