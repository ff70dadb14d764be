package io.parley.routing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.parley.routing.persistence.JdbcCatalog;
import io.parley.routing.persistence.JdbcConversations;
import org.springframework.stereotype.Component;

/**
 * Human assignment, always under the tenant's lock (see {@link TenantSetup#lock}): round-robin among online agents
 * with free capacity, matching skills and language, and fewer than the tenant's hourly limit of assignments; the
 * queue is served highest priority first, then longest waiting.
 */
@Component
class Assigner {

	private static final int QUEUE_BATCH = 500;

	private final JdbcCatalog catalog;
	private final JdbcConversations conversations;
	private final RoutingEvents events;

	Assigner(JdbcCatalog catalog, JdbcConversations conversations, RoutingEvents events) {
		this.catalog = catalog;
		this.conversations = conversations;
		this.events = events;
	}

	/** Each agent's open conversations and assignments in the last hour, read once per unit of work. */
	final class Pool {

		private final TenantSettings settings;
		private final Instant now;
		private final List<Agent> agents;
		private final Map<String, Integer> load = new HashMap<>();
		private final Map<String, Integer> lastHour = new HashMap<>();

		Pool(TenantSettings settings, Instant now) {
			this.settings = settings;
			this.now = now;
			this.agents = new ArrayList<>(catalog.humansInTurn(settings.tenantId()).stream().filter(Agent::online).toList());
			for (Agent agent : agents) {
				load.put(agent.id(), conversations.openLoad(agent.id()));
				lastHour.put(agent.id(), conversations.assignmentsSince(agent.id(), now.minus(Duration.ofHours(1))));
			}
		}

		boolean anyFree() {
			return agents.stream().anyMatch(this::free);
		}

		private boolean free(Agent agent) {
			return load.get(agent.id()) < agent.capacity() && lastHour.get(agent.id()) < settings.hourlyAssignmentLimit();
		}

		/** The next agent in turn who can take the conversation, if any. */
		Optional<Agent> next(RoutedConversation conversation) {
			return agents.stream()
				.filter(this::free)
				.filter(agent -> agent.canHandle(conversation.requiredSkill(), conversation.language()))
				.findFirst();
		}

		/** Assigns and moves the agent to the back of the turn order. */
		RoutedConversation assign(RoutedConversation c, Agent agent) {
			long assignmentId = conversations.insertAssignment(c.tenantId(), c.conversationId(), agent.id(), now);
			catalog.markAssigned(agent.id(), assignmentId);
			load.merge(agent.id(), 1, Integer::sum);
			lastHour.merge(agent.id(), 1, Integer::sum);
			agents.remove(agent);
			agents.add(agent);
			RoutedConversation assigned = new RoutedConversation(c.tenantId(), c.conversationId(), c.userId(),
					c.channel(), c.phoneNumber(), c.groupName(), ConversationState.ASSIGNED, c.aiAgentId(), agent.id(),
					c.previousAgentId(), c.escalationReason(), c.requiredSkill(), c.language(), c.priority(),
					c.unresolvedTurns(), c.queuedAt(), now, c.openedAt(), null);
			conversations.save(assigned);
			long queued = c.queuedAt() == null ? 0 : Math.max(0, Duration.between(c.queuedAt(), now).toMillis());
			events.assigned(assigned, agent, c.previousAgentId(), queued, now);
			return assigned;
		}
	}

	Pool pool(TenantSettings settings, Instant now) {
		return new Pool(settings, now);
	}

	/** Assigns waiting conversations while anyone has room. */
	void drain(TenantSettings settings, Instant now) {
		Pool pool = pool(settings, now);
		if (!pool.anyFree()) {
			return;
		}
		for (RoutedConversation waiting : conversations.queue(settings.tenantId(), QUEUE_BATCH)) {
			pool.next(waiting).ifPresent(agent -> pool.assign(waiting, agent));
			if (!pool.anyFree()) {
				return;
			}
		}
	}

	/**
	 * An agent went offline, was removed, or lost capacity: their conversations beyond what they can still hold go
	 * back to the front of the queue (they keep their priority and original waiting time) and are reassigned.
	 */
	void release(TenantSettings settings, Agent agent, boolean all, Instant now) {
		List<RoutedConversation> held = conversations.assignedTo(settings.tenantId(), agent.id());
		int keep = all ? 0 : Math.max(0, agent.capacity());
		for (RoutedConversation c : held.subList(Math.min(keep, held.size()), held.size())) {
			conversations.releaseAssignment(c.tenantId(), c.conversationId(), now);
			conversations.save(new RoutedConversation(c.tenantId(), c.conversationId(), c.userId(), c.channel(),
					c.phoneNumber(), c.groupName(), ConversationState.ESCALATED, c.aiAgentId(), null, agent.id(),
					c.escalationReason(), c.requiredSkill(), c.language(), c.priority(), c.unresolvedTurns(),
					c.queuedAt() == null ? now : c.queuedAt(), c.lastActivityAt(), c.openedAt(), null));
		}
		drain(settings, now);
	}
}
