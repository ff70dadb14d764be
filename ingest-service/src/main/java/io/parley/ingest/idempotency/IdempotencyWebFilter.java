package io.parley.ingest.idempotency;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import io.parley.platform.web.ApiException;
import io.parley.platform.web.TrustedHeaders;
import org.reactivestreams.Publisher;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code Idempotency-Key} on any POST: a retry with the same key and the same body within 24 hours gets the first
 * answer again and runs nothing; the same key with a different body is refused with 409. Answers the caller should
 * retry (5xx, 409, 429) are not kept, so the retry runs for real.
 */
@Component
class IdempotencyWebFilter implements WebFilter, Ordered {

	static final String HEADER = "Idempotency-Key";
	static final String REPLAYED_HEADER = "Idempotency-Replayed";
	private static final int MAX_KEY_LENGTH = 255;

	private final IdempotencyStore store;

	IdempotencyWebFilter(IdempotencyStore store) {
		this.store = store;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String key = exchange.getRequest().getHeaders().getFirst(HEADER);
		String tenantId = exchange.getRequest().getHeaders().getFirst(TrustedHeaders.TENANT_ID);
		if (key == null || tenantId == null || exchange.getRequest().getMethod() != HttpMethod.POST) {
			return chain.filter(exchange);
		}
		if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
			return Mono.error(ApiException.badRequest("Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters",
					Map.of("header", HEADER)));
		}
		return DataBufferUtils.join(exchange.getRequest().getBody()).map(IdempotencyWebFilter::bytes)
			.defaultIfEmpty(new byte[0])
			.flatMap(body -> {
				String hash = hash(exchange.getRequest().getPath().value(), body);
				return Mono.fromCallable(() -> store.claim(tenantId, key, hash))
					.subscribeOn(Schedulers.boundedElastic())
					.flatMap(claim -> proceed(exchange, chain, claim, tenantId, key, body));
			});
	}

	private Mono<Void> proceed(ServerWebExchange exchange, WebFilterChain chain, IdempotencyStore.Claim claim,
			String tenantId, String key, byte[] body) {
		if (claim instanceof IdempotencyStore.Replay replay) {
			ServerHttpResponse response = exchange.getResponse();
			response.setStatusCode(HttpStatusCode.valueOf(replay.status()));
			response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
			response.getHeaders().set(REPLAYED_HEADER, "true");
			byte[] stored = replay.body() == null ? new byte[0] : replay.body().getBytes(StandardCharsets.UTF_8);
			return response.writeWith(Mono.just(response.bufferFactory().wrap(stored)));
		}
		if (claim instanceof IdempotencyStore.DifferentRequest) {
			return Mono.error(new ApiException(HttpStatus.CONFLICT, "conflict",
					"This Idempotency-Key was used with a different request body; use a new key for a new request",
					Map.of("header", HEADER)));
		}
		if (claim instanceof IdempotencyStore.InProgress) {
			exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
			return Mono.error(new ApiException(HttpStatus.CONFLICT, "conflict",
					"A request with this Idempotency-Key is still being processed; retry in a moment",
					Map.of("header", HEADER)));
		}
		Recording recording = new Recording(exchange.getResponse());
		ServerWebExchange replayable = exchange.mutate()
			.request(new ServerHttpRequestDecorator(exchange.getRequest()) {
				@Override
				public Flux<DataBuffer> getBody() {
					return Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(body)));
				}
			})
			.response(recording)
			.build();
		return chain.filter(replayable)
			.then(Mono.defer(() -> remember(tenantId, key, recording)))
			.onErrorResume(failure -> Mono.fromRunnable(() -> store.forget(tenantId, key))
				.subscribeOn(Schedulers.boundedElastic())
				.then(Mono.error(failure)));
	}

	private Mono<Void> remember(String tenantId, String key, Recording recording) {
		HttpStatusCode status = recording.getStatusCode();
		int code = status == null ? 200 : status.value();
		boolean keep = code < 500 && code != 409 && code != 429;
		return Mono.fromRunnable(() -> {
			if (keep) {
				store.complete(tenantId, key, code, recording.body());
			}
			else {
				store.forget(tenantId, key);
			}
		}).subscribeOn(Schedulers.boundedElastic()).then();
	}

	private static byte[] bytes(DataBuffer buffer) {
		byte[] bytes = new byte[buffer.readableByteCount()];
		buffer.read(bytes);
		DataBufferUtils.release(buffer);
		return bytes;
	}

	private static String hash(String path, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(path.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) '\n');
			digest.update(body);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	/** Keeps a copy of what the handler writes, to replay it later. */
	private static final class Recording extends ServerHttpResponseDecorator {

		private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

		Recording(ServerHttpResponse delegate) {
			super(delegate);
		}

		@Override
		public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
			return super.writeWith(Flux.from(body).doOnNext(buffer -> {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.toByteBuffer(java.nio.ByteBuffer.wrap(bytes));
				synchronized (copy) {
					copy.writeBytes(bytes);
				}
			}));
		}

		String body() {
			synchronized (copy) {
				return copy.toString(StandardCharsets.UTF_8);
			}
		}
	}
}
