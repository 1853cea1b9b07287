package io.custodian.account.social;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * A provider endpoint under the test's control: answers a status (500, 503, 200) or never answers, and records the
 * bodies it was sent.
 */
final class FlakyEndpoint implements AutoCloseable {

	private final HttpServer server;

	private volatile int status = 503;

	private volatile boolean silent;

	final CopyOnWriteArrayList<String> received = new CopyOnWriteArrayList<>();

	FlakyEndpoint() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		server.setExecutor(Executors.newCachedThreadPool());
		server.createContext("/", exchange -> {
			received.add(exchange.getRequestURI().getPath() + " "
					+ new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			if (silent) {
				try {
					Thread.sleep(20_000);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			var error = status == 400 ? "invalid_grant" : "temporarily_unavailable";
			var body = status >= 400 ? ("{\"error\":\"" + error + "\"}").getBytes(StandardCharsets.UTF_8)
					: new byte[0];
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
	}

	String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	void answer(int status) {
		this.status = status;
		this.silent = false;
	}

	void neverAnswer() {
		this.silent = true;
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
