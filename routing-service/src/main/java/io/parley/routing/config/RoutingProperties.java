package io.parley.routing.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Defaults a new tenant starts with (each tenant can change its own through {@code /api/v1/routing/settings}), and
 * how often the service sweeps for idle conversations and publishes its outbox.
 */
@ConfigurationProperties("parley.routing")
public record RoutingProperties(Double confidenceThreshold, Double sentimentThreshold, Integer urgencyThreshold,
		Integer unresolvedTurns, Integer hourlyAssignmentLimit, Integer vipPriorityStep, Duration idleResolveAfter,
		Duration idleSweepInterval, Duration outboxPollInterval) {

	public RoutingProperties {
		confidenceThreshold = confidenceThreshold == null ? 0.75 : confidenceThreshold;
		sentimentThreshold = sentimentThreshold == null ? -0.5 : sentimentThreshold;
		urgencyThreshold = urgencyThreshold == null ? 8 : urgencyThreshold;
		unresolvedTurns = unresolvedTurns == null ? 3 : unresolvedTurns;
		hourlyAssignmentLimit = hourlyAssignmentLimit == null ? 20 : hourlyAssignmentLimit;
		vipPriorityStep = vipPriorityStep == null ? 2 : vipPriorityStep;
		idleResolveAfter = idleResolveAfter == null ? Duration.ofHours(24) : idleResolveAfter;
		idleSweepInterval = idleSweepInterval == null ? Duration.ofMinutes(1) : idleSweepInterval;
		outboxPollInterval = outboxPollInterval == null ? Duration.ofMillis(500) : outboxPollInterval;
	}
}
