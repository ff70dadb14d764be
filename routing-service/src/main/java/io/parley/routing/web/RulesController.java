package io.parley.routing.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.parley.platform.web.Caller;
import io.parley.routing.domain.Catalog;
import io.parley.routing.domain.RoutingException;
import io.parley.routing.domain.RoutingRule;
import io.parley.routing.domain.RuleConditions;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The tenant's ordered routing rules; the first enabled rule that matches a message decides. */
@RestController
@RequestMapping("/api/v1/routing/rules")
class RulesController {

	static final Set<String> CATEGORIES = Set.of("sales", "support", "complaint", "inquiry", "technical", "general");
	static final Set<String> PRIORITIES = Set.of("critical", "high", "normal", "low");

	record Conditions(List<String> categories, List<String> priorities, Integer minUrgency, Integer maxUrgency,
			List<String> channels, List<String> languages, List<String> keywords, List<String> customerTiers) {
	}

	record RuleRequest(String name, Integer position, Boolean enabled, Conditions conditions, String agentId,
			String team) {
	}

	record RuleView(String id, String name, int position, boolean enabled, RuleConditions conditions, String agentId,
			String team) {

		static RuleView of(RoutingRule rule) {
			return new RuleView(rule.id(), rule.name(), rule.position(), rule.enabled(), rule.conditions(),
					rule.agentId(), rule.team());
		}
	}

	private final Catalog catalog;

	RulesController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	Mono<Map<String, List<RuleView>>> list(Caller caller) {
		return Blocking.call(() -> Map.of("rules", catalog.rules(caller.tenantId()).stream().map(RuleView::of).toList()));
	}

	@GetMapping("/{id}")
	Mono<RuleView> get(Caller caller, @PathVariable String id) {
		return Blocking.call(() -> RuleView.of(catalog.rule(caller.tenantId(), id)));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<RuleView> create(Caller caller, @RequestBody RuleRequest request) {
		return Blocking.call(() -> {
			RoutingRule blank = new RoutingRule(UUID.randomUUID().toString(), caller.tenantId(), null, 0, true,
					RuleConditions.any(), null, null);
			return RuleView.of(catalog.createRule(merge(blank, request, true), request.position() != null));
		});
	}

	@PutMapping("/{id}")
	Mono<RuleView> replace(Caller caller, @PathVariable String id, @RequestBody RuleRequest request) {
		return update(caller, id, request);
	}

	@PatchMapping("/{id}")
	Mono<RuleView> update(Caller caller, @PathVariable String id, @RequestBody RuleRequest request) {
		return Blocking.call(
				() -> RuleView.of(catalog.updateRule(caller.tenantId(), id, before -> merge(before, request, false))));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> delete(Caller caller, @PathVariable String id) {
		return Blocking.call(() -> {
			catalog.deleteRule(caller.tenantId(), id);
			return true;
		}).then();
	}

	private static RoutingRule merge(RoutingRule before, RuleRequest request, boolean creating) {
		String name = Check.text("name", request.name(), 200, creating);
		int position = request.position() == null ? before.position()
				: Check.range("position", request.position(), 0, 1_000_000);
		boolean enabled = request.enabled() == null ? before.enabled() : request.enabled();
		RuleConditions conditions = request.conditions() == null ? before.conditions() : conditions(request.conditions());
		String agentId = before.agentId();
		String team = before.team();
		if (request.agentId() != null || request.team() != null) {
			agentId = Check.text("agent_id", request.agentId(), 36, false);
			team = Check.text("team", request.team(), 100, false);
			team = team == null ? null : team.toLowerCase(java.util.Locale.ROOT);
		}
		if (agentId == null && team == null) {
			throw RoutingException.invalid("agent_id", "or team is required: the agent or team the rule sends to");
		}
		return new RoutingRule(before.id(), before.tenantId(), name == null ? before.name() : name, position, enabled,
				conditions, agentId, team);
	}

	private static RuleConditions conditions(Conditions c) {
		Integer min = c.minUrgency() == null ? null : Check.range("conditions.min_urgency", c.minUrgency(), 1, 10);
		Integer max = c.maxUrgency() == null ? null : Check.range("conditions.max_urgency", c.maxUrgency(), 1, 10);
		if (min != null && max != null && min > max) {
			throw RoutingException.invalid("conditions.min_urgency", "must not exceed max_urgency");
		}
		return new RuleConditions(Check.words("conditions.categories", c.categories(), CATEGORIES),
				Check.words("conditions.priorities", c.priorities(), PRIORITIES), min, max,
				Check.words("conditions.channels", c.channels(), null),
				Check.words("conditions.languages", c.languages(), null),
				Check.words("conditions.keywords", c.keywords(), null),
				Check.words("conditions.customer_tiers", c.customerTiers(), null));
	}
}
