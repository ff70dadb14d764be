package io.parley.routing.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import io.parley.events.AgentKind;
import io.parley.routing.persistence.JdbcCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A tenant's agents, routing rules, critical customers and settings. Every change runs under the tenant's lock, so
 * an agent going offline (or losing capacity) hands their conversations back to the queue and a new free agent
 * takes waiting conversations, without racing the routing of new messages.
 */
@Service
public class Catalog {

	private final TenantSetup setup;
	private final JdbcCatalog catalog;
	private final Assigner assigner;
	private final TransactionTemplate transaction;
	private final Clock clock;

	Catalog(TenantSetup setup, JdbcCatalog catalog, Assigner assigner, TransactionTemplate transaction, Clock clock) {
		this.setup = setup;
		this.catalog = catalog;
		this.assigner = assigner;
		this.transaction = transaction;
		this.clock = clock;
	}

	private <T> T locked(String tenantId, Function<TenantSettings, T> work) {
		return transaction.execute(status -> work.apply(setup.lock(tenantId)));
	}

	// agents ----------------------------------------------------------------------------------------------------

	public List<Agent> agents(String tenantId) {
		return locked(tenantId, settings -> catalog.agents(tenantId));
	}

	public Agent agent(String tenantId, String id) {
		return locked(tenantId, settings -> existingAgent(tenantId, id));
	}

	public Agent createAgent(Agent agent) {
		return locked(agent.tenantId(), settings -> {
			uniqueName(agent.tenantId(), agent.name(), null);
			Instant now = clock.instant();
			catalog.insertAgent(agent, now);
			if (agent.human() && agent.online()) {
				assigner.drain(settings, now);
			}
			return agent;
		});
	}

	public Agent updateAgent(String tenantId, String id, UnaryOperator<Agent> change) {
		return locked(tenantId, settings -> {
			Agent before = existingAgent(tenantId, id);
			Agent after = change.apply(before);
			uniqueName(tenantId, after.name(), id);
			if (before.kind() != after.kind() && after.kind() == AgentKind.HUMAN) {
				notNamedByRules(tenantId, id, "become a human agent");
			}
			Instant now = clock.instant();
			catalog.updateAgent(after, now);
			if (before.human()) {
				if (!after.human() || !after.online()) {
					assigner.release(settings, after, true, now);
				}
				else if (after.capacity() < before.capacity()) {
					assigner.release(settings, after, false, now);
				}
			}
			if (after.human() && after.online()) {
				assigner.drain(settings, now);
			}
			return after;
		});
	}

	public void deleteAgent(String tenantId, String id) {
		locked(tenantId, settings -> {
			Agent agent = existingAgent(tenantId, id);
			notNamedByRules(tenantId, id, "be deleted");
			Instant now = clock.instant();
			if (agent.human()) {
				catalog.updateAgent(new Agent(agent.id(), tenantId, agent.name(), agent.kind(), agent.description(),
						agent.skills(), agent.languages(), agent.capacity(), false, agent.endpoint(), agent.systemKey()), now);
				assigner.release(settings, agent, true, now);
			}
			catalog.deleteAgent(tenantId, id);
			return null;
		});
	}

	private Agent existingAgent(String tenantId, String id) {
		return catalog.findAgent(tenantId, id).orElseThrow(() -> RoutingException.notFound("No agent " + id));
	}

	private void uniqueName(String tenantId, String name, String exceptId) {
		catalog.findAgentByName(tenantId, name).filter(other -> !other.id().equals(exceptId)).ifPresent(other -> {
			throw RoutingException.conflict("An agent named '" + name + "' exists", Map.of("agent_id", other.id()));
		});
	}

	private void notNamedByRules(String tenantId, String agentId, String what) {
		List<RoutingRule> rules = catalog.rulesNaming(tenantId, agentId);
		if (!rules.isEmpty()) {
			throw RoutingException.conflict("The agent cannot " + what + " while routing rules name it",
					Map.of("rule_ids", rules.stream().map(RoutingRule::id).toList()));
		}
	}

	// rules -----------------------------------------------------------------------------------------------------

	public List<RoutingRule> rules(String tenantId) {
		return locked(tenantId, settings -> catalog.rules(tenantId));
	}

	public RoutingRule rule(String tenantId, String id) {
		return locked(tenantId, settings -> existingRule(tenantId, id));
	}

	/** Creates a rule; without a position it goes last. */
	public RoutingRule createRule(RoutingRule rule, boolean positionGiven) {
		return locked(rule.tenantId(), settings -> {
			RoutingRule placed = positionGiven ? rule
					: new RoutingRule(rule.id(), rule.tenantId(), rule.name(), catalog.nextRulePosition(rule.tenantId()),
							rule.enabled(), rule.conditions(), rule.agentId(), rule.team());
			checkTarget(placed);
			catalog.insertRule(placed, clock.instant());
			return placed;
		});
	}

	public RoutingRule updateRule(String tenantId, String id, UnaryOperator<RoutingRule> change) {
		return locked(tenantId, settings -> {
			RoutingRule after = change.apply(existingRule(tenantId, id));
			checkTarget(after);
			catalog.updateRule(after, clock.instant());
			return after;
		});
	}

	public void deleteRule(String tenantId, String id) {
		locked(tenantId, settings -> {
			existingRule(tenantId, id);
			catalog.deleteRule(tenantId, id);
			return null;
		});
	}

	private RoutingRule existingRule(String tenantId, String id) {
		return catalog.findRule(tenantId, id).orElseThrow(() -> RoutingException.notFound("No routing rule " + id));
	}

	/** A rule names either an AI or external agent of the tenant, or a team of human agents (a skill). */
	private void checkTarget(RoutingRule rule) {
		if ((rule.agentId() == null) == (rule.team() == null)) {
			throw RoutingException.invalid("agent_id", "or team: exactly one must be given");
		}
		if (rule.agentId() != null) {
			Agent agent = catalog.findAgent(rule.tenantId(), rule.agentId())
				.orElseThrow(() -> RoutingException.invalid("agent_id", "names no agent of this tenant"));
			if (agent.human()) {
				throw RoutingException.invalid("agent_id", "names a human agent; name their team (a skill) instead");
			}
		}
	}

	// critical customers ----------------------------------------------------------------------------------------

	public List<VipCustomer> vips(String tenantId) {
		return locked(tenantId, settings -> catalog.vips(tenantId));
	}

	public VipCustomer vip(String tenantId, String id) {
		return locked(tenantId, settings -> existingVip(tenantId, id));
	}

	public VipCustomer createVip(VipCustomer vip) {
		return locked(vip.tenantId(), settings -> {
			catalog.insertVip(vip, clock.instant());
			return vip;
		});
	}

	public VipCustomer updateVip(String tenantId, String id, UnaryOperator<VipCustomer> change) {
		return locked(tenantId, settings -> {
			VipCustomer after = change.apply(existingVip(tenantId, id));
			catalog.updateVip(after, clock.instant());
			return after;
		});
	}

	public void deleteVip(String tenantId, String id) {
		locked(tenantId, settings -> {
			existingVip(tenantId, id);
			catalog.deleteVip(tenantId, id);
			return null;
		});
	}

	private VipCustomer existingVip(String tenantId, String id) {
		return catalog.findVip(tenantId, id).orElseThrow(() -> RoutingException.notFound("No critical customer " + id));
	}

	// settings --------------------------------------------------------------------------------------------------

	public TenantSettings settings(String tenantId) {
		return locked(tenantId, settings -> settings);
	}

	public TenantSettings updateSettings(String tenantId, UnaryOperator<TenantSettings> change) {
		return locked(tenantId, settings -> {
			TenantSettings after = change.apply(settings);
			catalog.updateSettings(after);
			assigner.drain(after, clock.instant());
			return after;
		});
	}
}
