package io.parley.delivery.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.parley.delivery.config.DeliveryProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What an attempt's answer does, in one transaction with the attempt's record: 2xx succeeds and resets the
 * endpoint's failure streak; 410 fails the message and disables the endpoint; anything else (3xx included, redirects
 * are not followed) schedules the next attempt or, when the schedule is exhausted, fails the message; an endpoint
 * failing without a success for longer than {@code disable-after} is disabled. Disabling publishes an operational
 * event once the transaction committed.
 */
@Service
public class AttemptOutcomes {

	static final int EXCERPT_LIMIT = 1024;

	private final MessageStore messages;
	private final EndpointStore endpoints;
	private final RetryPolicy retries;
	private final OperationalEvents operationalEvents;
	private final Duration disableAfter;
	private final Clock clock;

	public AttemptOutcomes(MessageStore messages, EndpointStore endpoints, RetryPolicy retries,
			OperationalEvents operationalEvents, DeliveryProperties properties, Clock clock) {
		this.messages = messages;
		this.endpoints = endpoints;
		this.retries = retries;
		this.operationalEvents = operationalEvents;
		this.disableAfter = properties.disableAfter();
		this.clock = clock;
	}

	/** One finished attempt. */
	public record Finished(DueDelivery delivery, SendResult result, Instant attemptedAt) {
	}

	/**
	 * Records many finished attempts in one transaction (one commit instead of one per attempt); the successes, the
	 * common case, take three statements for the whole batch.
	 */
	@Transactional
	public void recordAll(java.util.List<Finished> finished) {
		Instant now = clock.instant();
		java.util.List<Attempt> succeeded = new java.util.ArrayList<>();
		java.util.List<Long> seqs = new java.util.ArrayList<>();
		java.util.Set<String> endpointsSucceeded = new java.util.LinkedHashSet<>();
		for (Finished attempt : finished) {
			if (attempt.result().succeeded()) {
				succeeded.add(attempt(attempt.delivery(), attempt.result(), attempt.attemptedAt()));
				seqs.add(attempt.delivery().seq());
				endpointsSucceeded.add(attempt.delivery().endpointId());
			}
			else {
				record(attempt.delivery(), attempt.result(), attempt.attemptedAt());
			}
		}
		messages.recordAttempts(succeeded);
		messages.succeeded(seqs, now);
		endpointsSucceeded.forEach(endpoints::succeeded);
	}

	private static Attempt attempt(DueDelivery delivery, SendResult result, Instant attemptedAt) {
		return new Attempt(0, delivery.messageId(), delivery.endpointId(), delivery.tenantId(), attemptedAt,
				result.statusCode(), result.succeeded(), result.latencyMillis(),
				bounded(result.responseExcerpt(), EXCERPT_LIMIT), bounded(result.error(), 500));
	}

	@Transactional
	public void record(DueDelivery delivery, SendResult result, Instant attemptedAt) {
		Instant now = clock.instant();
		messages.recordAttempt(attempt(delivery, result, attemptedAt));
		if (result.succeeded()) {
			messages.succeeded(delivery.seq(), now);
			endpoints.succeeded(delivery.endpointId());
			return;
		}
		Integer status = result.statusCode();
		if (status != null && status == 410) {
			messages.failed(delivery.seq(), now);
			disable(delivery.endpointId(), "the endpoint answered 410 Gone", now);
			return;
		}
		Optional<Duration> next = retries.after(delivery.scheduleIndex(), status, result.retryAfter());
		if (next.isPresent()) {
			messages.retryAt(delivery.seq(), delivery.scheduleIndex() + 1, now, now.plus(next.get()));
		}
		else {
			messages.failed(delivery.seq(), now);
		}
		Instant failingSince = endpoints.failingSince(delivery.endpointId(), now);
		if (!failingSince.plus(disableAfter).isAfter(now)) {
			disable(delivery.endpointId(), "every delivery failed since " + failingSince + " (longer than "
					+ disableAfter + ")", now);
		}
	}

	private void disable(String endpointId, String reason, Instant now) {
		if (!endpoints.disable(endpointId, reason, now)) {
			return;
		}
		Endpoint endpoint = endpoints.findById(endpointId).orElseThrow();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				operationalEvents.endpointDisabled(endpoint, reason, now);
			}
		});
	}

	static String bounded(String text, int limit) {
		return text == null || text.length() <= limit ? text : text.substring(0, limit);
	}
}
