package io.parley.analysis.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.parley.events.MessageAnalyzed;
import io.parley.events.MessageReceived;
import io.parley.events.MessageRole;
import io.parley.events.PlatformEvent;
import io.parley.events.ResponseTime;
import io.parley.platform.messaging.EventPublisher;
import io.parley.platform.messaging.OutgoingEvent;
import io.parley.platform.persistence.ProcessedEvents;
import io.parley.schemas.Topic;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Analyses each new user message once, in the context of the conversation's earlier messages, keeps the analysis,
 * and publishes {@code MessageAnalyzed} and the partner event {@code message.analyzed}. Bot and agent turns and
 * replayed history are not analysed. Redelivered events change nothing.
 */
@Service
public class AnalysisService {

	static final String CONSUMER = "message-analysis";
	private static final int CONTEXT_MESSAGES = 5;

	private final Analyzer analyzer;
	private final TransactionTemplate transaction;
	private final AnalysisStore store;
	private final ProcessedEvents processedEvents;
	private final EventPublisher publisher;
	private final JsonMapper json;
	private final Clock clock;

	public AnalysisService(Analyzer analyzer, AnalysisStore store, ProcessedEvents processedEvents,
			EventPublisher publisher, TransactionTemplate transaction, JsonMapper json, Clock clock) {
		this.analyzer = analyzer;
		this.transaction = transaction;
		this.store = store;
		this.processedEvents = processedEvents;
		this.publisher = publisher;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The analyzer (which may wait seconds for an LLM) runs outside the database transaction; the transaction then
	 * records the event as processed, keeps the analysis and publishes it, or does nothing for a redelivery.
	 */
	public void analyze(MessageReceived message) {
		if (message.getRole() != MessageRole.USER || message.getHistorical()) {
			transaction.executeWithoutResult(status -> processedEvents.markProcessed(CONSUMER, message.getEventId()));
			return;
		}
		List<AnalysisRequest.EarlierMessage> history = store
			.before(message.getTenantId(), message.getConversationId(), message.getSequence(), CONTEXT_MESSAGES)
			.stream().map(earlier -> new AnalysisRequest.EarlierMessage(earlier.content(), earlier.analysis()))
			.toList();
		MessageAnalysis analysis = analyzer.analyze(new AnalysisRequest(message.getTenantId(), message.getContent(), history));
		transaction.executeWithoutResult(status -> {
			if (processedEvents.markProcessed(CONSUMER, message.getEventId())) {
				keep(message, analysis);
			}
		});
	}

	private void keep(MessageReceived message, MessageAnalysis analysis) {
		Instant now = clock.instant();
		StoredAnalysis stored = new StoredAnalysis(message.getMessageId(), message.getTenantId(),
				message.getConversationId(), message.getUserId(), message.getChannel(), message.getSequence(),
				message.getContent(), analysis, message.getSentAt(), now);
		store.save(stored);
		publisher.publish(List.of(
				new OutgoingEvent(Topic.MESSAGE_ANALYSES, message.getConversationId(), analyzed(stored, now)),
				new OutgoingEvent(Topic.PLATFORM_EVENTS, message.getConversationId(), forPartners(stored, now))));
	}

	@Transactional(readOnly = true)
	public Optional<StoredAnalysis> find(String tenantId, String messageId) {
		return store.find(tenantId, messageId);
	}

	/** The seed's wire names: {@code 1hour}, {@code 4hours}, ... */
	public static String responseTimeName(ResponseTime responseTime) {
		return switch (responseTime) {
			case IMMEDIATE -> "immediate";
			case WITHIN_1_HOUR -> "1hour";
			case WITHIN_4_HOURS -> "4hours";
			case WITHIN_24_HOURS -> "24hours";
		};
	}

	private static MessageAnalyzed analyzed(StoredAnalysis stored, Instant now) {
		MessageAnalysis analysis = stored.analysis();
		return MessageAnalyzed.newBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setTenantId(stored.tenantId())
			.setOccurredAt(now)
			.setConversationId(stored.conversationId())
			.setMessageId(stored.messageId())
			.setUserId(stored.userId())
			.setChannel(stored.channel())
			.setUrgencyScore(analysis.urgencyScore())
			.setCategory(analysis.category())
			.setSentiment(analysis.sentiment())
			.setSentimentScore(analysis.sentimentScore())
			.setKeywords(analysis.keywords())
			.setTopics(analysis.topics())
			.setPriorityLevel(analysis.priorityLevel())
			.setActionRequired(analysis.actionRequired())
			.setRecommendedResponseTime(analysis.recommendedResponseTime())
			.setLanguage(analysis.language())
			.setConfidence(analysis.confidence())
			.setAnalyzer(analysis.analyzer())
			.setAnalyzerVersion(analysis.analyzerVersion())
			.setMessageSentAt(stored.messageSentAt())
			.build();
	}

	private PlatformEvent forPartners(StoredAnalysis stored, Instant now) {
		return PlatformEvent.newBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setTenantId(stored.tenantId())
			.setOccurredAt(now)
			.setType("message.analyzed")
			.setSource("analysis-service")
			.setConversationId(stored.conversationId())
			.setUserId(stored.userId())
			.setData(json.writeValueAsString(partnerView(stored)))
			.build();
	}

	/** The analysis in the İzer seed's field names, as partners and the API see it. */
	public static Map<String, Object> partnerView(StoredAnalysis stored) {
		MessageAnalysis analysis = stored.analysis();
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("message_id", stored.messageId());
		view.put("conversation_id", stored.conversationId());
		view.put("user_id", stored.userId());
		view.put("urgency_score", analysis.urgencyScore());
		view.put("category", analysis.category().name().toLowerCase(Locale.ROOT));
		view.put("sentiment", analysis.sentiment().name().toLowerCase(Locale.ROOT));
		view.put("sentiment_score", analysis.sentimentScore());
		view.put("keywords", analysis.keywords());
		view.put("topics", analysis.topics());
		view.put("priority_level", analysis.priorityLevel().name().toLowerCase(Locale.ROOT));
		view.put("action_required", analysis.actionRequired());
		view.put("recommended_response_time", responseTimeName(analysis.recommendedResponseTime()));
		view.put("language", analysis.language());
		view.put("confidence", analysis.confidence());
		view.put("analyzer", analysis.analyzer());
		view.put("analyzer_version", analysis.analyzerVersion());
		view.put("analyzed_at", stored.analyzedAt().toString());
		return view;
	}
}
