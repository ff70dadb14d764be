package io.parley.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.parley.test.ParleyServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-process limiter must behave like the Redis one, so the local platform enforces what production does. */
@ParleyServiceTest
@TestPropertySource(properties = "PARLEY_RATE_LIMIT_STORE=redis")
class TokenBucketSemanticsTest {

	static final Budget MESSAGE_LOGGING = new Budget("message-logging", 50, Duration.ofMinutes(5));

	@Autowired
	RedisRateLimiter redisRateLimiter;

	@Test
	void aBurstUpToTheLimitIsAllowedAndRefillsAtTheAverageRate() {
		MutableClock clock = new MutableClock();
		InMemoryTokenBuckets buckets = new InMemoryTokenBuckets(clock);

		List<BucketState> burst = take(buckets, "tenant-a", 51);
		assertThat(burst.subList(0, 50)).allMatch(BucketState::allowed);
		assertThat(burst.get(49).remaining()).isZero();
		assertThat(burst.get(50).allowed()).isFalse();

		clock.advance(Duration.ofSeconds(6));
		assertThat(buckets.take("tenant-a", MESSAGE_LOGGING).block().allowed()).isTrue();
		assertThat(buckets.take("tenant-a", MESSAGE_LOGGING).block().allowed()).isFalse();

		clock.advance(Duration.ofMinutes(5));
		assertThat(take(buckets, "tenant-a", 50)).allMatch(BucketState::allowed);
		assertThat(take(buckets, "tenant-b", 50)).as("tenants do not share a bucket").allMatch(BucketState::allowed);
	}

	@Test
	void redisAndInMemoryBucketsAnswerAFreshBurstTheSameWay() {
		String tenant = "tenant-" + UUID.randomUUID();
		List<BucketState> inRedis = take(new RedisTokenBuckets(redisRateLimiter), tenant, 53);
		List<BucketState> inMemory = take(new InMemoryTokenBuckets(Clock.systemUTC()), tenant, 53);

		assertThat(inRedis).extracting(BucketState::allowed).containsExactlyElementsOf(
				inMemory.stream().map(BucketState::allowed).toList());
		assertThat(inRedis).extracting(BucketState::remaining).containsExactlyElementsOf(
				inMemory.stream().map(BucketState::remaining).toList());
	}

	@Test
	void budgetsThatDoNotDivideTheirWindowEvenlyStillHoldExactlyTheirLimit() {
		Budget odd = new Budget("odd", 7, Duration.ofMinutes(5));
		String tenant = "tenant-" + UUID.randomUUID();
		RedisTokenBuckets buckets = new RedisTokenBuckets(redisRateLimiter);

		List<BucketState> states = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			states.add(buckets.take(tenant, odd).block());
		}

		assertThat(states.subList(0, 7)).allMatch(BucketState::allowed);
		assertThat(states.get(7).allowed()).isFalse();
	}

	private static List<BucketState> take(TokenBuckets buckets, String tenant, int times) {
		List<BucketState> states = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			states.add(buckets.take(tenant, MESSAGE_LOGGING).block());
		}
		return states;
	}

	static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
