package io.parley.routing.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.parley.events.AgentKind;
import io.parley.routing.config.RoutingProperties;
import io.parley.routing.persistence.JdbcCatalog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A tenant's first use: its settings from the service defaults, the İzer seed's AI agents (general purpose, business
 * workflow, code/technical) plus a sales agent, and a default rule set that sends technical messages to the
 * code/technical agent, sales to the sales agent, support and complaints to the business workflow agent and
 * everything else to the general purpose agent. Escalation to people is not a rule: it follows the tenant's
 * thresholds.
 */
@Component
public class TenantSetup {

	public static final String GENERAL = "general_purpose";
	public static final String BUSINESS = "business_workflow";
	public static final String TECHNICAL = "code_technical";
	public static final String SALES = "sales";

	private final JdbcCatalog catalog;
	private final RoutingProperties defaults;
	private final Clock clock;
	private final TransactionTemplate newTransaction;

	TenantSetup(JdbcCatalog catalog, RoutingProperties defaults, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.catalog = catalog;
		this.newTransaction = new TransactionTemplate(transactionManager);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.defaults = defaults;
		this.clock = clock;
	}

	/**
	 * The tenant's settings, locked until the caller's transaction ends (one tenant's routing work runs one at a
	 * time, so no conversation is assigned twice and no agent over capacity); seeds the tenant on first use.
	 * Must run inside a transaction.
	 */
	public TenantSettings lock(String tenantId) {
		return catalog.lockSettingsIfPresent(tenantId).orElseGet(() -> {
			// First use: seeded in a transaction of its own, so that the insert's shared lock on an existing row
			// is never upgraded to the exclusive lock below by two transactions at once (a deadlock).
			newTransaction.executeWithoutResult(status -> {
				Instant now = clock.instant();
				if (catalog.insertSettingsIfAbsent(new TenantSettings(tenantId, defaults.confidenceThreshold(),
						defaults.sentimentThreshold(), defaults.urgencyThreshold(), defaults.unresolvedTurns(),
						defaults.hourlyAssignmentLimit(), defaults.vipPriorityStep(),
						defaults.idleResolveAfter().toSeconds()), now)) {
					seed(tenantId, now);
				}
			});
			return catalog.lockSettings(tenantId);
		});
	}

	private void seed(String tenantId, Instant now) {
		Agent general = ai(tenantId, GENERAL, "General Purpose Agent", "Research, analysis and general queries",
				List.of("general", "inquiry"));
		Agent business = ai(tenantId, BUSINESS, "Business Workflow Agent",
				"Workflow monitoring, business processes, orders and support", List.of("support", "complaint"));
		Agent technical = ai(tenantId, TECHNICAL, "Code/Technical Agent", "Technical issues and debugging",
				List.of("technical"));
		Agent sales = ai(tenantId, SALES, "Sales Agent", "Prices, products, offers and purchases", List.of("sales"));
		for (Agent agent : List.of(general, business, technical, sales)) {
			catalog.insertAgent(agent, now);
		}
		rule(tenantId, "Technical issues to the code/technical agent", 10, List.of("technical"), technical, now);
		rule(tenantId, "Sales questions to the sales agent", 20, List.of("sales"), sales, now);
		rule(tenantId, "Support and complaints to the business workflow agent", 30, List.of("support", "complaint"),
				business, now);
		rule(tenantId, "Everything else to the general purpose agent", 1000, List.of(), general, now);
	}

	private static Agent ai(String tenantId, String key, String name, String description, List<String> skills) {
		return new Agent(UUID.randomUUID().toString(), tenantId, name, AgentKind.AI, description, skills, List.of(), 0,
				true, null, key);
	}

	private void rule(String tenantId, String name, int position, List<String> categories, Agent agent, Instant now) {
		catalog.insertRule(new RoutingRule(UUID.randomUUID().toString(), tenantId, name, position, true,
				new RuleConditions(categories, null, null, null, null, null, null, null), agent.id(), null), now);
	}
}
