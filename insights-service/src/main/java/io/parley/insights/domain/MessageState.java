package io.parley.insights.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.parley.events.MessageAnalyzed;
import io.parley.events.MessageReceived;

/** One message and its analysis, whichever arrived first. The latest analysis (by event time) is the one kept. */
public final class MessageState {

	public String tenantId;
	public String messageId;
	public String conversationId;
	public String userId;
	/** Null until the message itself arrived (its analysis can come first). */
	public String role;
	public String channel;
	public String content;
	public String customerName;
	public Instant sentAt;
	public Instant analysedAt;
	public String analysisEvent;
	public String sentiment;
	public Double sentimentScore;
	public Integer urgency;
	public String category;
	public String priority;
	public Boolean actionRequired;
	public List<String> topics = List.of();

	public MessageState() {
	}

	public MessageState(String tenantId, String messageId) {
		this.tenantId = tenantId;
		this.messageId = messageId;
	}

	public MessageState copy() {
		MessageState c = new MessageState(tenantId, messageId);
		c.conversationId = conversationId; c.userId = userId; c.role = role; c.channel = channel;
		c.content = content; c.customerName = customerName; c.sentAt = sentAt; c.analysedAt = analysedAt;
		c.analysisEvent = analysisEvent; c.sentiment = sentiment; c.sentimentScore = sentimentScore;
		c.urgency = urgency; c.category = category; c.priority = priority; c.actionRequired = actionRequired;
		c.topics = topics;
		return c;
	}

	public boolean isUserTurn() {
		return "user".equals(role);
	}

	public void apply(MessageReceived m) {
		conversationId = m.getConversationId();
		userId = m.getUserId();
		role = m.getRole().name().toLowerCase(Locale.ROOT);
		channel = m.getChannel();
		content = m.getContent();
		customerName = m.getCustomerName();
		sentAt = m.getSentAt();
	}

	public void apply(MessageAnalyzed a) {
		if (analysedAt != null && (a.getOccurredAt().isBefore(analysedAt)
				|| a.getOccurredAt().equals(analysedAt) && a.getEventId().compareTo(analysisEvent) < 0)) {
			return;
		}
		if (conversationId == null) {
			conversationId = a.getConversationId();
			userId = a.getUserId();
			channel = a.getChannel();
		}
		if (sentAt == null) {
			sentAt = a.getMessageSentAt();
		}
		analysedAt = a.getOccurredAt();
		analysisEvent = a.getEventId();
		sentiment = a.getSentiment().name().toLowerCase(Locale.ROOT);
		sentimentScore = a.getSentimentScore();
		urgency = a.getUrgencyScore();
		category = a.getCategory().name().toLowerCase(Locale.ROOT);
		priority = a.getPriorityLevel().name().toLowerCase(Locale.ROOT);
		actionRequired = a.getActionRequired();
		topics = a.getTopics().isEmpty() ? List.copyOf(a.getKeywords().subList(0, Math.min(3, a.getKeywords().size())))
				: List.copyOf(a.getTopics());
	}

	/** What this message adds to the rollups, in the bucket of the time it was sent. */
	public Contributions contributions() {
		Contributions result = new Contributions();
		if (sentAt == null) {
			return result;
		}
		long[] v = new long[Counter.SIZE];
		if (role != null) {
			v[Counter.MESSAGES.ordinal()] = 1;
			v[Counter.USER_MESSAGES.ordinal()] = isUserTurn() ? 1 : 0;
		}
		boolean analysed = analysedAt != null;
		if (analysed) {
			v[Counter.ANALYSED.ordinal()] = 1;
			v[Counter.URGENCY_SUM.ordinal()] = urgency;
			v[Counter.SENTIMENT_MILLI_SUM.ordinal()] = Math.round(sentimentScore * 1000);
			v[Counter.ACTION_REQUIRED.ordinal()] = Boolean.TRUE.equals(actionRequired) ? 1 : 0;
			Counter sentimentCounter = switch (sentiment) {
				case "positive" -> Counter.POSITIVE;
				case "negative" -> Counter.NEGATIVE;
				case "urgent" -> Counter.URGENT;
				default -> Counter.NEUTRAL;
			};
			v[sentimentCounter.ordinal()] = 1;
			v[Counter.HIGH_URGENCY.ordinal()] = urgency >= 7 ? 1 : 0;
			v[Counter.valueOf("URGENCY_" + Math.max(1, Math.min(10, urgency))).ordinal()] = 1;
			v[Counter.valueOf("PRIORITY_" + priority.toUpperCase(Locale.ROOT)).ordinal()] = 1;
			v[Counter.valueOf("CATEGORY_" + category.toUpperCase(Locale.ROOT)).ordinal()] = 1;
		}
		result.add(new RollupKey(tenantId, Dim.ALL, "", sentAt), v, 1);
		if (analysed) {
			for (String topic : topics) {
				result.add(new RollupKey(tenantId, Dim.TOPIC, truncate(topic.toLowerCase(Locale.ROOT), 100), sentAt), v, 1);
			}
		}
		return result;
	}

	private static String truncate(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}
}
