package io.custodian;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A company's website on its own origin ({@code http://localhost:PORT}) with Custodian behind its reverse proxy at
 * the same origin, as production deployments do: the proxy forwards Custodian's paths and adds
 * {@code X-Forwarded-For} with the visitor's public address.
 */
public final class TestWebsite implements AutoCloseable {

	private static final Set<String> HOP_BY_HOP = Set.of("host", "connection", "content-length", "expect", "upgrade",
			"accept-encoding");

	private final HttpServer server;

	private final HttpClient http = HttpClient.newHttpClient();

	private final int custodianPort;

	private final String visitorAddress;

	private final Map<String, String> pages;

	private TestWebsite(int custodianPort, String visitorAddress, Map<String, String> pages) throws IOException {
		this.custodianPort = custodianPort;
		this.visitorAddress = visitorAddress;
		this.pages = pages;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::serve);
		this.server.start();
	}

	/** Serves the pages (path to HTML) and proxies everything else to Custodian. */
	public static TestWebsite start(int custodianPort, String visitorAddress, Map<String, String> pages) {
		try {
			return new TestWebsite(custodianPort, visitorAddress, pages);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public String url(String path) {
		return "http://localhost:" + server.getAddress().getPort() + path;
	}

	@Override
	public void close() {
		server.stop(0);
	}

	private void serve(HttpExchange exchange) throws IOException {
		var html = pages.get(exchange.getRequestURI().getPath());
		if (html == null) {
			proxy(exchange);
			return;
		}
		var body = html.getBytes(StandardCharsets.UTF_8);
		var path = exchange.getRequestURI().getPath();
		exchange.getResponseHeaders().set("Content-Type",
				path.endsWith(".js") || path.endsWith(".mjs") ? "text/javascript; charset=utf-8" : "text/html; charset=utf-8");
		exchange.sendResponseHeaders(200, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	private void proxy(HttpExchange exchange) throws IOException {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + custodianPort + exchange.getRequestURI()));
		exchange.getRequestHeaders().forEach((name, values) -> {
			if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
				values.forEach(v -> request.header(name, v));
			}
		});
		request.header("X-Forwarded-For", visitorAddress);
		var body = exchange.getRequestBody().readAllBytes();
		request.method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofByteArray(body));
		try {
			var response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			response.headers().firstValue("Content-Type").ifPresent(t -> exchange.getResponseHeaders().set("Content-Type", t));
			var bytes = response.body();
			exchange.sendResponseHeaders(response.statusCode(), bytes.length == 0 ? -1 : bytes.length);
			if (bytes.length > 0) {
				exchange.getResponseBody().write(bytes);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			exchange.sendResponseHeaders(502, -1);
		}
		finally {
			exchange.close();
		}
	}
}
