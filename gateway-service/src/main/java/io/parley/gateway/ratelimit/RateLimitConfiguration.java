package io.parley.gateway.ratelimit;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.parley.gateway.tenant.TenantDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	/** Route metadata naming the route group whose budget a route spends. */
	static final String GROUP_METADATA = "rate-limit-group";

	@Bean
	TokenBuckets tokenBuckets(RateLimitProperties properties, ObjectProvider<RedisRateLimiter> redisRateLimiter,
			Clock clock) {
		return properties.inMemory() ? new InMemoryTokenBuckets(clock) : new RedisTokenBuckets(redisRateLimiter.getObject());
	}

	/** Primary: the default of every RequestRateLimiter filter, ahead of the gateway's own Redis limiter bean. */
	@Bean
	@Primary
	TenantRateLimiter tenantRateLimiter(TokenBuckets buckets, TenantDirectory directory, GatewayProperties gateway,
			RateLimitProperties properties, MeterRegistry meters, Clock clock, ConfigurationService configurationService) {
		Map<String, String> groups = new HashMap<>();
		gateway.getRoutes().forEach(route -> {
			Object group = route.getMetadata().get(GROUP_METADATA);
			if (group != null) {
				groups.put(route.getId(), group.toString());
			}
		});
		return new TenantRateLimiter(buckets, directory, groups, properties, meters, clock, configurationService);
	}

	@Bean
	@Primary
	TenantKeyResolver tenantKeyResolver() {
		return new TenantKeyResolver();
	}
}
