package io.parley.routing.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.parley.platform.web.Caller;
import io.parley.routing.domain.Catalog;
import io.parley.routing.domain.RoutedConversation;
import io.parley.routing.domain.RoutingDecision;
import io.parley.routing.domain.RoutingException;
import io.parley.routing.domain.RoutingService;
import io.parley.routing.domain.TenantSettings;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Resolving a conversation, a conversation's routing state and decisions, and the tenant's routing settings. */
@RestController
class RoutingController {

	static final Set<String> RESOLUTIONS = Set.of("agent", "bot");

	record ResolveRequest(String resolvedBy, String resolution) {
	}

	record ConversationView(String conversationId, String userId, String state, String aiAgentId, String assignedAgent,
			String escalationReason, int priority, int unresolvedTurns, Instant queuedAt, Instant lastActivityAt,
			Instant resolvedAt, List<RoutingDecision> decisions) {

		static ConversationView of(RoutedConversation c, List<RoutingDecision> decisions) {
			return new ConversationView(c.conversationId(), c.userId(), c.state().name().toLowerCase(Locale.ROOT),
					c.aiAgentId(), c.agentId(), c.escalationReason(), c.priority(), c.unresolvedTurns(), c.queuedAt(),
					c.lastActivityAt(), c.resolvedAt(), decisions);
		}
	}

	record SettingsRequest(Double confidenceThreshold, Double sentimentThreshold, Integer urgencyThreshold,
			Integer unresolvedTurns, Integer hourlyAssignmentLimit, Integer vipPriorityStep, Long idleResolveSeconds) {
	}

	private final RoutingService routing;
	private final Catalog catalog;

	RoutingController(RoutingService routing, Catalog catalog) {
		this.routing = routing;
		this.catalog = catalog;
	}

	@PostMapping("/api/v1/conversations/{id}/resolve")
	Mono<ConversationView> resolve(Caller caller, @PathVariable String id,
			@RequestBody(required = false) ResolveRequest request) {
		return Blocking.call(() -> {
			ResolveRequest body = request == null ? new ResolveRequest(null, null) : request;
			String by = Check.text("resolved_by", body.resolvedBy(), 200, false);
			String resolution = Check.text("resolution", body.resolution(), 20, false);
			if (resolution != null && !RESOLUTIONS.contains(resolution)) {
				throw RoutingException.invalid("resolution", "must be agent or bot");
			}
			RoutedConversation resolved = routing.resolve(caller.tenantId(), id, by, resolution);
			return ConversationView.of(resolved, List.of());
		});
	}

	@GetMapping("/api/v1/routing/conversations/{id}")
	Mono<ConversationView> conversation(Caller caller, @PathVariable String id) {
		return Blocking.call(() -> {
			RoutedConversation c = routing.find(caller.tenantId(), id)
				.orElseThrow(() -> RoutingException.notFound("Conversation " + id + " has not been routed"));
			return ConversationView.of(c, routing.decisions(caller.tenantId(), id));
		});
	}

	@GetMapping("/api/v1/routing/settings")
	Mono<TenantSettings> settings(Caller caller) {
		return Blocking.call(() -> catalog.settings(caller.tenantId()));
	}

	@PutMapping("/api/v1/routing/settings")
	Mono<TenantSettings> replaceSettings(Caller caller, @RequestBody SettingsRequest request) {
		return updateSettings(caller, request);
	}

	@PatchMapping("/api/v1/routing/settings")
	Mono<TenantSettings> updateSettings(Caller caller, @RequestBody SettingsRequest r) {
		return Blocking.call(() -> catalog.updateSettings(caller.tenantId(), s -> new TenantSettings(s.tenantId(),
				r.confidenceThreshold() == null ? s.confidenceThreshold()
						: Check.range("confidence_threshold", r.confidenceThreshold(), 0.0, 1.0),
				r.sentimentThreshold() == null ? s.sentimentThreshold()
						: Check.range("sentiment_threshold", r.sentimentThreshold(), -1.0, 1.0),
				r.urgencyThreshold() == null ? s.urgencyThreshold()
						: Check.range("urgency_threshold", r.urgencyThreshold(), 1, 11),
				r.unresolvedTurns() == null ? s.unresolvedTurns()
						: Check.range("unresolved_turns", r.unresolvedTurns(), 1, 1000),
				r.hourlyAssignmentLimit() == null ? s.hourlyAssignmentLimit()
						: Check.range("hourly_assignment_limit", r.hourlyAssignmentLimit(), 1, 100_000),
				r.vipPriorityStep() == null ? s.vipPriorityStep()
						: Check.range("vip_priority_step", r.vipPriorityStep(), 0, 100),
				r.idleResolveSeconds() == null ? s.idleResolveSeconds()
						: (long) Check.range("idle_resolve_seconds", r.idleResolveSeconds().intValue(), 60, 90 * 86400))));
	}
}
