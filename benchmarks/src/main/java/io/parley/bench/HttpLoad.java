package io.parley.bench;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import io.netty.handler.codec.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/** Sends a fixed number of requests with a fixed number in flight and records each latency. */
final class HttpLoad {

	private final HttpClient client;

	HttpLoad(int concurrency) {
		ConnectionProvider pool = ConnectionProvider.builder("bench").maxConnections(concurrency)
			.pendingAcquireMaxCount(-1).build();
		this.client = HttpClient.create(pool).responseTimeout(Duration.ofSeconds(30));
	}

	LoadResult run(String name, String url, Map<String, String> headers, String jsonBody, int requests,
			int concurrency) {
		return run(name, url, headers, i -> jsonBody, requests, concurrency);
	}

	/** Each request gets its own body, e.g. to spread load over many conversations. */
	LoadResult run(String name, String url, Map<String, String> headers, IntFunction<String> jsonBody, int requests,
			int concurrency) {
		long[] latencies = new long[requests];
		AtomicLong failures = new AtomicLong();
		long started = System.nanoTime();
		Flux.range(0, requests).flatMap(i -> {
			long sent = System.nanoTime();
			return send(url, headers, jsonBody.apply(i)).doOnNext(status -> {
				latencies[i] = System.nanoTime() - sent;
				if (status >= 300) {
					failures.incrementAndGet();
				}
			});
		}, concurrency).blockLast();
		return new LoadResult(name, latencies, System.nanoTime() - started, failures.get());
	}

	private Mono<Integer> send(String url, Map<String, String> headers, String jsonBody) {
		return client.headers(h -> {
			headers.forEach(h::set);
			h.set("Content-Type", "application/json");
		})
			.request(HttpMethod.POST).uri(url).send(ByteBufFlux.fromString(Mono.just(jsonBody)))
			.responseSingle((response, body) -> body.then(Mono.just(response.status().code())))
			.onErrorReturn(599);
	}
}
