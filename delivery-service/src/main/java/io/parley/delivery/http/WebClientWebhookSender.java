package io.parley.delivery.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

import io.netty.channel.ChannelOption;
import io.netty.channel.ConnectTimeoutException;
import io.parley.delivery.domain.AddressPolicy;
import io.parley.delivery.domain.SendResult;
import io.parley.delivery.domain.WebhookSender;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Posts deliveries with a non-blocking client (Reactor Netty): no thread waits for a partner, redirects are not
 * followed, each attempt (connection, answer and body) is bounded by the request timeout, and every connection's
 * addresses pass the {@link AddressPolicy} through {@link GuardedAddressResolverGroup}.
 */
public final class WebClientWebhookSender implements WebhookSender {

	private static final int EXCERPT_BYTES = 1024;

	private final WebClient client;
	private final Duration timeout;
	private final ConnectionProvider connections;

	public WebClientWebhookSender(AddressPolicy policy, Duration timeout, int maxConnections) {
		this.timeout = timeout;
		this.connections = ConnectionProvider.builder("partner-webhooks").maxConnections(maxConnections)
			.pendingAcquireMaxCount(-1).pendingAcquireTimeout(timeout).maxIdleTime(Duration.ofSeconds(30)).build();
		HttpClient http = HttpClient.create(connections)
			.resolver(new GuardedAddressResolverGroup(policy))
			.followRedirect(false)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(timeout.toMillis(), Integer.MAX_VALUE))
			.responseTimeout(timeout);
		this.client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http))
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(256 * 1024)).build();
	}

	@Override
	public CompletableFuture<SendResult> send(String url, String body, Map<String, String> headers) {
		long started = System.nanoTime();
		return client.post().uri(url)
			.contentType(MediaType.APPLICATION_JSON)
			.headers(h -> {
				headers.forEach(h::set);
				h.set(HttpHeaders.USER_AGENT, "Parley-Webhooks/1.0");
			})
			.bodyValue(body.getBytes(StandardCharsets.UTF_8))
			.exchangeToMono(response -> response.bodyToMono(byte[].class)
				.onErrorReturn(new byte[0])
				.defaultIfEmpty(new byte[0])
				.map(bytes -> new SendResult(response.statusCode().value(),
						retryAfter(response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER)),
						excerpt(bytes), null, elapsed(started))))
			.timeout(timeout)
			.onErrorResume(error -> Mono.just(new SendResult(null, null, null, describe(error), elapsed(started))))
			.toFuture();
	}

	public void close() {
		connections.dispose();
	}

	private static long elapsed(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

	private static String excerpt(byte[] bytes) {
		int length = Math.min(bytes.length, EXCERPT_BYTES);
		return length == 0 ? null : new String(bytes, 0, length, StandardCharsets.UTF_8);
	}

	/**
	 * What went wrong, for the attempt's {@code error}. A slow partner reads "timed out" whichever clock ran out first:
	 * the whole request's, or Reactor Netty's response or connect timeout (its own exception types, which a crowded
	 * machine makes fire first).
	 */
	static String describe(Throwable error) {
		for (Throwable link = error; link != null; link = link.getCause() == link ? null : link.getCause()) {
			if (link instanceof TimeoutException || link instanceof io.netty.handler.timeout.TimeoutException) {
				return "timed out";
			}
			if (link instanceof ConnectTimeoutException) {
				return "timed out connecting";
			}
		}
		Throwable cause = error;
		while (cause.getCause() != null && cause.getCause() != cause) {
			if (cause instanceof java.net.UnknownHostException) {
				break;
			}
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
	}

	/** Retry-After as delay-seconds or an HTTP date; null when absent or unreadable. */
	static Duration retryAfter(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
		}
		catch (NumberFormatException notSeconds) {
			try {
				Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				Duration delay = Duration.between(Instant.now(), at);
				return delay.isNegative() ? Duration.ZERO : delay;
			}
			catch (RuntimeException unreadable) {
				return null;
			}
		}
	}
}
