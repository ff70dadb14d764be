package io.parley.platform.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.json.JsonParserFactory;

/**
 * Debian's {@code chromium}, headless, driven over the DevTools protocol: navigate, evaluate JavaScript in the page,
 * take a screenshot. The binary is {@code $PARLEY_CHROMIUM}, else {@code /usr/bin/chromium}; each instance has a
 * fresh profile that is deleted on close.
 */
final class HeadlessChromium implements AutoCloseable {

	private final Process process;
	private final Path profile;
	private final WebSocket socket;
	private final AtomicInteger ids = new AtomicInteger();
	private final Map<Integer, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();

	private HeadlessChromium(Process process, Path profile, WebSocket socket) {
		this.process = process;
		this.profile = profile;
		this.socket = socket;
	}

	/**
	 * {@code $PARLEY_CHROMIUM}, else Debian's {@code /usr/bin/chromium}, which the test infrastructure installs itself
	 * (as it starts its own Kafka and database) when it is missing and the machine lets it: as root or with
	 * password-less sudo.
	 */
	private static synchronized String binary() throws Exception {
		String configured = System.getenv("PARLEY_CHROMIUM");
		if (configured != null) {
			if (!Files.isExecutable(Path.of(configured))) {
				throw new IllegalStateException("PARLEY_CHROMIUM=" + configured + " is not an executable file");
			}
			return configured;
		}
		Path debian = Path.of("/usr/bin/chromium");
		if (!Files.isExecutable(debian)) {
			System.out.println("Installing Debian's chromium package for the headless browser tests ...");
			boolean root = "root".equals(System.getProperty("user.name"));
			List<String> sudo = root ? List.of() : List.of("sudo", "-n");
			run(sudo, "apt-get", "update", "-qq");
			run(sudo, "apt-get", "install", "-y", "-qq", "chromium");
		}
		if (!Files.isExecutable(debian)) {
			throw new IllegalStateException("No Chromium at " + debian
					+ " and it could not be installed: run 'apt-get install -y chromium' or set PARLEY_CHROMIUM");
		}
		return debian.toString();
	}

	private static void run(List<String> prefix, String... command) throws Exception {
		List<String> full = new ArrayList<>(prefix);
		full.addAll(List.of(command));
		ProcessBuilder builder = new ProcessBuilder(full).inheritIO();
		builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
		if (builder.start().waitFor() != 0) {
			throw new IllegalStateException("'" + String.join(" ", full) + "' failed: install Chromium by hand "
					+ "(apt-get install -y chromium) or set PARLEY_CHROMIUM");
		}
	}

	static HeadlessChromium start(int width, int height) throws Exception {
		String binary = binary();
		Path profile = Files.createTempDirectory("parley-chromium");
		Process process = new ProcessBuilder(binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=" + width + "," + height,
				"about:blank")
			.redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
		Path portFile = profile.resolve("DevToolsActivePort");
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				throw new IllegalStateException("Chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
			}
			Thread.sleep(100);
		}
		String port = Files.readAllLines(portFile).get(0).trim();
		HttpClient http = HttpClient.newHttpClient();
		String pageSocket = null;
		while (pageSocket == null) {
			String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			for (Object target : JsonParserFactory.getJsonParser().parseList(list)) {
				Map<?, ?> t = (Map<?, ?>) target;
				if ("page".equals(t.get("type"))) {
					pageSocket = (String) t.get("webSocketDebuggerUrl");
				}
			}
			if (pageSocket == null) {
				Thread.sleep(100);
			}
		}
		HeadlessChromium[] self = new HeadlessChromium[1];
		WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
			private final StringBuilder text = new StringBuilder();

			@Override
			public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
				text.append(data);
				if (last) {
					String message = text.toString();
					text.setLength(0);
					self[0].received(message);
				}
				webSocket.request(1);
				return null;
			}
		}).get(10, TimeUnit.SECONDS);
		self[0] = new HeadlessChromium(process, profile, socket);
		self[0].call("Emulation.setDeviceMetricsOverride", "{\"width\":" + width + ",\"height\":" + height
				+ ",\"deviceScaleFactor\":1,\"mobile\":false}");
		return self[0];
	}

	private void received(String message) {
		Map<String, Object> parsed = JsonParserFactory.getJsonParser().parseMap(message);
		Object id = parsed.get("id");
		if (id instanceof Number number) {
			CompletableFuture<Map<String, Object>> waiting = pending.remove(number.intValue());
			if (waiting != null) {
				waiting.complete(parsed);
			}
		}
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> call(String method, String paramsJson) throws Exception {
		int id = ids.incrementAndGet();
		CompletableFuture<Map<String, Object>> answer = new CompletableFuture<>();
		pending.put(id, answer);
		socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + paramsJson + "}", true).join();
		Map<String, Object> response = answer.get(30, TimeUnit.SECONDS);
		if (response.containsKey("error")) {
			throw new IllegalStateException(method + " failed: " + response.get("error"));
		}
		return (Map<String, Object>) response.get("result");
	}

	void navigate(String url) throws Exception {
		call("Page.navigate", "{\"url\":" + quote(url) + "}");
	}

	/** Evaluates a JavaScript expression in the page and returns its value as text (null if undefined). */
	@SuppressWarnings("unchecked")
	String evaluate(String expression) throws Exception {
		Map<String, Object> result = call("Runtime.evaluate", "{\"expression\":" + quote(expression)
				+ ",\"returnByValue\":true}");
		Map<String, Object> value = (Map<String, Object>) result.get("result");
		Object v = value.get("value");
		return v == null ? null : v.toString();
	}

	void screenshot(Path file) throws Exception {
		Map<String, Object> result = call("Page.captureScreenshot", "{\"format\":\"png\",\"captureBeyondViewport\":true}");
		Files.createDirectories(file.getParent());
		Files.write(file, Base64.getDecoder().decode((String) result.get("data")));
	}

	static String quote(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return out.append('"').toString();
	}

	@Override
	public void close() {
		socket.abort();
		process.destroy();
		try {
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
			try (var files = Files.walk(profile)) {
				files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
