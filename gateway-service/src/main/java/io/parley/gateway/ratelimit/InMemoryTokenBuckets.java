package io.parley.gateway.ratelimit;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

/**
 * The same token buckets as {@link RedisTokenBuckets}, held in this process: for a single gateway without Redis,
 * such as the local one-command platform.
 */
class InMemoryTokenBuckets implements TokenBuckets {

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
	private final Clock clock;

	InMemoryTokenBuckets(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Mono<BucketState> take(String tenantId, Budget budget) {
		Bucket bucket = buckets.computeIfAbsent(budget.id() + "." + tenantId, key -> new Bucket(budget.limit(), clock.millis()));
		return Mono.just(bucket.take(budget, clock.millis()));
	}

	private static final class Bucket {

		private double tokens;
		private long refilledAt;

		Bucket(double tokens, long now) {
			this.tokens = tokens;
			this.refilledAt = now;
		}

		synchronized BucketState take(Budget budget, long now) {
			double elapsedSeconds = Math.max(0, now - refilledAt) / 1000.0;
			tokens = Math.min(budget.limit(), tokens + elapsedSeconds * budget.tokensPerSecond());
			refilledAt = now;
			boolean allowed = tokens >= 1;
			if (allowed) {
				tokens -= 1;
			}
			return BucketState.of(budget, allowed, (long) Math.floor(tokens));
		}
	}
}
