package io.parley.routing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Picked up by the application's component scan in every routing test context (so all test classes share one
 * context, and one consumer of the shared broker's topics): the service's clock is a {@link MutableClock}.
 */
@Configuration(proxyBeanMethods = false)
class TestClockConfiguration {

	@Bean
	@Primary
	MutableClock clock() {
		return new MutableClock();
	}
}
