package io.parley.learning.llm;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.parley.learning.domain.ExtractedFact;
import io.parley.learning.domain.ExtractionRequest;
import io.parley.learning.domain.TenantCategory;
import io.parley.llm.LlmSettings;
import io.parley.llm.LlmSettings.Provider;
import io.parley.learning.local.LocalFactExtractor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The LLM path against real local HTTP servers that speak OpenAI's chat-completions API and Ollama's chat API, well
 * or badly: a valid answer becomes the facts, anything else falls back to the local extractor.
 */
class LlmFactExtractorTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String MESSAGE = "I moved to Lisbon last year and I'm really into surfing.";
	private static final String VALID = """
			{"facts": [
			  {"category": "personal", "type": "location", "key": "location", "value": "Lives in Lisbon",
			   "subject": "Lisbon", "confidence": 0.9, "stance": "neutral", "retracts": false},
			  {"category": "interests", "type": "topic_interest", "key": "interest_surfing", "value": "Loves surfing",
			   "subject": "surfing", "confidence": 0.8, "stance": "like", "retracts": false}
			]}""";

	private final LocalFactExtractor local = new LocalFactExtractor();
	private final List<String> bodies = new CopyOnWriteArrayList<>();
	private final List<String> paths = new CopyOnWriteArrayList<>();
	private final ExecutorService serverThreads = Executors.newCachedThreadPool();
	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
	private HttpServer server;
	private LlmFactExtractor extractor;

	@AfterEach
	void stop() {
		if (extractor != null) {
			extractor.close();
		}
		if (server != null) {
			server.stop(0);
		}
		serverThreads.shutdownNow();
	}

	@Test
	void anOpenAiAnswerBecomesTheFacts() {
		extractor = openAi(200, "```json\n" + VALID + "\n```", Duration.ZERO, Duration.ofSeconds(5));

		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t1", MESSAGE));

		assertThat(facts).extracting(ExtractedFact::key, ExtractedFact::value, ExtractedFact::exclusive,
				ExtractedFact::stance)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("location", "Lives in Lisbon", true, 0),
					org.assertj.core.groups.Tuple.tuple("interest_surfing", "Loves surfing", false, 1));
		assertThat(extractor.name()).isEqualTo("llm:openai:m");
		assertThat(fallbacks()).isZero();
		assertThat(paths).containsExactly("/v1/chat/completions");
		JsonNode body = JSON.readTree(bodies.get(0));
		assertThat(body.path("response_format").path("type").asString()).isEqualTo("json_object");
		assertThat(body.path("messages").get(0).path("content").asString()).contains("my brother loves jazz");
		assertThat(body.path("messages").get(1).path("content").asString()).contains(MESSAGE);
	}

	@Test
	void anOllamaAnswerBecomesTheFactsAndTenantCategoriesAreOffered() {
		extractor = ollama(200, "Here you go: " + VALID.replace("\"interests\"", "\"water_sports\""), Duration.ZERO);

		List<ExtractedFact> facts = extractor.extract(new ExtractionRequest("t1", MESSAGE,
				List.of(new TenantCategory("water_sports", List.of("surf", "sail")))));

		assertThat(facts).extracting(ExtractedFact::category).containsExactly("personal", "water_sports");
		assertThat(paths).containsExactly("/api/chat");
		assertThat(bodies.get(0)).contains("water_sports").contains(MESSAGE);
	}

	@Test
	void aFactWhoseSubjectIsNotInTheMessageIsDropped() {
		extractor = openAi(200, VALID.replace("\"subject\": \"surfing\"", "\"subject\": \"skydiving\""), Duration.ZERO,
				Duration.ofSeconds(5));

		assertThat(extractor.extract(ExtractionRequest.of("t1", MESSAGE))).extracting(ExtractedFact::key)
			.containsExactly("location");
		assertThat(fallbacks()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "I cannot help with that.", "{\"facts\": \"none\"}",
			"{\"facts\": [{\"category\": \"astrology\", \"type\": \"t\", \"key\": \"k\", \"value\": \"v\", \"subject\": \"Lisbon\", \"confidence\": 0.5, \"stance\": \"like\", \"retracts\": false}]}",
			"{\"facts\": [{\"category\": \"personal\", \"type\": \"Bad Type\", \"key\": \"k\", \"value\": \"v\", \"subject\": \"Lisbon\", \"confidence\": 0.5, \"stance\": \"like\", \"retracts\": false}]}",
			"{\"facts\": [{\"category\": \"personal\", \"type\": \"t\", \"key\": \"k\", \"value\": \"v\", \"subject\": \"Lisbon\", \"confidence\": 1.5, \"stance\": \"like\", \"retracts\": false}]}",
			"{\"facts\": [{\"category\": \"personal\", \"type\": \"t\", \"key\": \"k\", \"value\": \"v\", \"subject\": \"Lisbon\", \"confidence\": 0.5, \"stance\": \"love\", \"retracts\": false}]}",
			"{\"facts\": [{\"category\": \"personal\", \"type\": \"t\", \"key\": \"k\", \"value\": \"v\", \"subject\": \"Lisbon\", \"confidence\": 0.5, \"stance\": \"like\"}]}" })
	void anInvalidAnswerFallsBackToTheLocalExtractor(String answer) {
		extractor = openAi(200, answer, Duration.ZERO, Duration.ofSeconds(5));

		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t1", MESSAGE));

		assertThat(facts).isEqualTo(local.extract(ExtractionRequest.of("t1", MESSAGE)));
		assertThat(fallbacks("invalid")).isEqualTo(1);
	}

	@Test
	void aServerErrorFallsBackWithoutRetrying() {
		extractor = openAi(500, null, Duration.ZERO, Duration.ofSeconds(5));

		assertThat(extractor.extract(ExtractionRequest.of("t1", MESSAGE))).isNotEmpty();
		assertThat(fallbacks("error")).isEqualTo(1);
		assertThat(paths).hasSize(1);
	}

	@Test
	void aSlowServerFallsBackWithinTheTimeout() {
		Duration timeout = Duration.ofSeconds(1);
		extractor = openAi(200, VALID, Duration.ofSeconds(4), timeout);

		long started = System.nanoTime();
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t1", MESSAGE));

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(timeout.plusSeconds(1));
		assertThat(facts).isEqualTo(local.extract(ExtractionRequest.of("t1", MESSAGE)));
		assertThat(fallbacks("timeout")).isEqualTo(1);
	}

	private LlmFactExtractor openAi(int status, String content, Duration delay, Duration timeout) {
		start("/v1/chat/completions", status, content, delay, answer -> Map.of("id", "x", "object", "chat.completion",
				"created", 1, "model", "m",
				"choices", List.of(Map.of("index", 0, "message", Map.of("role", "assistant", "content", answer),
						"finish_reason", "stop")),
				"usage", Map.of("prompt_tokens", 1, "completion_tokens", 1, "total_tokens", 2)));
		return LlmFactExtractor.of(new LlmSettings(Provider.OPENAI, baseUrl() + "/v1", "m", "test-key", timeout, 4,
				true), local, meters);
	}

	private LlmFactExtractor ollama(int status, String content, Duration delay) {
		start("/api/chat", status, content, delay, answer -> Map.of("model", "m", "created_at", "2024-01-01T00:00:00Z",
				"message", Map.of("role", "assistant", "content", answer), "done", true));
		return LlmFactExtractor.of(new LlmSettings(Provider.OLLAMA, baseUrl(), "m", null, Duration.ofSeconds(5), 4,
				true), local, meters);
	}

	private void start(String path, int status, String content, Duration delay, Function<String, Object> envelope) {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		server.setExecutor(serverThreads);
		server.createContext("/", exchange -> {
			try (exchange) {
				bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
				paths.add(exchange.getRequestURI().getPath());
				if (!delay.isZero()) {
					Thread.sleep(delay.toMillis());
				}
				if (!exchange.getRequestURI().getPath().equals(path)) {
					respond(exchange, 404, "{\"error\":\"not found\"}");
				}
				else if (status != 200) {
					respond(exchange, status, "{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}");
				}
				else {
					respond(exchange, 200, JSON.writeValueAsString(envelope.apply(content)));
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		server.start();
	}

	private static void respond(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	private double fallbacks(String reason) {
		return meters.counter(LlmFactExtractor.FALLBACK_METRIC, "reason", reason).count();
	}

	private double fallbacks() {
		return meters.find(LlmFactExtractor.FALLBACK_METRIC).counters().stream().mapToDouble(c -> c.count()).sum();
	}
}
