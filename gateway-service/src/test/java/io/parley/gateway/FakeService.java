package io.parley.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/**
 * A real local HTTP server standing in for a Parley service behind the gateway. It records what the gateway
 * forwarded and answers like a service does, with the request id it was given. A request header
 * {@code X-Test-Behaviour} makes it slow ({@code slow}) or hang up without answering ({@code hang-up}).
 */
final class FakeService implements AutoCloseable {

	private final HttpServer server;
	private final List<Headers> received = new CopyOnWriteArrayList<>();

	private FakeService(HttpServer server) {
		this.server = server;
	}

	static FakeService start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
			FakeService fake = new FakeService(server);
			server.createContext("/", exchange -> {
				fake.received.add(exchange.getRequestHeaders());
				exchange.getRequestBody().readAllBytes();
				String behaviour = exchange.getRequestHeaders().getFirst("X-Test-Behaviour");
				if ("hang-up".equals(behaviour)) {
					exchange.close();
					return;
				}
				if ("slow".equals(behaviour)) {
					sleep(3_000);
				}
				byte[] body = "{\"success\":true}".getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
				if (requestId != null) {
					exchange.getResponseHeaders().set("X-Request-Id", requestId);
				}
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
				exchange.close();
			});
			server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
			server.start();
			return fake;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String url() {
		return "http://localhost:" + server.getAddress().getPort();
	}

	List<Headers> received() {
		return received;
	}

	Headers last() {
		return received.get(received.size() - 1);
	}

	/** A port nothing listens on: a service that is down. */
	static String downServiceUrl() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return "http://localhost:" + socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
