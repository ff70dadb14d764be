package io.parley.analysis.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import io.parley.analysis.domain.AnalysisStore.ConversationPosition;
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

	public void analyze(MessageReceived message) {
		analyzeAll(List.of(message));
	}

	/**
	 * Analyses a batch of consumed messages in rounds: each round takes the next message of every conversation in the
	 * batch, so a message is analysed after, and in the context of, the earlier ones of its conversation. The analyzer
	 * (which may wait seconds for an LLM) runs outside the database transaction; one transaction per round then
	 * records the events as processed, keeps the analyses and publishes them, skipping redeliveries.
	 *
	 * @throws MessageAnalysisFailedException naming the message that failed, when one does; the messages before it in
	 * the batch are analysed and kept
	 */
	public void analyzeAll(List<MessageReceived> messages) {
		Set<String> kept = new HashSet<>();
		List<MessageReceived> pending = messages;
		while (!pending.isEmpty()) {
			List<MessageReceived> round = new ArrayList<>();
			List<MessageReceived> later = new ArrayList<>();
			Set<String> conversations = new HashSet<>();
			for (MessageReceived message : pending) {
				boolean first = conversations.add(message.getTenantId() + '/' + message.getConversationId());
				(first ? round : later).add(message);
			}
			try {
				keepAll(round, analyzer.analyzeAll(requests(round.stream().filter(AnalysisService::isNew).toList())));
			}
			catch (RuntimeException roundFailed) {
				analyzeOneByOne(messages, kept);
				return;
			}
			round.forEach(message -> kept.add(message.getEventId()));
			pending = later;
		}
	}

	/**
	 * Finds the message that fails by going through the rest of the batch in its order, so that every message before
	 * the failing one is kept and the consumer can resume exactly at it.
	 */
	private void analyzeOneByOne(List<MessageReceived> messages, Set<String> kept) {
		for (MessageReceived message : messages) {
			if (kept.contains(message.getEventId())) {
				continue;
			}
			try {
				keepAll(List.of(message), isNew(message) ? List.of(analyzer.analyze(requests(List.of(message)).get(0))) : List.of());
			}
			catch (RuntimeException failed) {
				throw new MessageAnalysisFailedException(message, failed);
			}
		}
	}

	/** Only customers' new messages are analysed: not bot or agent turns, not history replayed by a channel. */
	private static boolean isNew(MessageReceived message) {
		return message.getRole() == MessageRole.USER && !message.getHistorical();
	}

	/** The messages with their conversations' earlier messages, read in one query. */
	private List<AnalysisRequest> requests(List<MessageReceived> messages) {
		List<List<StoredAnalysis>> histories = store.before(messages.stream()
			.map(message -> new ConversationPosition(message.getTenantId(), message.getConversationId(),
					message.getSequence()))
			.toList(), CONTEXT_MESSAGES);
		List<AnalysisRequest> requests = new ArrayList<>();
		for (int i = 0; i < messages.size(); i++) {
			requests.add(new AnalysisRequest(messages.get(i).getTenantId(), messages.get(i).getContent(),
					histories.get(i).stream()
						.map(earlier -> new AnalysisRequest.EarlierMessage(earlier.content(), earlier.analysis()))
						.toList()));
		}
		return requests;
	}

	/** @param analyses one per new message of {@code messages}, in order */
	private void keepAll(List<MessageReceived> messages, List<MessageAnalysis> analyses) {
		Instant now = clock.instant();
		transaction.executeWithoutResult(status -> {
			Set<String> fresh = processedEvents.markAllProcessed(CONSUMER,
					messages.stream().map(MessageReceived::getEventId).toList());
			List<StoredAnalysis> kept = new ArrayList<>();
			Iterator<MessageAnalysis> next = analyses.iterator();
			for (MessageReceived message : messages) {
				MessageAnalysis analysis = isNew(message) ? next.next() : null;
				if (analysis != null && fresh.remove(message.getEventId())) {
					kept.add(new StoredAnalysis(message.getMessageId(), message.getTenantId(),
							message.getConversationId(), message.getUserId(), message.getChannel(),
							message.getSequence(), message.getContent(), analysis, message.getSentAt(), now));
				}
			}
			store.saveAll(kept);
			publisher.publish(kept.stream()
				.flatMap(stored -> Stream.of(
						new OutgoingEvent(Topic.MESSAGE_ANALYSES, stored.conversationId(), analyzed(stored, now)),
						new OutgoingEvent(Topic.PLATFORM_EVENTS, stored.conversationId(), forPartners(stored, now))))
				.toList());
		});
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
