package io.parley.delivery.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A partner's webhook receiver: a real HTTP server on 127.0.0.1 that records every request and answers as told. */
public final class Receiver implements AutoCloseable {

	public record Delivery(Map<String, List<String>> headers, String body, String path, long receivedNanos) {

		public String header(String name) {
			return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
				.map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
		}
	}

	public record Answer(int status, Map<String, String> headers, Duration delay, String body) {

		public static Answer status(int status) {
			return new Answer(status, Map.of(), Duration.ZERO, "");
		}

		public static Answer ok() {
			return new Answer(200, Map.of(), Duration.ZERO, "{\"received\":true}");
		}
	}

	/** How the receiver answers its n-th request (0-based). */
	public interface Behaviour {

		Answer answer(int index, Delivery delivery);
	}

	private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
	private final AtomicInteger requests = new AtomicInteger();
	private final ExecutorService threads = Executors.newCachedThreadPool();
	private final Behaviour behaviour;
	private HttpServer server;
	private int port;

	private Receiver(Behaviour behaviour) {
		this.behaviour = behaviour;
	}

	public static Receiver start(Behaviour behaviour) {
		Receiver receiver = new Receiver(behaviour);
		receiver.listen(0);
		return receiver;
	}

	public static Receiver accepting() {
		return start((index, delivery) -> Answer.ok());
	}

	/** Fails the first {@code failures} requests with {@code status}, then accepts. */
	public static Receiver failingFirst(int failures, int status) {
		return start((index, delivery) -> index < failures ? Answer.status(status) : Answer.ok());
	}

	private void listen(int wantedPort) {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", wantedPort), 100);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		server.setExecutor(threads);
		server.createContext("/", this::handle);
		server.start();
		port = server.getAddress().getPort();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Map<String, List<String>> headers = new LinkedHashMap<>();
		exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, new ArrayList<>(values)));
		Delivery delivery = new Delivery(headers, body, exchange.getRequestURI().getPath(), System.nanoTime());
		Answer answer = behaviour.answer(requests.getAndIncrement(), delivery);
		deliveries.add(delivery);
		if (!answer.delay().isZero()) {
			try {
				Thread.sleep(answer.delay().toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
		byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
		try {
			exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
			if (bytes.length > 0) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(bytes);
				}
			}
		}
		catch (IOException clientGone) {
			// The sender timed out and closed the connection.
		}
		exchange.close();
	}

	public String url() {
		return "http://127.0.0.1:" + port + "/hooks/parley";
	}

	public List<Delivery> deliveries() {
		return List.copyOf(deliveries);
	}

	public int requestCount() {
		return requests.get();
	}

	/** Takes the receiver down: connections to its port are refused. */
	public void stop() {
		server.stop(0);
	}

	/** Brings it back on the same port. */
	public void restart() {
		listen(port);
	}

	@Override
	public void close() {
		server.stop(0);
		threads.shutdownNow();
	}
}
