package io.parley.insights.domain;

import java.time.Duration;
import java.time.Instant;

import io.parley.events.AgentKind;
import io.parley.events.ConversationAssigned;
import io.parley.events.ConversationClosed;
import io.parley.events.ConversationEscalated;
import io.parley.events.ConversationOpened;
import io.parley.events.ConversationResolved;
import io.parley.events.ConversationRouted;
import io.parley.events.FeedbackSubmitted;
import io.parley.events.MessageAnalyzed;
import io.parley.events.MessageReceived;
import io.parley.events.MessageRole;

/**
 * What insights knows about one conversation. Every event moves the start to the earliest time seen, so a late
 * event lands in the right day; "latest wins" fields compare event times, not arrival order.
 */
public final class ConversationState {

	public String tenantId;
	public String conversationId;
	public String userId;
	public String channel;
	public Instant startedAt;
	public Instant firstUserAt;
	public Instant firstReplyAt;
	public Instant pendingUserAt;
	public long replySumMs;
	public int replyCount;
	public int messageCount;
	public int userMessageCount;
	public Instant lastMessageAt;
	public String category;
	public Instant categoryAt;
	public Instant escalatedAt;
	public String escalationReason;
	public Instant resolvedAt;
	public String resolution;
	public String resolvedBy;
	public Instant closedAt;
	public String agentId;
	public Instant agentAt;
	public Instant aiFirstAt;
	public Instant humanFirstAt;
	public int ratingSum;
	public int ratingCount;

	public ConversationState() {
	}

	public ConversationState(String tenantId, String conversationId) {
		this.tenantId = tenantId;
		this.conversationId = conversationId;
	}

	public ConversationState copy() {
		ConversationState c = new ConversationState(tenantId, conversationId);
		c.userId = userId; c.channel = channel; c.startedAt = startedAt; c.firstUserAt = firstUserAt;
		c.firstReplyAt = firstReplyAt; c.pendingUserAt = pendingUserAt; c.replySumMs = replySumMs;
		c.replyCount = replyCount; c.messageCount = messageCount; c.userMessageCount = userMessageCount;
		c.lastMessageAt = lastMessageAt; c.category = category; c.categoryAt = categoryAt;
		c.escalatedAt = escalatedAt; c.escalationReason = escalationReason; c.resolvedAt = resolvedAt;
		c.resolution = resolution; c.resolvedBy = resolvedBy; c.closedAt = closedAt; c.agentId = agentId;
		c.agentAt = agentAt; c.aiFirstAt = aiFirstAt; c.humanFirstAt = humanFirstAt; c.ratingSum = ratingSum;
		c.ratingCount = ratingCount;
		return c;
	}

	private void seen(String user, Instant at) {
		if (userId == null && user != null) {
			userId = user;
		}
		startedAt = min(startedAt, at);
	}

	public void apply(MessageReceived m) {
		Instant at = m.getSentAt();
		seen(m.getUserId(), at);
		if (channel == null) {
			channel = m.getChannel();
		}
		messageCount++;
		lastMessageAt = max(lastMessageAt, at);
		if (m.getRole() == MessageRole.USER) {
			userMessageCount++;
			firstUserAt = min(firstUserAt, at);
			if (pendingUserAt == null) {
				pendingUserAt = at;
			}
		}
		else if (m.getRole() == MessageRole.ASSISTANT || m.getRole() == MessageRole.AGENT) {
			if (firstUserAt != null && !at.isBefore(firstUserAt) && (firstReplyAt == null || at.isBefore(firstReplyAt))) {
				firstReplyAt = at;
			}
			if (pendingUserAt != null) {
				long waited = Duration.between(pendingUserAt, at).toMillis();
				if (waited >= 0) {
					replySumMs += waited;
					replyCount++;
				}
				pendingUserAt = null;
			}
			if (m.getRole() == MessageRole.AGENT) {
				humanFirstAt = min(humanFirstAt, at);
			}
		}
	}

	public void apply(ConversationOpened e) {
		seen(e.getUserId(), e.getOccurredAt());
		channel = e.getChannel();
	}

	public void apply(ConversationClosed e) {
		seen(e.getUserId(), e.getOccurredAt());
		closedAt = max(closedAt, e.getOccurredAt());
	}

	public void apply(FeedbackSubmitted e) {
		seen(e.getUserId(), e.getOccurredAt());
		ratingSum += e.getRating();
		ratingCount++;
	}

	public void apply(MessageAnalyzed e) {
		seen(e.getUserId(), e.getMessageSentAt());
		if (channel == null) {
			channel = e.getChannel();
		}
		if (categoryAt == null || e.getMessageSentAt().isBefore(categoryAt)) {
			category = e.getCategory().name().toLowerCase();
			categoryAt = e.getMessageSentAt();
		}
	}

	public void apply(ConversationRouted e) {
		seen(e.getUserId(), e.getOccurredAt());
		assign(e.getAgentId(), e.getOccurredAt());
		if (e.getAgentKind() == AgentKind.AI) {
			aiFirstAt = min(aiFirstAt, e.getOccurredAt());
		}
		else if (e.getAgentKind() == AgentKind.HUMAN) {
			humanFirstAt = min(humanFirstAt, e.getOccurredAt());
		}
	}

	public void apply(ConversationEscalated e) {
		seen(e.getUserId(), e.getOccurredAt());
		if (escalatedAt == null || e.getOccurredAt().isBefore(escalatedAt)) {
			escalatedAt = e.getOccurredAt();
			escalationReason = e.getReason();
		}
		humanFirstAt = min(humanFirstAt, e.getOccurredAt());
		if (e.getAssignedAgent() != null) {
			assign(e.getAssignedAgent(), e.getOccurredAt());
		}
	}

	public void apply(ConversationAssigned e) {
		seen(e.getUserId(), e.getOccurredAt());
		assign(e.getAgentId(), e.getOccurredAt());
		humanFirstAt = min(humanFirstAt, e.getOccurredAt());
	}

	public void apply(ConversationResolved e) {
		seen(e.getUserId(), e.getOccurredAt());
		if (resolvedAt == null || !e.getOccurredAt().isBefore(resolvedAt)) {
			resolvedAt = e.getOccurredAt();
			resolution = e.getResolution();
			resolvedBy = e.getResolvedBy();
		}
	}

	private void assign(String agent, Instant at) {
		if (agentAt == null || !at.isBefore(agentAt)) {
			agentId = agent;
			agentAt = at;
		}
	}

	public boolean escalated() {
		return escalatedAt != null;
	}

	public boolean aiResolved() {
		return resolvedAt != null && escalatedAt == null && humanFirstAt == null;
	}

	public boolean handedOff() {
		return aiFirstAt != null && humanFirstAt != null && !humanFirstAt.isBefore(aiFirstAt);
	}

	public Long firstResponseMillis() {
		return firstUserAt != null && firstReplyAt != null ? Duration.between(firstUserAt, firstReplyAt).toMillis() : null;
	}

	public Long resolutionMillis() {
		return resolvedAt != null && startedAt != null ? Math.max(0, Duration.between(startedAt, resolvedAt).toMillis())
				: null;
	}

	/** What this conversation adds to the rollups: its counters, in the bucket of its start, per breakdown. */
	public Contributions contributions() {
		Contributions result = new Contributions();
		if (startedAt == null) {
			return result;
		}
		long[] v = new long[Counter.SIZE];
		v[Counter.CONVERSATIONS.ordinal()] = 1;
		v[Counter.AI_RESOLVED.ordinal()] = aiResolved() ? 1 : 0;
		v[Counter.ESCALATED.ordinal()] = escalated() ? 1 : 0;
		v[Counter.RESOLVED.ordinal()] = resolvedAt != null ? 1 : 0;
		v[Counter.HANDOFFS.ordinal()] = handedOff() ? 1 : 0;
		Long frt = firstResponseMillis();
		if (frt != null) {
			v[Counter.FRT_SUM_MS.ordinal()] = frt;
			v[Counter.FRT_COUNT.ordinal()] = 1;
		}
		v[Counter.REPLY_SUM_MS.ordinal()] = replySumMs;
		v[Counter.REPLY_COUNT.ordinal()] = replyCount;
		Long resolutionTime = resolutionMillis();
		if (resolutionTime != null) {
			v[Counter.RESOLUTION_SUM_MS.ordinal()] = resolutionTime;
			v[Counter.RESOLUTION_COUNT.ordinal()] = 1;
		}
		v[Counter.RATING_SUM.ordinal()] = ratingSum;
		v[Counter.RATING_COUNT.ordinal()] = ratingCount;
		result.add(new RollupKey(tenantId, Dim.ALL, "", startedAt), v, 1);
		if (channel != null) {
			result.add(new RollupKey(tenantId, Dim.CHANNEL, channel, startedAt), v, 1);
		}
		if (category != null) {
			result.add(new RollupKey(tenantId, Dim.CATEGORY, category, startedAt), v, 1);
		}
		if (agentId != null) {
			result.add(new RollupKey(tenantId, Dim.AGENT, agentId, startedAt), v, 1);
		}
		if (escalationReason != null) {
			result.add(new RollupKey(tenantId, Dim.ESCALATION_REASON, escalationReason, startedAt), v, 1);
		}
		return result;
	}

	static Instant min(Instant a, Instant b) {
		return a == null ? b : b == null ? a : (b.isBefore(a) ? b : a);
	}

	static Instant max(Instant a, Instant b) {
		return a == null ? b : b == null ? a : (b.isAfter(a) ? b : a);
	}
}
