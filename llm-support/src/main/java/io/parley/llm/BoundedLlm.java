package io.parley.llm;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
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
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks an LLM with bounds, and falls back whenever it cannot give a valid answer in time: a slow or broken LLM
 * slows the service down, it never loses a message's result.
 * <p>
 * Each question waits for the LLM at most {@code timeout} in all: first for one of {@code maxConcurrency} permits
 * (a fair semaphore; no permit in time is the fallback reason {@code busy}), then for the answer, which a worker of a
 * pool of {@code maxConcurrency} threads fetches (no answer in time: {@code timeout}, cancelled). Transport and HTTP
 * errors are {@code error}, answers the reader refuses are {@code invalid}. Each fallback increments the service's
 * fallback counter tagged with its reason and logs a warning that holds neither the message's text nor the API key.
 */
public final class BoundedLlm implements AutoCloseable {

	enum Reason {
		TIMEOUT, ERROR, INVALID, BUSY;

		String tag() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** Turns the answer's text into the result, or throws {@link InvalidAnswerException}. */
	@FunctionalInterface
	public interface AnswerReader<T> {

		T read(String answer);
	}

	private static final Logger log = LoggerFactory.getLogger(BoundedLlm.class);

	private final ChatModel model;
	private final String name;
	private final String role;
	private final long timeoutNanos;
	private final Semaphore permits;
	private final ThreadPoolExecutor workers;
	private final Map<Reason, Counter> fallbacks;

	/**
	 * @param name the name results carry, {@code llm:<provider>:<model>}
	 * @param role what the LLM does here, for logs and thread names ("analyzer", "extractor")
	 * @param fallbackMetric the counter of fallbacks, tagged {@code reason}
	 * @param timeout the most one question waits for the LLM, waiting for a permit included
	 */
	public BoundedLlm(ChatModel model, String name, String role, String fallbackMetric, Duration timeout,
			int maxConcurrency, MeterRegistry meters) {
		this.model = model;
		this.name = name;
		this.role = role;
		this.timeoutNanos = timeout.toNanos();
		this.permits = new Semaphore(maxConcurrency, true);
		AtomicInteger threads = new AtomicInteger();
		// A permit is taken before a task is submitted, so at most maxConcurrency tasks are queued or running
		// (plus the ones abandoned at their timeout until their thread notices the interrupt): the queue's room
		// is a safety margin, a full queue is "busy".
		this.workers = new ThreadPoolExecutor(maxConcurrency, maxConcurrency, 60, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(maxConcurrency * 4), runnable -> {
					Thread thread = new Thread(runnable, "llm-" + role + "-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		this.workers.allowCoreThreadTimeOut(true);
		this.fallbacks = List.of(Reason.values()).stream().collect(Collectors.toMap(Function.identity(),
				reason -> Counter.builder(fallbackMetric)
					.description("Messages the LLM " + role + " left to the local " + role + ", by reason")
					.tag("reason", reason.tag())
					.register(meters)));
	}

	/** The name results carry for these settings: {@code llm:<provider>:<model>}. */
	public static String nameOf(LlmSettings settings) {
		return "llm:" + settings.provider().id() + ":" + settings.model();
	}

	/**
	 * langchain4j's model for the provider, with the same timeout as the bound and no retries: a retry would only
	 * come after the caller has given up.
	 */
	public static ChatModel chatModel(LlmSettings settings) {
		return switch (settings.provider()) {
			case OPENAI -> {
				OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
					.baseUrl(settings.baseUrl())
					// Local servers (LM Studio, vLLM) want no key, but the client sends one: any will do there.
					.apiKey(settings.apiKey() == null ? "not-needed" : settings.apiKey())
					.modelName(settings.model())
					.timeout(settings.timeout())
					.maxRetries(0);
				if (settings.jsonMode()) {
					builder.responseFormat(ResponseFormat.JSON);
				}
				yield builder.build();
			}
			case OLLAMA -> {
				OllamaChatModel.OllamaChatModelBuilder builder = OllamaChatModel.builder()
					.baseUrl(settings.baseUrl())
					.modelName(settings.model())
					.timeout(settings.timeout())
					.maxRetries(0);
				if (settings.jsonMode()) {
					builder.responseFormat(ResponseFormat.JSON);
				}
				yield builder.build();
			}
			case NONE -> throw new IllegalArgumentException("no LLM provider configured");
		};
	}

	public String name() {
		return name;
	}

	/**
	 * @param tenantId for the log line of a fallback
	 * @return the reader's result for the LLM's answer, or the fallback's when there is no valid answer in time
	 */
	public <T> T ask(List<ChatMessage> messages, AnswerReader<T> reader, Supplier<T> fallback, String tenantId) {
		long started = System.nanoTime();
		long deadline = started + timeoutNanos;
		boolean permitted;
		try {
			permitted = permits.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return fallBack(fallback, tenantId, Reason.ERROR, "interrupted while waiting for a permit", started);
		}
		if (!permitted) {
			return fallBack(fallback, tenantId, Reason.BUSY, "no free LLM call slot within the timeout", started);
		}
		Future<ChatResponse> call = null;
		try {
			ChatRequest chat = ChatRequest.builder().messages(messages).build();
			call = workers.submit(() -> model.chat(chat));
			ChatResponse response = call.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			String answer = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
			return reader.read(answer);
		}
		catch (TimeoutException e) {
			return fallBack(fallback, tenantId, Reason.TIMEOUT, "no answer within the timeout", started);
		}
		catch (RejectedExecutionException e) {
			return fallBack(fallback, tenantId, Reason.BUSY, "no free LLM worker", started);
		}
		catch (InvalidAnswerException e) {
			return fallBack(fallback, tenantId, Reason.INVALID, e.getMessage(), started);
		}
		catch (ExecutionException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			Reason reason = isTimeout(cause) ? Reason.TIMEOUT : Reason.ERROR;
			return fallBack(fallback, tenantId, reason, describe(cause), started);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return fallBack(fallback, tenantId, Reason.ERROR, "interrupted while waiting for the answer", started);
		}
		catch (RuntimeException e) {
			return fallBack(fallback, tenantId, Reason.ERROR, describe(e), started);
		}
		finally {
			if (call != null) {
				call.cancel(true);
			}
			permits.release();
		}
	}

	private <T> T fallBack(Supplier<T> fallback, String tenantId, Reason reason, String detail, long started) {
		fallbacks.get(reason).increment();
		log.warn("LLM {} {} fell back to the local {} for tenant {} ({}: {}, after {} ms)", role, name, role, tenantId,
				reason.tag(), detail, Duration.ofNanos(System.nanoTime() - started).toMillis());
		return fallback.get();
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
