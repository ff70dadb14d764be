package io.parley.delivery.config;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How delivery-service delivers.
 * @param retrySchedule delay before each attempt: the first is the initial attempt, every later one a retry
 * @param jitter each delay is spread by up to this fraction either way, so retries of many messages do not align
 * @param requestTimeout how long one HTTP attempt may take, connection included
 * @param disableAfter an endpoint failing without a single success for this long is disabled
 * @param endpointConcurrency attempts in flight at once to one endpoint
 * @param pollInterval how often the dispatcher looks for due deliveries (it is also woken when new ones arrive)
 * @param batchSize deliveries claimed per poll
 * @param lease how long a claimed delivery stays claimed; a crashed instance's claims expire after it
 * @param secretGracePeriod how long a rotated-out secret still signs deliveries
 * @param payloadRetention how long payloads of finished deliveries are kept (attempts and status are kept)
 * @param recoverBatchSize failed messages put back per batch by a recover request
 * @param recoverMax failed messages at most put back by one recover request
 * @param maxRetryAfter the longest Retry-After honoured; longer answers are capped to it
 * @param allowedCidrs address ranges opened despite the SSRF guard (local development and tests)
 * @param httpsOnlyTenants tenants whose endpoints must use https ("*" for all)
 */
@ConfigurationProperties("parley.delivery")
public record DeliveryProperties(List<Duration> retrySchedule, double jitter, Duration requestTimeout,
		Duration disableAfter, int endpointConcurrency, Duration pollInterval, int batchSize, Duration lease,
		Duration secretGracePeriod, Duration payloadRetention, int recoverBatchSize, int recoverMax,
		Duration maxRetryAfter, List<String> allowedCidrs, List<String> httpsOnlyTenants) {

	public DeliveryProperties {
		retrySchedule = retrySchedule == null || retrySchedule.isEmpty()
				? List.of(Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30),
						Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10))
				: List.copyOf(retrySchedule);
		jitter = Math.max(0, Math.min(jitter, 0.5));
		requestTimeout = requestTimeout == null ? Duration.ofSeconds(15) : requestTimeout;
		disableAfter = disableAfter == null ? Duration.ofDays(5) : disableAfter;
		endpointConcurrency = endpointConcurrency <= 0 ? 8 : endpointConcurrency;
		pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
		batchSize = batchSize <= 0 ? 200 : batchSize;
		lease = lease == null ? Duration.ofSeconds(60) : lease;
		secretGracePeriod = secretGracePeriod == null ? Duration.ofHours(24) : secretGracePeriod;
		payloadRetention = payloadRetention == null ? Duration.ofDays(30) : payloadRetention;
		recoverBatchSize = recoverBatchSize <= 0 ? 500 : recoverBatchSize;
		recoverMax = recoverMax <= 0 ? 10_000 : recoverMax;
		maxRetryAfter = maxRetryAfter == null ? Duration.ofDays(1) : maxRetryAfter;
		allowedCidrs = allowedCidrs == null ? List.of()
				: allowedCidrs.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
		httpsOnlyTenants = httpsOnlyTenants == null ? List.of()
				: httpsOnlyTenants.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	public boolean httpsOnly(String tenantId) {
		return httpsOnlyTenants.contains("*") || httpsOnlyTenants.contains(tenantId);
	}
}
