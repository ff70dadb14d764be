package io.parley.routing.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.parley.events.AgentKind;
import io.parley.platform.web.Caller;
import io.parley.routing.domain.Agent;
import io.parley.routing.domain.Catalog;
import io.parley.routing.domain.RoutingException;
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

/**
 * The tenant's agents. PUT and PATCH both change the fields they name; {@code PATCH {"online": false}} takes a human
 * agent offline and hands their conversations to others.
 */
@RestController
@RequestMapping("/api/v1/agents")
class AgentsController {

	static final int MAX_CAPACITY = 1000;

	record AgentRequest(String name, String kind, String description, List<String> skills, List<String> languages,
			Integer capacity, Boolean online, String endpoint) {
	}

	record AgentView(String id, String name, String kind, String description, List<String> skills,
			List<String> languages, int capacity, boolean online, String endpoint, String systemKey) {

		static AgentView of(Agent agent) {
			return new AgentView(agent.id(), agent.name(), agent.kind().name().toLowerCase(Locale.ROOT),
					agent.description(), agent.skills(), agent.languages(), agent.capacity(), agent.online(),
					agent.endpoint(), agent.systemKey());
		}
	}

	private final Catalog catalog;

	AgentsController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	Mono<Map<String, List<AgentView>>> list(Caller caller) {
		return Blocking.call(() -> Map.of("agents", catalog.agents(caller.tenantId()).stream().map(AgentView::of).toList()));
	}

	@GetMapping("/{id}")
	Mono<AgentView> get(Caller caller, @PathVariable String id) {
		return Blocking.call(() -> AgentView.of(catalog.agent(caller.tenantId(), id)));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<AgentView> create(Caller caller, @RequestBody AgentRequest request) {
		return Blocking.call(() -> {
			AgentKind kind = kind(Check.text("kind", request.kind(), 20, true));
			Agent blank = new Agent(UUID.randomUUID().toString(), caller.tenantId(), null, kind, null, List.of(),
					List.of(), kind == AgentKind.HUMAN ? 5 : 0, true,
					null, null);
			return AgentView.of(catalog.createAgent(merge(blank, request, true)));
		});
	}

	@PutMapping("/{id}")
	Mono<AgentView> replace(Caller caller, @PathVariable String id, @RequestBody AgentRequest request) {
		return update(caller, id, request);
	}

	@PatchMapping("/{id}")
	Mono<AgentView> update(Caller caller, @PathVariable String id, @RequestBody AgentRequest request) {
		// A refused change throws inside the transaction: nothing is changed.
		return Blocking.call(
				() -> AgentView.of(catalog.updateAgent(caller.tenantId(), id, before -> merge(before, request, false))));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> delete(Caller caller, @PathVariable String id) {
		return Blocking.call(() -> {
			catalog.deleteAgent(caller.tenantId(), id);
			return true;
		}).then();
	}

	private static Agent merge(Agent before, AgentRequest request, boolean creating) {
		String name = Check.text("name", request.name(), 200, creating);
		AgentKind kind = request.kind() == null ? before.kind() : kind(request.kind());
		String description = request.description() == null ? before.description()
				: Check.text("description", request.description(), 1000, false);
		List<String> skills = request.skills() == null ? before.skills() : Check.words("skills", request.skills(), null);
		List<String> languages = request.languages() == null ? before.languages()
				: Check.words("languages", request.languages(), null);
		int capacity = request.capacity() == null ? before.capacity()
				: Check.range("capacity", request.capacity(), 0, MAX_CAPACITY);
		boolean online = request.online() == null ? before.online() : request.online();
		String endpoint = request.endpoint() == null ? before.endpoint() : Check.url("endpoint", request.endpoint());
		if (kind == AgentKind.EXTERNAL && endpoint == null) {
			throw RoutingException.invalid("endpoint", "is required for an external agent (the webhook it listens on)");
		}
		if (kind == AgentKind.HUMAN && capacity < 1) {
			throw RoutingException.invalid("capacity", "must be at least 1 for a human agent");
		}
		return new Agent(before.id(), before.tenantId(), name == null ? before.name() : name, kind, description, skills,
				languages, capacity, online, endpoint, before.systemKey());
	}

	private static AgentKind kind(String kind) {
		try {
			return AgentKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw RoutingException.invalid("kind", "must be ai, human or external");
		}
	}
}
