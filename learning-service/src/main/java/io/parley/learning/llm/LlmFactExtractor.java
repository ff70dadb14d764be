package io.parley.learning.llm;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.parley.learning.domain.ExtractedFact;
import io.parley.learning.domain.ExtractionRequest;
import io.parley.learning.domain.FactExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts a message's facts with an LLM, and with the fallback extractor whenever the LLM cannot give a valid answer
 * in time: a slow or broken LLM slows learning down, it never stops it. Same rules as the analysis service's LLM
 * analyzer.
 * <p>
 * Each extraction waits for the LLM at most {@code timeout} in all: first for one of {@code maxConcurrency} permits
 * (a fair semaphore; no permit in time is the fallback reason {@code busy}), then for the answer, which a worker of a
 * pool of {@code maxConcurrency} threads fetches (no answer in time: {@code timeout}, cancelled). Transport and HTTP
 * errors are {@code error}, answers that are not one JSON object with every field valid are {@code invalid}. Each
 * fallback increments {@value #FALLBACK_METRIC} tagged with its reason and logs a warning that holds neither the
 * message's text nor the API key.
 */
public class LlmFactExtractor implements FactExtractor, AutoCloseable {

	public static final String VERSION = "1.0";
	public static final String FALLBACK_METRIC = "parley.learning.llm.fallback";

	enum Reason {
		TIMEOUT, ERROR, INVALID, BUSY;

		String tag() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	private static final Logger log = LoggerFactory.getLogger(LlmFactExtractor.class);

	private final ChatModel model;
	private final String name;
	private final FactExtractor fallback;
	private final long timeoutNanos;
	private final Semaphore permits;
	private final ThreadPoolExecutor workers;
	private final Map<Reason, Counter> fallbacks;

	/**
	 * @param name the extractor's name in stored facts, {@code llm:<provider>:<model>}
	 * @param timeout the most one extraction waits for the LLM, waiting for a permit included
	 */
	public LlmFactExtractor(ChatModel model, String name, FactExtractor fallback, Duration timeout, int maxConcurrency,
			MeterRegistry meters) {
		this.model = model;
		this.name = name;
		this.fallback = fallback;
		this.timeoutNanos = timeout.toNanos();
		this.permits = new Semaphore(maxConcurrency, true);
		AtomicInteger threads = new AtomicInteger();
		// A permit is taken before a task is submitted, so at most maxConcurrency tasks are queued or running
		// (plus the ones abandoned at their timeout until their thread notices the interrupt): the queue's room
		// is a safety margin, a full queue is "busy".
		this.workers = new ThreadPoolExecutor(maxConcurrency, maxConcurrency, 60, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(maxConcurrency * 4), runnable -> {
					Thread thread = new Thread(runnable, "llm-extractor-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		this.workers.allowCoreThreadTimeOut(true);
		this.fallbacks = List.of(Reason.values()).stream().collect(Collectors.toMap(Function.identity(),
				reason -> Counter.builder(FALLBACK_METRIC)
					.description("Messages the LLM extractor left to the local extractor, by reason")
					.tag("reason", reason.tag())
					.register(meters)));
	}

	/** The extractor that {@code properties} describe, over {@code fallback}. */
	public static LlmFactExtractor of(LlmProperties properties, FactExtractor fallback, MeterRegistry meters) {
		if (!properties.enabled()) {
			throw new IllegalArgumentException("no LLM provider configured");
		}
		return new LlmFactExtractor(chatModel(properties),
				"llm:" + properties.provider().id() + ":" + properties.model(), fallback, properties.timeout(),
				properties.maxConcurrency(), meters);
	}

	/**
	 * langchain4j's model for the provider, with the same timeout as the extractor and no retries: a retry would
	 * only come after the extractor has given up.
	 */
	static ChatModel chatModel(LlmProperties properties) {
		return switch (properties.provider()) {
			case OPENAI -> {
				OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
					.baseUrl(properties.baseUrl())
					// Local servers (LM Studio, vLLM) want no key, but the client sends one: any will do there.
					.apiKey(properties.apiKey() == null ? "not-needed" : properties.apiKey())
					.modelName(properties.model())
					.timeout(properties.timeout())
					.maxRetries(0);
				if (properties.jsonMode()) {
					builder.responseFormat(ResponseFormat.JSON);
				}
				yield builder.build();
			}
			case OLLAMA -> {
				OllamaChatModel.OllamaChatModelBuilder builder = OllamaChatModel.builder()
					.baseUrl(properties.baseUrl())
					.modelName(properties.model())
					.timeout(properties.timeout())
					.maxRetries(0);
				if (properties.jsonMode()) {
					builder.responseFormat(ResponseFormat.JSON);
				}
				yield builder.build();
			}
			case NONE -> throw new IllegalArgumentException("no LLM provider configured");
		};
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public List<ExtractedFact> extract(ExtractionRequest request) {
		long started = System.nanoTime();
		long deadline = started + timeoutNanos;
		boolean permitted;
		try {
			permitted = permits.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return fallBack(request, Reason.ERROR, "interrupted while waiting for a permit", started);
		}
		if (!permitted) {
			return fallBack(request, Reason.BUSY, "no free LLM call slot within the timeout", started);
		}
		Future<ChatResponse> call = null;
		try {
			ChatRequest chat = ChatRequest.builder().messages(FactPrompt.messages(request)).build();
			call = workers.submit(() -> model.chat(chat));
			ChatResponse response = call.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			String answer = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
			return FactAnswerParser.parse(answer, request.text(), request.tenantCategories());
		}
		catch (TimeoutException e) {
			return fallBack(request, Reason.TIMEOUT, "no answer within the timeout", started);
		}
		catch (RejectedExecutionException e) {
			return fallBack(request, Reason.BUSY, "no free LLM worker", started);
		}
		catch (FactAnswerParser.InvalidAnswerException e) {
			return fallBack(request, Reason.INVALID, e.getMessage(), started);
		}
		catch (ExecutionException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			Reason reason = isTimeout(cause) ? Reason.TIMEOUT : Reason.ERROR;
			return fallBack(request, reason, describe(cause), started);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return fallBack(request, Reason.ERROR, "interrupted while waiting for the answer", started);
		}
		catch (RuntimeException e) {
			return fallBack(request, Reason.ERROR, describe(e), started);
		}
		finally {
			if (call != null) {
				call.cancel(true);
			}
			permits.release();
		}
	}

	private List<ExtractedFact> fallBack(ExtractionRequest request, Reason reason, String detail, long started) {
		fallbacks.get(reason).increment();
		log.warn("LLM extractor {} fell back to the local extractor for tenant {} ({}: {}, after {} ms)", name,
				request.tenantId(), reason.tag(), detail, Duration.ofNanos(System.nanoTime() - started).toMillis());
		return fallback.extract(request);
	}

	private static boolean isTimeout(Throwable error) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (t instanceof dev.langchain4j.exception.TimeoutException || t instanceof HttpTimeoutException
					|| t instanceof java.net.SocketTimeoutException || t instanceof TimeoutException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The error's kind and the HTTP status if it has one, not its message: a provider may echo the request (the
	 * customer's text) or the key in it.
	 */
	private static String describe(Throwable error) {
		String kind = error.getClass().getSimpleName();
		if (error instanceof dev.langchain4j.exception.HttpException http) {
			return kind + " (HTTP " + http.statusCode() + ")";
		}
		Throwable root = error;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root == error ? kind : kind + " caused by " + root.getClass().getSimpleName();
	}

	@Override
	public void close() {
		workers.shutdownNow();
	}
}
