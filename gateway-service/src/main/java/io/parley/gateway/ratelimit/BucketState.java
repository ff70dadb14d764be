package io.parley.gateway.ratelimit;

/**
 * The outcome of taking one token from a tenant's bucket.
 *
 * @param remaining whole tokens left after this request
 * @param secondsUntilFull when the bucket is full again, from now
 */
public record BucketState(Budget budget, boolean allowed, long remaining, long secondsUntilFull) {

	static BucketState of(Budget budget, boolean allowed, long remaining) {
		long missing = Math.max(0, budget.limit() - remaining);
		return new BucketState(budget, allowed, remaining, (long) Math.ceil(missing / budget.tokensPerSecond()));
	}
}
