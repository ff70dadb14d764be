package io.parley.analysis.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.parley.analysis.domain.AnalysisRequest;
import io.parley.analysis.domain.MessageAnalysis;
import io.parley.llm.LlmSettings;
import io.parley.llm.LlmSettings.Provider;
import io.parley.analysis.local.LocalAnalyzer;
import io.parley.events.MessageCategory;
import io.parley.events.PriorityLevel;
import io.parley.events.ResponseTime;
import io.parley.events.SentimentLabel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The LLM path against real local HTTP servers that speak OpenAI's chat-completions API and Ollama's chat API, well
 * or badly.
 */
class LlmAnalyzerTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String MESSAGE = "My card was charged twice for order 4411, please refund it today";
	private static final String VALID = """
			{"urgency_score": 8, "category": "complaint", "sentiment": "negative", "sentiment_score": -0.7,
			 "keywords": ["charged twice", "refund", "order 4411"], "topics": ["billing"],
			 "priority_level": "high", "action_required": true, "recommended_response_time": "1hour",
			 "language": "en", "confidence": 0.9}""";

	private static LocalAnalyzer local;

	private final List<Recorded> received = new CopyOnWriteArrayList<>();
	private final ExecutorService serverThreads = Executors.newCachedThreadPool(r -> {
		Thread thread = new Thread(r, "fake-llm");
		thread.setDaemon(true);
		return thread;
	});
	private SimpleMeterRegistry meters;
	private HttpServer server;
	private LlmAnalyzer analyzer;

	record Recorded(String path, String authorization, String body) {
	}

	/** What the fake server does with a request: answer with this status and content after this delay. */
	record Behaviour(int status, String content, Duration delay) {

		static Behaviour answer(String content) {
			return new Behaviour(200, content, Duration.ZERO);
		}
	}

	@BeforeAll
	static void loadLocalAnalyzer() {
		local = new LocalAnalyzer(new AllMiniLmL6V2EmbeddingModel());
		local.analyze(request(MESSAGE)); // warm up, so that fallback timings measure the fallback, not class loading
	}

	@BeforeEach
	void meters() {
		meters = new SimpleMeterRegistry();
	}

	@AfterEach
	void stop() {
		if (analyzer != null) {
			analyzer.close();
		}
		if (server != null) {
			server.stop(0);
		}
		serverThreads.shutdownNow();
	}

	@Test
	void openAiAnswerBecomesTheAnalysis() {
		analyzer = openAi(Behaviour.answer("```json\n" + VALID + "\n```"), Duration.ofSeconds(5), 4);

		MessageAnalysis analysis = analyzer.analyze(request(MESSAGE));

		assertThat(analysis.urgencyScore()).isEqualTo(8);
		assertThat(analysis.category()).isEqualTo(MessageCategory.COMPLAINT);
		assertThat(analysis.sentiment()).isEqualTo(SentimentLabel.NEGATIVE);
		assertThat(analysis.sentimentScore()).isEqualTo(-0.7);
		assertThat(analysis.keywords()).containsExactly("charged twice", "refund", "order 4411");
		assertThat(analysis.topics()).containsExactly("billing");
		assertThat(analysis.priorityLevel()).isEqualTo(PriorityLevel.HIGH);
		assertThat(analysis.actionRequired()).isTrue();
		assertThat(analysis.recommendedResponseTime()).isEqualTo(ResponseTime.WITHIN_1_HOUR);
		assertThat(analysis.language()).isEqualTo("en");
		assertThat(analysis.confidence()).isEqualTo(0.9);
		assertThat(analysis.analyzer()).isEqualTo("llm:openai:m");
		assertThat(analysis.analyzerVersion()).isEqualTo(LlmAnalyzer.VERSION);
		assertThat(fallbacks()).isZero();

		assertThat(received).hasSize(1);
		Recorded request = received.get(0);
		assertThat(request.path()).isEqualTo("/v1/chat/completions");
		assertThat(request.authorization()).isEqualTo("Bearer test-key");
		JsonNode body = JSON.readTree(request.body());
		assertThat(body.path("model").asString()).isEqualTo("m");
		assertThat(body.path("response_format").path("type").asString()).isEqualTo("json_object");
		assertThat(body.path("messages").get(0).path("role").asString()).isEqualTo("system");
		assertThat(body.path("messages").get(0).path("content").asString()).contains("one JSON object only");
		assertThat(body.path("messages").get(1).path("content").asString()).contains(MESSAGE);
	}

	@Test
	void earlierMessagesAreSentAsContext() {
		analyzer = openAi(Behaviour.answer(VALID), Duration.ofSeconds(5), 4);
		MessageAnalysis earlier = local.analyze(request("Where is my order?"));

		analyzer.analyze(new AnalysisRequest("t1", MESSAGE,
				List.of(new AnalysisRequest.EarlierMessage("Where is my order?", earlier))));

		String user = JSON.readTree(received.get(0).body()).path("messages").get(1).path("content").asString();
		assertThat(user).contains("Where is my order?").contains(MESSAGE);
		assertThat(user.indexOf("Where is my order?")).isLessThan(user.indexOf(MESSAGE));
	}

	@Test
	void ollamaAnswerBecomesTheAnalysis() {
		analyzer = ollama(Behaviour.answer("Here is the analysis: " + VALID), Duration.ofSeconds(5));

		MessageAnalysis analysis = analyzer.analyze(request(MESSAGE));

		assertThat(analysis.analyzer()).isEqualTo("llm:ollama:m");
		assertThat(analysis.category()).isEqualTo(MessageCategory.COMPLAINT);
		assertThat(analysis.urgencyScore()).isEqualTo(8);
		assertThat(fallbacks()).isZero();
		Recorded request = received.get(0);
		assertThat(request.path()).isEqualTo("/api/chat");
		JsonNode body = JSON.readTree(request.body());
		assertThat(body.path("format").asString()).isEqualTo("json");
		assertThat(request.body()).contains(MESSAGE);
	}

	@Test
	void garbageFallsBackToTheLocalAnalysis() {
		analyzer = openAi(Behaviour.answer("I am sorry, I cannot help with that."), Duration.ofSeconds(5), 4);

		MessageAnalysis analysis = analyzer.analyze(request(MESSAGE));

		assertThat(analysis).isEqualTo(local.analyze(request(MESSAGE)));
		assertThat(analysis.analyzer()).isEqualTo(LocalAnalyzer.NAME);
		assertThat(fallbacks("invalid")).isEqualTo(1);
		assertThat(fallbacks()).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"urgency_score\": 11,", "\"urgency_score\": 0,", "\"urgency_score\": 7.5,",
			"\"urgency_score\": \"8\",", "\"category\": \"billing\",", "\"sentiment\": \"angry\",",
			"\"sentiment_score\": 2.0,", "\"priority_level\": \"urgent\",", "\"recommended_response_time\": \"2hours\",",
			"\"confidence\": 1.5,", "\"action_required\": \"yes\",", "\"keywords\": \"refund\",",
			"\"topics\": [1, 2],", "\"language\": \"English please\"," })
	void outOfRangeOrUnknownValuesFallBack(String override) {
		ObjectNode answer = (ObjectNode) JSON.readTree(VALID);
		answer.setAll((ObjectNode) JSON
			.readTree("{" + override.substring(0, override.length() - 1) + "}"));
		assertThat(answer.size()).isEqualTo(11);
		analyzer = openAi(Behaviour.answer(answer.toString()), Duration.ofSeconds(5), 4);

		MessageAnalysis analysis = analyzer.analyze(request(MESSAGE));

		assertThat(analysis.analyzer()).isEqualTo(LocalAnalyzer.NAME);
		assertThat(fallbacks("invalid")).isEqualTo(1);
	}

	@Test
	void aMissingFieldFallsBack() {
		analyzer = openAi(Behaviour.answer(VALID.replace("\"language\": \"en\",", "")), Duration.ofSeconds(5), 4);

		assertThat(analyzer.analyze(request(MESSAGE)).analyzer()).isEqualTo(LocalAnalyzer.NAME);
		assertThat(fallbacks("invalid")).isEqualTo(1);
	}

	@Test
	void aSlowServerFallsBackWithinTheTimeout() {
		Duration timeout = Duration.ofSeconds(1);
		analyzer = openAi(new Behaviour(200, VALID, Duration.ofSeconds(4)), timeout, 4);

		long started = System.nanoTime();
		MessageAnalysis analysis = analyzer.analyze(request(MESSAGE));
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(analysis.analyzer()).isEqualTo(LocalAnalyzer.NAME);
		assertThat(took).isLessThan(timeout.plusSeconds(1));
		assertThat(fallbacks("timeout")).isEqualTo(1);
	}

	@Test
	void aSlowOllamaFallsBackWithinTheTimeout() {
		Duration timeout = Duration.ofSeconds(1);
		analyzer = ollama(new Behaviour(200, VALID, Duration.ofSeconds(4)), timeout);

		long started = System.nanoTime();
		assertThat(analyzer.analyze(request(MESSAGE)).analyzer()).isEqualTo(LocalAnalyzer.NAME);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(timeout.plusSeconds(1));
		assertThat(fallbacks("timeout")).isEqualTo(1);
	}

	@Test
	void aServerErrorFallsBack() {
		analyzer = openAi(new Behaviour(500, null, Duration.ZERO), Duration.ofSeconds(5), 4);

		assertThat(analyzer.analyze(request(MESSAGE)).analyzer()).isEqualTo(LocalAnalyzer.NAME);
		assertThat(fallbacks("error")).isEqualTo(1);
		assertThat(received).hasSize(1); // no retries: a retry would come after the analyzer gave up
	}

	@Test
	void anUnreachableServerFallsBack() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		analyzer = LlmAnalyzer.of(new LlmSettings(Provider.OPENAI, "http://127.0.0.1:" + port + "/v1", "m", null,
				Duration.ofSeconds(2), 4, true), local, meters);

		assertThat(analyzer.analyze(request(MESSAGE)).analyzer()).isEqualTo(LocalAnalyzer.NAME);
		assertThat(fallbacks("error") + fallbacks("timeout")).isEqualTo(1);
	}

	@Test
	void concurrentCallsBeyondTheLimitStayWithinTheBound() throws Exception {
		Duration timeout = Duration.ofSeconds(1);
		analyzer = openAi(new Behaviour(200, VALID, Duration.ofMillis(700)), timeout, 1);
		ExecutorService callers = Executors.newFixedThreadPool(3);
		try {
			List<CompletableFuture<Duration>> calls = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				calls.add(CompletableFuture.supplyAsync(() -> {
					long started = System.nanoTime();
					MessageAnalysis analysis = analyzer.analyze(request(MESSAGE));
					assertThat(analysis).isNotNull();
					assertThat(analysis.category()).isNotNull();
					return Duration.ofNanos(System.nanoTime() - started);
				}, callers));
			}
			for (CompletableFuture<Duration> call : calls) {
				assertThat(call.get(10, TimeUnit.SECONDS)).isLessThan(timeout.plusSeconds(1));
			}
		}
		finally {
			callers.shutdownNow();
		}
		// One call at a time, each taking 0.7 s of a 1 s budget: the first is answered, the others wait for the
		// permit and fall back, busy or timed out, but each within the bound.
		double llmAnswers = 3 - fallbacks();
		assertThat(llmAnswers).isGreaterThanOrEqualTo(1);
		assertThat(fallbacks("busy") + fallbacks("timeout")).isEqualTo(fallbacks()).isGreaterThanOrEqualTo(1);
		assertThat(received.size()).isLessThanOrEqualTo(3);
	}

	private LlmAnalyzer openAi(Behaviour behaviour, Duration timeout, int maxConcurrency) {
		start("/v1/chat/completions", behaviour, content -> Map.of("id", "x", "object", "chat.completion",
				"created", 1, "model", "m",
				"choices", List.of(Map.of("index", 0, "message", Map.of("role", "assistant", "content", content),
						"finish_reason", "stop")),
				"usage", Map.of("prompt_tokens", 1, "completion_tokens", 1, "total_tokens", 2)));
		return LlmAnalyzer.of(new LlmSettings(Provider.OPENAI, baseUrl() + "/v1", "m", "test-key", timeout,
				maxConcurrency, true), local, meters);
	}

	private LlmAnalyzer ollama(Behaviour behaviour, Duration timeout) {
		start("/api/chat", behaviour, content -> Map.of("model", "m", "created_at", "2024-01-01T00:00:00Z",
				"message", Map.of("role", "assistant", "content", content), "done", true));
		return LlmAnalyzer.of(new LlmSettings(Provider.OLLAMA, baseUrl(), "m", null, timeout, 4, true), local,
				meters);
	}

	private void start(String path, Behaviour behaviour, java.util.function.Function<String, Object> envelope) {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		server.setExecutor(serverThreads);
		server.createContext("/", exchange -> {
			try (exchange) {
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				received.add(new Recorded(exchange.getRequestURI().getPath(),
						exchange.getRequestHeaders().getFirst("Authorization"), body));
				if (!behaviour.delay().isZero()) {
					Thread.sleep(behaviour.delay().toMillis());
				}
				if (!exchange.getRequestURI().getPath().equals(path)) {
					respond(exchange, 404, "{\"error\":\"not found\"}");
				}
				else if (behaviour.status() != 200) {
					respond(exchange, behaviour.status(), "{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}");
				}
				else {
					respond(exchange, 200, JSON.writeValueAsString(envelope.apply(behaviour.content())));
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
		return meters.counter(LlmAnalyzer.FALLBACK_METRIC, "reason", reason).count();
	}

	private double fallbacks() {
		return meters.find(LlmAnalyzer.FALLBACK_METRIC).counters().stream().mapToDouble(c -> c.count()).sum();
	}

	private static AnalysisRequest request(String text) {
		return new AnalysisRequest("t1", text, List.of());
	}
}
