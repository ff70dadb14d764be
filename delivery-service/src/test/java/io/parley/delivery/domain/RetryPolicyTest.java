package io.parley.delivery.domain;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

	private final List<Duration> schedule = List.of(Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(5),
			Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10));

	@RepeatedTest(20)
	void delaysFollowTheScheduleWithinTheJitter() {
		RetryPolicy policy = new RetryPolicy(schedule, 0.1, Duration.ofDays(1));

		assertThat(policy.first()).isZero();
		for (int index = 0; index < 7; index++) {
			Duration planned = schedule.get(index + 1);
			assertThat(policy.after(index, 500, null)).hasValueSatisfying(delay -> assertThat(delay)
				.isBetween(Duration.ofMillis((long) (planned.toMillis() * 0.9)), Duration.ofMillis((long) (planned.toMillis() * 1.1))));
		}
		assertThat(policy.after(7, 500, null)).isEmpty();
	}

	@Test
	void retryAfterIsHonouredFor429And502To504OnlyAndCapped() {
		RetryPolicy policy = new RetryPolicy(schedule, 0, Duration.ofHours(1));

		assertThat(policy.after(0, 429, Duration.ofSeconds(90))).contains(Duration.ofSeconds(90));
		assertThat(policy.after(0, 503, Duration.ofSeconds(90))).contains(Duration.ofSeconds(90));
		assertThat(policy.after(0, 500, Duration.ofSeconds(90))).contains(Duration.ofSeconds(5));
		assertThat(policy.after(0, 429, Duration.ofDays(3))).contains(Duration.ofHours(1));
		assertThat(policy.after(7, 429, Duration.ofSeconds(90))).isEmpty();
	}
}
