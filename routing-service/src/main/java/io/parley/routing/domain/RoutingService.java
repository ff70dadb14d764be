package io.parley.routing.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.parley.events.AgentKind;
import io.parley.events.ConversationClosed;
import io.parley.events.ConversationOpened;
import io.parley.events.MessageAnalyzed;
import io.parley.platform.persistence.ProcessedEvents;
import io.parley.routing.persistence.JdbcCatalog;
import io.parley.routing.persistence.JdbcConversations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides, for every analysed user message, which agent handles the conversation, escalates to a human when the
 * tenant's policy says so, and moves the conversation through open → routed → escalated → assigned → resolved.
 * Each event is applied in one database transaction together with its processed-event mark and the outbox entries
 * of the transitions it causes, so a redelivered event changes nothing and no transition is published twice.
 */
@Service
public class RoutingService {

	static final String ANALYSES_CONSUMER = "routing-decisions";
	static final String LIFECYCLE_CONSUMER = "routing-lifecycle";
	private static final Logger log = LoggerFactory.getLogger(RoutingService.class);

	private final TenantSetup setup;
	private final JdbcCatalog catalog;
	private final JdbcConversations conversations;
	private final Assigner assigner;
	private final RoutingEvents events;
	private final ProcessedEvents processed;
	private final TransactionTemplate transaction;
	private final Clock clock;

	RoutingService(TenantSetup setup, JdbcCatalog catalog, JdbcConversations conversations, Assigner assigner,
			RoutingEvents events, ProcessedEvents processed, TransactionTemplate transaction, Clock clock) {
		this.setup = setup;
		this.catalog = catalog;
		this.conversations = conversations;
		this.assigner = assigner;
		this.events = events;
		this.processed = processed;
		this.transaction = transaction;
		this.clock = clock;
	}

	public void onAnalyzed(MessageAnalyzed analysis) {
		onAnalyzed(List.of(analysis));
	}

	/**
	 * Decides a batch of analyses in one transaction: one commit for many decisions. The batch is taken tenant by
	 * tenant (a stable order, so each conversation's messages keep theirs), so concurrent batches lock tenants in
	 * the same order and cannot deadlock. When one analysis fails, the whole transaction is rolled back, the ones
	 * before it are decided again in a transaction of their own, and the failure names the analysis that failed.
	 * @throws FailedAnalysis naming the first analysis of the batch that could not be decided
	 */
	public void onAnalyzed(List<MessageAnalyzed> batch) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparing(i -> batch.get(i).getTenantId()));
		RuntimeException[] failure = { null };
		int[] failedAt = { -1 };
		transaction.executeWithoutResult(status -> {
			for (int i : order) {
				try {
					decideOnce(batch.get(i));
				}
				catch (RuntimeException ex) {
					failure[0] = ex;
					failedAt[0] = i;
					status.setRollbackOnly();
					return;
				}
			}
		});
		if (failedAt[0] < 0) {
			return;
		}
		// Everything before the failed analysis (in the batch's own order) is decided and committed; the error
		// handler then retries from the failed one.
		List<MessageAnalyzed> before = batch.subList(0, failedAt[0]);
		try {
			transaction.executeWithoutResult(status -> before.stream()
				.sorted(Comparator.comparing(MessageAnalyzed::getTenantId)).forEach(this::decideOnce));
		}
		catch (RuntimeException ex) {
			throw new FailedAnalysis(0, ex);
		}
		throw new FailedAnalysis(failedAt[0], failure[0]);
	}

	/** The analysis at {@code index} of a batch could not be decided; those before it were. */
	public static final class FailedAnalysis extends RuntimeException {

		private final int index;

		FailedAnalysis(int index, RuntimeException cause) {
			super("Could not route analysis " + index + " of the batch: " + cause.getMessage(), cause);
			this.index = index;
		}

		public int index() {
			return index;
		}
	}

	private void decideOnce(MessageAnalyzed analysis) {
		if (processed.markProcessed(ANALYSES_CONSUMER, analysis.getEventId())) {
			decide(analysis);
		}
	}

	public void onOpened(ConversationOpened opened) {
		transaction.executeWithoutResult(status -> {
			if (!processed.markProcessed(LIFECYCLE_CONSUMER, opened.getEventId())) {
				return;
			}
			setup.lock(opened.getTenantId());
			conversations.insertIfAbsent(opened.getTenantId(), opened.getConversationId(), opened.getUserId(),
					opened.getChannel(), clock.instant());
			Map<String, String> metadata = opened.getMetadata();
			String phone = first(metadata, "customer_phone", "phone_number", "phone");
			String group = first(metadata, "group_name", "chat_name", "customer_name");
			conversations.setCustomer(opened.getTenantId(), opened.getConversationId(), phone,
					group != null ? group : opened.getTitle());
		});
	}

	public void onClosed(ConversationClosed closed) {
		transaction.executeWithoutResult(status -> {
			if (!processed.markProcessed(LIFECYCLE_CONSUMER, closed.getEventId())) {
				return;
			}
			Optional<TenantSettings> settings = catalog.findSettings(closed.getTenantId());
			if (settings.isEmpty() || conversations.find(closed.getTenantId(), closed.getConversationId()).isEmpty()) {
				return;
			}
			TenantSettings locked = catalog.lockSettings(closed.getTenantId());
			RoutedConversation c = conversations.lock(closed.getTenantId(), closed.getConversationId());
			if (c.state() != ConversationState.RESOLVED) {
				resolve(locked, c, null, "closed", clock.instant());
			}
		});
	}

	/** Other lifecycle events (feedback) do not change routing; they are only marked as seen. */
	public void onIgnored(String eventId) {
		transaction.executeWithoutResult(status -> processed.markProcessed(LIFECYCLE_CONSUMER, eventId));
	}

	/**
	 * Resolves a conversation for an agent or bot. Resolving a resolved conversation changes nothing.
	 * @throws RoutingException not found when routing does not know the conversation in this tenant
	 */
	public RoutedConversation resolve(String tenantId, String conversationId, String resolvedBy, String resolution) {
		return transaction.execute(status -> {
			if (catalog.findSettings(tenantId).isEmpty() || conversations.find(tenantId, conversationId).isEmpty()) {
				throw RoutingException.notFound("Conversation " + conversationId + " has not been routed");
			}
			TenantSettings settings = catalog.lockSettings(tenantId);
			RoutedConversation c = conversations.lock(tenantId, conversationId);
			if (c.state() == ConversationState.RESOLVED) {
				return c;
			}
			String how = resolution != null ? resolution
					: c.state() == ConversationState.ASSIGNED ? "agent" : "bot";
			String by = resolvedBy != null ? resolvedBy : c.state() == ConversationState.ASSIGNED ? c.agentId() : c.aiAgentId();
			return resolve(settings, c, by, how, clock.instant());
		});
	}

	/** Resolves every open, routed or assigned conversation idle for longer than its tenant allows. */
	public int resolveIdle() {
		Instant now = clock.instant();
		int resolved = 0;
		for (String[] idle : conversations.idle(now, 500)) {
			Boolean done = transaction.execute(status -> {
				TenantSettings settings = catalog.lockSettings(idle[0]);
				RoutedConversation c = conversations.lock(idle[0], idle[1]);
				boolean stillIdle = (c.state() == ConversationState.OPEN || c.state() == ConversationState.ROUTED
						|| c.state() == ConversationState.ASSIGNED)
						&& !c.lastActivityAt().isAfter(now.minusSeconds(settings.idleResolveSeconds()));
				if (stillIdle) {
					resolve(settings, c, null, "idle", now);
				}
				return stillIdle;
			});
			resolved += Boolean.TRUE.equals(done) ? 1 : 0;
		}
		return resolved;
	}

	/** Assigns waiting conversations of every tenant that can be assigned now (e.g. after an hourly limit passed). */
	public void drainQueues() {
		for (String tenantId : catalog.tenants()) {
			transaction.executeWithoutResult(status -> assigner.drain(catalog.lockSettings(tenantId), clock.instant()));
		}
	}

	public Optional<RoutedConversation> find(String tenantId, String conversationId) {
		return conversations.find(tenantId, conversationId);
	}

	public List<RoutingDecision> decisions(String tenantId, String conversationId) {
		return conversations.decisions(tenantId, conversationId);
	}

	private RoutedConversation resolve(TenantSettings settings, RoutedConversation c, String by, String how, Instant now) {
		boolean freesAgent = c.state() == ConversationState.ASSIGNED;
		if (freesAgent) {
			conversations.releaseAssignment(c.tenantId(), c.conversationId(), now);
		}
		RoutedConversation resolved = with(c, ConversationState.RESOLVED, c.aiAgentId(), c.agentId(),
				c.escalationReason(), c.requiredSkill(), c.priority(), c.unresolvedTurns(), c.queuedAt(), now, now);
		conversations.save(resolved);
		events.resolved(resolved, by, how, now);
		if (freesAgent) {
			assigner.drain(settings, now);
		}
		return resolved;
	}

	private void decide(MessageAnalyzed a) {
		Instant now = clock.instant();
		String tenantId = a.getTenantId();
		TenantSettings settings = setup.lock(tenantId);
		conversations.insertIfAbsent(tenantId, a.getConversationId(), a.getUserId(), a.getChannel(), now);
		RoutedConversation c = conversations.lock(tenantId, a.getConversationId());
		if (conversations.decided(tenantId, a.getMessageId())) {
			return;
		}
		if (c.state() == ConversationState.RESOLVED) {
			// A new user message reopens the conversation; it is routed afresh.
			c = with(c, ConversationState.OPEN, null, null, null, null, 0, 0, null, now, null);
		}
		if (c.state() == ConversationState.ASSIGNED) {
			// A human has it: no new decision, only the activity that keeps it from being resolved as idle.
			conversations.save(with(c, c.state(), c.aiAgentId(), c.agentId(), c.escalationReason(), c.requiredSkill(),
					c.priority(), c.unresolvedTurns(), c.queuedAt(), now, null));
			return;
		}
		RoutedConversation current = c;
		VipCustomer vip = catalog.vips(tenantId).stream()
			.filter(candidate -> candidate.matches(current.userId(), current.phoneNumber(), current.groupName()))
			.findFirst().orElse(null);
		int priority = basePriority(a) + (vip == null ? 0 : vip.prioritySteps() * settings.vipPriorityStep());
		MessageSignal signal = MessageSignal.of(a, vip);
		RuleMatch match = firstMatch(tenantId, signal);

		if (c.waitingForHuman()) {
			int raised = Math.max(c.priority(), priority);
			conversations.save(with(c, c.state(), c.aiAgentId(), null, c.escalationReason(), c.requiredSkill(), raised,
					c.unresolvedTurns() + 1, c.queuedAt(), now, null));
			decision(a, RoutingDecision.WAITING, null, null, c.escalationReason(),
					"already waiting for a human (" + c.escalationReason() + "); queue priority " + raised, now);
			return;
		}

		int turns = c.unresolvedTurns() + 1;
		Escalation escalation = EscalationPolicy.evaluate(a, settings, turns, vip);
		if (escalation == null && match != null && match.rule().team() != null) {
			escalation = new Escalation(Escalation.ROUTING_RULE, "rule '" + match.rule().name() + "' (" + match.why()
					+ ") sends it to the " + match.rule().team() + " team");
		}
		Agent target = null;
		if (escalation == null) {
			target = match == null ? null : catalog.findAgent(tenantId, match.rule().agentId()).orElse(null);
			if (target == null) {
				target = fallback(tenantId);
			}
			if (target == null) {
				escalation = new Escalation("no_agent", "no rule matched and the tenant has no AI or external agent");
			}
		}
		String ruleId = match == null ? null : match.rule().id();
		String ruleName = match == null ? null : match.rule().name();
		if (escalation != null) {
			String skill = match != null && match.rule().team() != null ? match.rule().team().toLowerCase(Locale.ROOT)
					: signal.category();
			RoutedConversation e = with(c, ConversationState.ESCALATED, c.aiAgentId(), null, escalation.reason(),
					skill, priority, turns, now, now, null);
			RoutedConversation escalated = new RoutedConversation(e.tenantId(), e.conversationId(), e.userId(),
					e.channel(), e.phoneNumber(), e.groupName(), e.state(), e.aiAgentId(), null, e.previousAgentId(),
					e.escalationReason(), e.requiredSkill(), signal.language(), e.priority(), e.unresolvedTurns(),
					e.queuedAt(), e.lastActivityAt(), e.openedAt(), null);
			conversations.save(escalated);
			decisionRow(a, RoutingDecision.ESCALATED, null, ruleId, ruleName, escalation.reason(), escalation.detail(), now);
			Assigner.Pool pool = assigner.pool(settings, now);
			Optional<Agent> human = pool.next(escalated);
			events.escalated(escalated, a.getMessageId(), escalation, human.map(Agent::id).orElse(null), now);
			human.ifPresent(agent -> pool.assign(escalated, agent));
			return;
		}
		String why = match == null ? "no rule matched; default agent " + target.name()
				: "rule '" + ruleName + "' matched: " + match.why();
		RoutedConversation routed = with(c, ConversationState.ROUTED, target.id(), null, null, null, priority, turns,
				null, now, null);
		conversations.save(routed);
		decisionRow(a, RoutingDecision.ROUTED, target.id(), ruleId, ruleName, null, why, now);
		events.routed(routed, a.getMessageId(), target, ruleId, why, now);
	}

	private record RuleMatch(RoutingRule rule, String why) {
	}

	private RuleMatch firstMatch(String tenantId, MessageSignal signal) {
		for (RoutingRule rule : catalog.rules(tenantId)) {
			if (rule.enabled()) {
				String why = rule.conditions().explain(signal);
				if (why != null) {
					return new RuleMatch(rule, why);
				}
			}
		}
		return null;
	}

	private Agent fallback(String tenantId) {
		return catalog.findSystemAgent(tenantId, TenantSetup.GENERAL)
			.or(() -> catalog.agents(tenantId).stream().filter(agent -> agent.kind() != AgentKind.HUMAN).findFirst())
			.orElse(null);
	}

	private void decision(MessageAnalyzed a, String outcome, String agentId, String ruleId, String reason,
			String explanation, Instant now) {
		decisionRow(a, outcome, agentId, ruleId, null, reason, explanation, now);
	}

	private void decisionRow(MessageAnalyzed a, String outcome, String agentId, String ruleId, String ruleName,
			String reason, String explanation, Instant now) {
		conversations.insertDecision(new RoutingDecision(UUID.randomUUID().toString(), a.getTenantId(),
				a.getConversationId(), a.getMessageId(), outcome, agentId, ruleId, ruleName, reason, explanation, now));
		log.debug("{} {} {}: {}", a.getConversationId(), outcome, reason, explanation);
	}

	private static int basePriority(MessageAnalyzed a) {
		return switch (a.getPriorityLevel()) {
			case CRITICAL -> 4;
			case HIGH -> 3;
			case NORMAL -> 2;
			case LOW -> 1;
		};
	}

	private static RoutedConversation with(RoutedConversation c, ConversationState state, String aiAgentId,
			String agentId, String reason, String skill, int priority, int turns, Instant queuedAt, Instant activity,
			Instant resolvedAt) {
		return new RoutedConversation(c.tenantId(), c.conversationId(), c.userId(), c.channel(), c.phoneNumber(),
				c.groupName(), state, aiAgentId, agentId, c.previousAgentId(), reason, skill,
				state == ConversationState.OPEN ? null : c.language(), priority, turns, queuedAt, activity, c.openedAt(),
				resolvedAt);
	}

	private static String first(Map<String, String> metadata, String... keys) {
		for (String key : keys) {
			String value = metadata.get(key);
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}
}
