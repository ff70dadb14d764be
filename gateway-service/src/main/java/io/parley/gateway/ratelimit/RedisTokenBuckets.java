package io.parley.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import reactor.core.publisher.Mono;

/**
 * Token buckets in Redis through Spring Cloud Gateway's {@link RedisRateLimiter} (its atomic Lua token bucket), so
 * every gateway replica draws on the same budget. Each budget's parameters are registered with the limiter under
 * the budget's id; the tenant is the limiter's key.
 */
class RedisTokenBuckets implements TokenBuckets {

	/**
	 * The limiter refills a whole number of tokens per second. "50 per 300 s" becomes 6 tokens per request, a
	 * refill of 1 token per second and a capacity of 300: the same budget in whole numbers.
	 */
	static int tokensPerRequest(Budget budget) {
		int window = (int) budget.window().toSeconds();
		return window / gcd(budget.limit(), window);
	}

	private static int gcd(int a, int b) {
		return b == 0 ? a : gcd(b, a % b);
	}

	private final RedisRateLimiter redisRateLimiter;

	RedisTokenBuckets(RedisRateLimiter redisRateLimiter) {
		this.redisRateLimiter = redisRateLimiter;
		redisRateLimiter.setIncludeHeaders(true);
	}

	@Override
	public Mono<BucketState> take(String tenantId, Budget budget) {
		int tokensPerRequest = tokensPerRequest(budget);
		redisRateLimiter.getConfig().computeIfAbsent(budget.id(), id -> new RedisRateLimiter.Config()
			.setReplenishRate(budget.limit() * tokensPerRequest / (int) budget.window().toSeconds())
			.setBurstCapacity((long) budget.limit() * tokensPerRequest)
			.setRequestedTokens(tokensPerRequest));
		return redisRateLimiter.isAllowed(budget.id(), tenantId).flatMap(response -> {
			long tokensLeft = Long.parseLong(response.getHeaders().getOrDefault(RedisRateLimiter.REMAINING_HEADER, "-1"));
			if (tokensLeft < 0) {
				// The limiter answers -1 when Redis failed and lets the request through; our fallback policy decides.
				return Mono.error(new IllegalStateException("Redis did not answer the rate limiter"));
			}
			return Mono.just(BucketState.of(budget, response.isAllowed(), tokensLeft / tokensPerRequest));
		});
	}
}
