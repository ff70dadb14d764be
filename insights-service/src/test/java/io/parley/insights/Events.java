package io.parley.insights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.parley.events.AgentKind;
import io.parley.events.ConfidenceLevel;
import io.parley.events.ConversationAssigned;
import io.parley.events.ConversationEscalated;
import io.parley.events.ConversationOpened;
import io.parley.events.ConversationResolved;
import io.parley.events.ConversationRouted;
import io.parley.events.FactChange;
import io.parley.events.FeedbackSubmitted;
import io.parley.events.MessageAnalyzed;
import io.parley.events.MessageCategory;
import io.parley.events.MessageReceived;
import io.parley.events.MessageRole;
import io.parley.events.PriorityLevel;
import io.parley.events.ResponseTime;
import io.parley.events.SentimentLabel;
import io.parley.events.UserFactChanged;
import io.parley.schemas.Topic;
import io.parley.schemas.serde.AvroEventSerializer;
import io.parley.test.SharedKafka;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Events as the other services publish them, for one tenant; {@link #publish} sends them in order, one producer. */
final class Events {

	final String tenant;
	private final List<SpecificRecord> pending = new ArrayList<>();

	Events(String tenant) {
		this.tenant = tenant;
	}

	static String id() {
		return UUID.randomUUID().toString();
	}

	static String newTenant() {
		return "t_" + UUID.randomUUID().toString().substring(0, 8);
	}

	Events add(SpecificRecord event) {
		pending.add(event);
		return this;
	}

	List<SpecificRecord> all() {
		return List.copyOf(pending);
	}

	void publish() {
		publish(pending);
		pending.clear();
	}

	static void publish(List<SpecificRecord> events) {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers(),
				ProducerConfig.ACKS_CONFIG, "all");
		try (KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(config, new StringSerializer(),
				new AvroEventSerializer())) {
			for (SpecificRecord event : events) {
				producer.send(new ProducerRecord<>(topicOf(event), keyOf(event), event));
			}
			producer.flush();
		}
	}

	static String topicOf(SpecificRecord event) {
		for (Topic topic : Topic.values()) {
			if (topic.carries(event)) {
				return topic.topicName();
			}
		}
		throw new IllegalArgumentException(event.getClass().getName());
	}

	static String keyOf(SpecificRecord event) {
		if (event instanceof UserFactChanged fact) {
			return fact.getUserId();
		}
		return String.valueOf(event.get(event.getSchema().getField("conversationId").pos()));
	}

	ConversationOpened opened(String conversation, String user, String channel, Instant at) {
		ConversationOpened e = ConversationOpened.newBuilder().setEventId(id()).setTenantId(tenant).setOccurredAt(at)
			.setConversationId(conversation).setUserId(user).setChannel(channel).build();
		add(e);
		return e;
	}

	MessageReceived message(String conversation, String user, MessageRole role, String content, Instant at) {
		MessageReceived e = MessageReceived.newBuilder().setEventId(id()).setTenantId(tenant).setOccurredAt(at)
			.setConversationId(conversation).setMessageId(id()).setUserId(user).setChannel("webhook").setRole(role)
			.setContent(content).setSequence(1).setSentAt(at).build();
		add(e);
		return e;
	}

	MessageAnalyzed analyzed(MessageReceived message, MessageCategory category, SentimentLabel sentiment, double score,
			int urgency, PriorityLevel priority, List<String> topics) {
		MessageAnalyzed e = MessageAnalyzed.newBuilder().setEventId(id()).setTenantId(tenant)
			.setOccurredAt(message.getSentAt().plusSeconds(1)).setConversationId(message.getConversationId())
			.setMessageId(message.getMessageId()).setUserId(message.getUserId()).setChannel(message.getChannel())
			.setUrgencyScore(urgency).setCategory(category).setSentiment(sentiment).setSentimentScore(score)
			.setKeywords(topics).setTopics(topics).setPriorityLevel(priority).setActionRequired(urgency >= 7)
			.setRecommendedResponseTime(ResponseTime.WITHIN_4_HOURS).setConfidence(0.9).setAnalyzer("test")
			.setAnalyzerVersion("1").setMessageSentAt(message.getSentAt()).build();
		add(e);
		return e;
	}

	ConversationRouted routed(String conversation, String user, String agent, AgentKind kind, Instant at) {
		ConversationRouted e = ConversationRouted.newBuilder().setEventId(id()).setTenantId(tenant).setOccurredAt(at)
			.setConversationId(conversation).setUserId(user).setAgentId(agent).setAgentName(agent).setAgentKind(kind)
			.setReason("test rule").build();
		add(e);
		return e;
	}

	ConversationEscalated escalated(String conversation, String user, String reason, String agent, Instant at) {
		ConversationEscalated e = ConversationEscalated.newBuilder().setEventId(id()).setTenantId(tenant)
			.setOccurredAt(at).setConversationId(conversation).setUserId(user).setReason(reason)
			.setAssignedAgent(agent).build();
		add(e);
		return e;
	}

	ConversationAssigned assigned(String conversation, String user, String agent, Instant at) {
		ConversationAssigned e = ConversationAssigned.newBuilder().setEventId(id()).setTenantId(tenant)
			.setOccurredAt(at).setConversationId(conversation).setUserId(user).setAgentId(agent).build();
		add(e);
		return e;
	}

	ConversationResolved resolved(String conversation, String user, String resolution, Instant at) {
		ConversationResolved e = ConversationResolved.newBuilder().setEventId(id()).setTenantId(tenant)
			.setOccurredAt(at).setConversationId(conversation).setUserId(user).setResolution(resolution)
			.setResolvedBy(resolution.equals("bot") ? "bot" : null).build();
		add(e);
		return e;
	}

	FeedbackSubmitted feedback(String conversation, String user, int rating, Instant at) {
		FeedbackSubmitted e = FeedbackSubmitted.newBuilder().setEventId(id()).setTenantId(tenant).setOccurredAt(at)
			.setConversationId(conversation).setUserId(user).setRating(rating).build();
		add(e);
		return e;
	}

	UserFactChanged fact(String user, String factId, FactChange change, String category, String key, String value,
			ConfidenceLevel level, double confidence, int evidence, Instant at) {
		UserFactChanged e = UserFactChanged.newBuilder().setEventId(id()).setTenantId(tenant).setOccurredAt(at)
			.setUserId(user).setFactId(factId).setChange(change).setCategory(category).setType("topic_interest")
			.setKey(key).setValue(value).setConfidence(confidence).setConfidenceLevel(level).setEvidenceCount(evidence)
			.setFirstSeen(at).setLastUpdated(at).setValidFrom(at).build();
		add(e);
		return e;
	}
}
