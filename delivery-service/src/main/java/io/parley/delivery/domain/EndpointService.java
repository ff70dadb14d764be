package io.parley.delivery.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.parley.delivery.config.DeliveryProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A tenant's endpoints and the replay of their messages. Every method is scoped to the calling tenant. */
@Service
public class EndpointService {

	/** Why a request cannot be carried out; the web layer renders it. */
	public static class Refusal extends RuntimeException {

		public enum Kind {
			INVALID, NOT_FOUND, CONFLICT
		}

		private final Kind kind;
		private final String field;

		public Refusal(Kind kind, String field, String message) {
			super(message);
			this.kind = kind;
			this.field = field;
		}

		public Kind kind() {
			return kind;
		}

		public String field() {
			return field;
		}
	}

	/** Fields of a create or update; a null field of an update is left as it is. */
	public record Changes(String url, String description, boolean descriptionSet, EventTypeFilter eventTypes,
			Boolean enabled, Integer rateLimitPerSecond, boolean rateLimitSet) {
	}

	public record Stats(long pending, long succeeded, long failed, Double successRate) {
	}

	public record Recovery(int recovered, boolean more) {
	}

	private final EndpointStore endpoints;
	private final MessageStore messages;
	private final EndpointUrls urls;
	private final Payloads payloads;
	private final Dispatcher dispatcher;
	private final DeliveryProperties properties;
	private final Clock clock;

	public EndpointService(EndpointStore endpoints, MessageStore messages, EndpointUrls urls, Payloads payloads,
			Dispatcher dispatcher, DeliveryProperties properties, Clock clock) {
		this.endpoints = endpoints;
		this.messages = messages;
		this.urls = urls;
		this.payloads = payloads;
		this.dispatcher = dispatcher;
		this.properties = properties;
		this.clock = clock;
	}

	public Endpoint create(String tenantId, Changes changes) {
		if (changes.url() == null) {
			throw new Refusal(Refusal.Kind.INVALID, "url", "url is required");
		}
		checkUrl(tenantId, changes.url());
		Instant now = clock.instant();
		Endpoint endpoint = new Endpoint(Ids.endpointId(), tenantId, changes.url(), changes.description(),
				changes.eventTypes() == null ? EventTypeFilter.ALL : changes.eventTypes(),
				changes.enabled() == null || changes.enabled(), null, changes.rateLimitPerSecond(),
				Signatures.newSecret(), null, null, null, now, now);
		endpoints.insert(endpoint);
		return endpoint;
	}

	public List<Endpoint> list(String tenantId) {
		return endpoints.ofTenant(tenantId);
	}

	public Endpoint get(String tenantId, String endpointId) {
		return endpoints.find(tenantId, endpointId)
			.orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, null, "No endpoint " + endpointId + " for this tenant"));
	}

	public Stats stats(String tenantId, String endpointId) {
		get(tenantId, endpointId);
		Map<DeliveryMessage.Status, Long> counts = messages.countsByStatus(endpointId);
		long succeeded = counts.getOrDefault(DeliveryMessage.Status.SUCCEEDED, 0L);
		long failed = counts.getOrDefault(DeliveryMessage.Status.FAILED, 0L);
		Double rate = succeeded + failed == 0 ? null : (double) succeeded / (succeeded + failed);
		return new Stats(counts.getOrDefault(DeliveryMessage.Status.PENDING, 0L), succeeded, failed, rate);
	}

	@Transactional
	public Endpoint update(String tenantId, String endpointId, Changes changes) {
		Endpoint current = get(tenantId, endpointId);
		if (changes.url() != null) {
			checkUrl(tenantId, changes.url());
		}
		boolean enabled = changes.enabled() == null ? current.enabled() : changes.enabled();
		boolean reEnabled = enabled && !current.enabled();
		Endpoint updated = new Endpoint(current.id(), tenantId, changes.url() == null ? current.url() : changes.url(),
				changes.descriptionSet() ? changes.description() : current.description(),
				changes.eventTypes() == null ? current.eventTypes() : changes.eventTypes(), enabled,
				enabled ? null : (changes.enabled() != null && current.enabled() ? "disabled by the tenant"
						: current.disabledReason()),
				changes.rateLimitSet() ? changes.rateLimitPerSecond() : current.rateLimitPerSecond(), current.secret(),
				current.previousSecret(), current.previousSecretExpiresAt(),
				reEnabled ? null : current.failingSince(), current.createdAt(), clock.instant());
		endpoints.update(updated);
		if (reEnabled) {
			DeliveryIntake.wakeAfterCommit(dispatcher);
		}
		return updated;
	}

	public void delete(String tenantId, String endpointId) {
		if (!endpoints.delete(tenantId, endpointId)) {
			throw new Refusal(Refusal.Kind.NOT_FOUND, null, "No endpoint " + endpointId + " for this tenant");
		}
	}

	/** A new secret; the previous one still signs (second signature) for the grace period. */
	@Transactional
	public Endpoint rotateSecret(String tenantId, String endpointId, Duration gracePeriod) {
		Endpoint current = get(tenantId, endpointId);
		Instant now = clock.instant();
		Duration grace = gracePeriod == null ? properties.secretGracePeriod() : gracePeriod;
		Endpoint rotated = new Endpoint(current.id(), tenantId, current.url(), current.description(),
				current.eventTypes(), current.enabled(), current.disabledReason(), current.rateLimitPerSecond(),
				Signatures.newSecret(), grace.isZero() ? null : current.secret(), grace.isZero() ? null : now.plus(grace),
				current.failingSince(), current.createdAt(), now);
		endpoints.update(rotated);
		return rotated;
	}

	/** Records an example event for the endpoint; the dispatcher delivers it like any other. */
	@Transactional
	public DeliveryMessage sendTest(String tenantId, String endpointId, String eventType) {
		Endpoint endpoint = get(tenantId, endpointId);
		if (!endpoint.enabled()) {
			throw new Refusal(Refusal.Kind.CONFLICT, null, "The endpoint is disabled; enable it to send a test");
		}
		String type = eventType == null ? "conversation.created" : eventType;
		Instant now = clock.instant();
		String eventId = "test_" + UUID.randomUUID();
		DeliveryMessage message = new DeliveryMessage(0, Ids.messageId(endpointId, eventId), tenantId, endpointId,
				eventId, type, null, payloads.render(type, now, (Object) ExampleEvents.data(type)),
				DeliveryMessage.Status.PENDING, 0, 0, now, now, now, null, null);
		messages.insert(message);
		DeliveryIntake.wakeAfterCommit(dispatcher);
		return message;
	}

	public List<DeliveryMessage> messages(String tenantId, String endpointId, DeliveryMessage.Status status, int limit) {
		get(tenantId, endpointId);
		return messages.ofEndpoint(tenantId, endpointId, status, limit);
	}

	public DeliveryMessage message(String tenantId, String messageId) {
		return messages.find(tenantId, messageId)
			.orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, null, "No message " + messageId + " for this tenant"));
	}

	public List<Attempt> attempts(String tenantId, String messageId) {
		message(tenantId, messageId);
		return messages.attempts(tenantId, messageId);
	}

	/** Sends a message again from the start of its schedule, with the same webhook-id. */
	@Transactional
	public DeliveryMessage resend(String tenantId, String messageId) {
		DeliveryMessage message = message(tenantId, messageId);
		if (message.payload() == null) {
			throw new Refusal(Refusal.Kind.CONFLICT, null,
					"The message's payload is past its retention period and can no longer be sent");
		}
		messages.requeue(message.seq(), clock.instant());
		DeliveryIntake.wakeAfterCommit(dispatcher);
		return message(tenantId, messageId);
	}

	/** Puts failed messages of the endpoint created since {@code since} back in the queue, in bounded batches. */
	public Recovery recover(String tenantId, String endpointId, Instant since) {
		get(tenantId, endpointId);
		Instant now = clock.instant();
		if (since.isAfter(now)) {
			throw new Refusal(Refusal.Kind.INVALID, "since", "since must not be in the future");
		}
		int recovered = 0;
		int batch;
		do {
			int limit = Math.min(properties.recoverBatchSize(), properties.recoverMax() - recovered);
			batch = limit <= 0 ? 0 : messages.requeueFailed(endpointId, since, now, limit);
			recovered += batch;
			if (batch > 0) {
				dispatcher.wake();
			}
		}
		while (batch == properties.recoverBatchSize() && recovered < properties.recoverMax());
		boolean more = recovered >= properties.recoverMax()
				&& !messages.ofEndpoint(tenantId, endpointId, DeliveryMessage.Status.FAILED, 1).isEmpty();
		return new Recovery(recovered, more);
	}

	private void checkUrl(String tenantId, String url) {
		if (url.length() > 2048) {
			throw new Refusal(Refusal.Kind.INVALID, "url", "url is longer than 2048 characters");
		}
		Optional<String> refusal = urls.refusal(url, properties.httpsOnly(tenantId));
		if (refusal.isPresent()) {
			throw new Refusal(Refusal.Kind.INVALID, "url", "url is refused: " + refusal.get());
		}
	}
}
