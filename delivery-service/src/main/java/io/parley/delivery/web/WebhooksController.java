package io.parley.delivery.web;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import io.parley.delivery.domain.Attempt;
import io.parley.delivery.domain.DeliveryMessage;
import io.parley.delivery.domain.Endpoint;
import io.parley.delivery.domain.EndpointService;
import io.parley.delivery.domain.EndpointService.Changes;
import io.parley.delivery.domain.EndpointService.Refusal;
import io.parley.delivery.domain.EventTypeFilter;
import io.parley.platform.web.ApiException;
import io.parley.platform.web.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The partner webhooks API, scoped to the calling tenant. */
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhooksController {

	private static final Set<String> ENDPOINT_FIELDS = Set.of("url", "description", "event_types", "enabled",
			"rate_limit_per_second");

	private final EndpointService endpoints;

	WebhooksController(EndpointService endpoints) {
		this.endpoints = endpoints;
	}

	@PostMapping("/endpoints")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<Map<String, Object>> create(Caller caller, @RequestBody(required = false) Map<String, Object> body) {
		Changes changes = changes(body == null ? Map.of() : body);
		return blocking(() -> view(endpoints.create(caller.tenantId(), changes), true, null));
	}

	@GetMapping("/endpoints")
	Mono<Map<String, Object>> list(Caller caller) {
		return blocking(() -> Map.of("data",
				endpoints.list(caller.tenantId()).stream().map(endpoint -> view(endpoint, false, null)).toList()));
	}

	@GetMapping("/endpoints/{id}")
	Mono<Map<String, Object>> get(Caller caller, @PathVariable String id) {
		return blocking(() -> view(endpoints.get(caller.tenantId(), id), true, endpoints.stats(caller.tenantId(), id)));
	}

	@PatchMapping("/endpoints/{id}")
	Mono<Map<String, Object>> update(Caller caller, @PathVariable String id,
			@RequestBody(required = false) Map<String, Object> body) {
		Changes changes = changes(body == null ? Map.of() : body);
		return blocking(() -> view(endpoints.update(caller.tenantId(), id, changes), false, null));
	}

	@DeleteMapping("/endpoints/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> delete(Caller caller, @PathVariable String id) {
		return blocking(() -> {
			endpoints.delete(caller.tenantId(), id);
			return Boolean.TRUE;
		}).then();
	}

	@PostMapping("/endpoints/{id}/test")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<Map<String, Object>> test(Caller caller, @PathVariable String id,
			@RequestBody(required = false) Map<String, Object> body) {
		Map<String, Object> fields = body == null ? Map.of() : body;
		unknownFields(fields, Set.of("event_type"));
		Object type = fields.get("event_type");
		if (type != null && !(type instanceof String text && EventTypeFilter.isValidPattern(text) && !text.contains("*"))) {
			throw invalid("event_type", "event_type must be an event type such as conversation.escalated");
		}
		return blocking(() -> view(endpoints.sendTest(caller.tenantId(), id, (String) type)));
	}

	@PostMapping("/endpoints/{id}/rotate-secret")
	Mono<Map<String, Object>> rotate(Caller caller, @PathVariable String id,
			@RequestBody(required = false) Map<String, Object> body) {
		Map<String, Object> fields = body == null ? Map.of() : body;
		unknownFields(fields, Set.of("grace_period_seconds"));
		Object grace = fields.get("grace_period_seconds");
		if (grace != null && !(grace instanceof Integer seconds && seconds >= 0 && seconds <= 7 * 24 * 3600)) {
			throw invalid("grace_period_seconds", "grace_period_seconds must be a whole number from 0 to 604800");
		}
		Duration gracePeriod = grace == null ? null : Duration.ofSeconds((Integer) grace);
		return blocking(() -> {
			Endpoint rotated = endpoints.rotateSecret(caller.tenantId(), id, gracePeriod);
			Map<String, Object> view = new LinkedHashMap<>();
			view.put("id", rotated.id());
			view.put("secret", rotated.secret());
			view.put("previous_secret_expires_at", text(rotated.previousSecretExpiresAt()));
			return view;
		});
	}

	@GetMapping("/endpoints/{id}/messages")
	Mono<Map<String, Object>> messages(Caller caller, @PathVariable String id,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "50") int limit) {
		DeliveryMessage.Status wanted = status == null ? null : status(status);
		if (limit < 1 || limit > 500) {
			throw invalid("limit", "limit must be from 1 to 500");
		}
		return blocking(() -> {
			List<Map<String, Object>> data = endpoints.messages(caller.tenantId(), id, wanted, limit).stream()
				.map(WebhooksController::view).toList();
			EndpointService.Stats stats = endpoints.stats(caller.tenantId(), id);
			return Map.of("data", data, "stats", stats(stats));
		});
	}

	@GetMapping("/messages/{id}")
	Mono<Map<String, Object>> message(Caller caller, @PathVariable String id) {
		return blocking(() -> view(endpoints.message(caller.tenantId(), id)));
	}

	@GetMapping("/messages/{id}/attempts")
	Mono<Map<String, Object>> attempts(Caller caller, @PathVariable String id) {
		return blocking(() -> Map.of("message_id", id, "data",
				endpoints.attempts(caller.tenantId(), id).stream().map(WebhooksController::view).toList()));
	}

	@PostMapping("/messages/{id}/resend")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<Map<String, Object>> resend(Caller caller, @PathVariable String id) {
		return blocking(() -> view(endpoints.resend(caller.tenantId(), id)));
	}

	@PostMapping("/endpoints/{id}/recover")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<Map<String, Object>> recover(Caller caller, @PathVariable String id,
			@RequestBody(required = false) Map<String, Object> body) {
		Map<String, Object> fields = body == null ? Map.of() : body;
		unknownFields(fields, Set.of("since"));
		if (!(fields.get("since") instanceof String since)) {
			throw invalid("since", "since is required: an ISO-8601 time such as 2026-01-12T15:40:00Z");
		}
		Instant from;
		try {
			from = Instant.parse(since);
		}
		catch (DateTimeParseException ex) {
			throw invalid("since", "since must be an ISO-8601 time such as 2026-01-12T15:40:00Z");
		}
		return blocking(() -> {
			EndpointService.Recovery recovery = endpoints.recover(caller.tenantId(), id, from);
			return Map.of("recovered", recovery.recovered(), "more", recovery.more());
		});
	}

	private static Changes changes(Map<String, Object> body) {
		unknownFields(body, ENDPOINT_FIELDS);
		Object url = body.get("url");
		if (url != null && !(url instanceof String text && !text.isBlank())) {
			throw invalid("url", "url must be a non-empty string");
		}
		Object description = body.get("description");
		if (description != null && !(description instanceof String text && text.length() <= 500)) {
			throw invalid("description", "description must be a string of at most 500 characters");
		}
		EventTypeFilter filter = null;
		if (body.containsKey("event_types")) {
			Object types = body.get("event_types");
			if (types == null) {
				filter = EventTypeFilter.ALL;
			}
			else if (types instanceof List<?> list && !list.isEmpty() && list.size() <= 100
					&& list.stream().allMatch(type -> type instanceof String text && EventTypeFilter.isValidPattern(text))) {
				filter = new EventTypeFilter(list.stream().map(String.class::cast).distinct().toList());
			}
			else {
				throw invalid("event_types", "event_types must be a non-empty list of event types, such as "
						+ "[\"conversation.escalated\", \"message.*\"], or [\"*\"] for all");
			}
		}
		Object enabled = body.get("enabled");
		if (enabled != null && !(enabled instanceof Boolean)) {
			throw invalid("enabled", "enabled must be true or false");
		}
		Object rate = body.get("rate_limit_per_second");
		if (rate != null && !(rate instanceof Integer perSecond && perSecond >= 1 && perSecond <= 10_000)) {
			throw invalid("rate_limit_per_second", "rate_limit_per_second must be a whole number from 1 to 10000, or null");
		}
		return new Changes((String) url, (String) description, body.containsKey("description"), filter,
				(Boolean) enabled, (Integer) rate, body.containsKey("rate_limit_per_second"));
	}

	private static void unknownFields(Map<String, Object> body, Set<String> known) {
		List<String> unknown = new ArrayList<>(body.keySet().stream().filter(key -> !known.contains(key)).toList());
		if (!unknown.isEmpty()) {
			throw ApiException.badRequest("Unknown field(s): " + unknown, Map.of("unknown_fields", unknown,
					"accepted_fields", known.stream().sorted().toList()));
		}
	}

	private static DeliveryMessage.Status status(String status) {
		try {
			return DeliveryMessage.Status.valueOf(status.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw invalid("status", "status must be pending, succeeded or failed");
		}
	}

	private static ApiException invalid(String field, String message) {
		return ApiException.badRequest(message, Map.of("field", field));
	}

	private static <T> Mono<T> blocking(Callable<T> work) {
		return Mono.fromCallable(() -> {
			try {
				return work.call();
			}
			catch (Refusal refusal) {
				throw switch (refusal.kind()) {
					case INVALID -> ApiException.badRequest(refusal.getMessage(),
							refusal.field() == null ? Map.of() : Map.of("field", refusal.field()));
					case NOT_FOUND -> ApiException.notFound(refusal.getMessage());
					case CONFLICT -> new ApiException(HttpStatus.CONFLICT, "conflict", refusal.getMessage(), Map.of());
				};
			}
		}).subscribeOn(Schedulers.boundedElastic());
	}

	static Map<String, Object> view(Endpoint endpoint, boolean withSecret, EndpointService.Stats stats) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", endpoint.id());
		view.put("url", endpoint.url());
		view.put("description", endpoint.description());
		view.put("event_types", endpoint.eventTypes().shown());
		view.put("enabled", endpoint.enabled());
		view.put("disabled_reason", endpoint.disabledReason());
		view.put("rate_limit_per_second", endpoint.rateLimitPerSecond());
		if (withSecret) {
			view.put("secret", endpoint.secret());
		}
		view.put("previous_secret_expires_at", text(endpoint.previousSecretExpiresAt()));
		view.put("failing_since", text(endpoint.failingSince()));
		view.put("created_at", text(endpoint.createdAt()));
		view.put("updated_at", text(endpoint.updatedAt()));
		if (stats != null) {
			view.put("stats", stats(stats));
		}
		return view;
	}

	private static Map<String, Object> stats(EndpointService.Stats stats) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("pending", stats.pending());
		view.put("succeeded", stats.succeeded());
		view.put("failed", stats.failed());
		view.put("success_rate", stats.successRate());
		return view;
	}

	static Map<String, Object> view(DeliveryMessage message) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", message.id());
		view.put("endpoint_id", message.endpointId());
		view.put("event_id", message.eventId());
		view.put("event_type", message.eventType());
		view.put("conversation_id", message.conversationId());
		view.put("status", message.status().name().toLowerCase(Locale.ROOT));
		view.put("attempts", message.attemptCount());
		view.put("next_attempt_at", text(message.nextAttemptAt()));
		view.put("last_attempt_at", text(message.lastAttemptAt()));
		view.put("delivered_at", text(message.deliveredAt()));
		view.put("created_at", text(message.createdAt()));
		view.put("payload_retained", message.payload() != null);
		return view;
	}

	static Map<String, Object> view(Attempt attempt) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("attempted_at", text(attempt.attemptedAt()));
		view.put("status_code", attempt.statusCode());
		view.put("succeeded", attempt.succeeded());
		view.put("latency_ms", attempt.latencyMillis());
		view.put("response_excerpt", attempt.responseExcerpt());
		view.put("error", attempt.error());
		return view;
	}

	private static String text(Instant instant) {
		return instant == null ? null : instant.toString();
	}
}
