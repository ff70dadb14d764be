package io.parley.delivery.support;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Puts the {@link TestClock} in the service's context in place of the system clock. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	@Bean
	Clock testClock() {
		return TestClock.INSTANCE;
	}
}
