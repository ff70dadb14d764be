package io.parley.schemas;

import java.util.List;

import io.parley.events.ConversationAssigned;
import io.parley.events.ConversationClosed;
import io.parley.events.ConversationEscalated;
import io.parley.events.ConversationOpened;
import io.parley.events.ConversationResolved;
import io.parley.events.ConversationRouted;
import io.parley.events.FeedbackSubmitted;
import io.parley.events.MessageAnalyzed;
import io.parley.events.MessageReceived;
import io.parley.events.PlatformEvent;
import io.parley.events.UserFactChanged;
import org.apache.avro.specific.SpecificRecord;

/**
 * The one catalogue of Parley's Kafka topics: name, what the key is, which event types a value may be,
 * and how many partitions the topic gets.
 */
public enum Topic {

	CONVERSATION_MESSAGES(Names.CONVERSATION_MESSAGES, Key.CONVERSATION_ID, 6, MessageReceived.class),
	CONVERSATION_LIFECYCLE(Names.CONVERSATION_LIFECYCLE, Key.CONVERSATION_ID, 6,
			ConversationOpened.class, FeedbackSubmitted.class, ConversationClosed.class),
	MESSAGE_ANALYSES(Names.MESSAGE_ANALYSES, Key.CONVERSATION_ID, 6, MessageAnalyzed.class),
	USER_FACTS(Names.USER_FACTS, Key.USER_ID, 6, UserFactChanged.class),
	CONVERSATION_ROUTING(Names.CONVERSATION_ROUTING, Key.CONVERSATION_ID, 6,
			ConversationRouted.class, ConversationEscalated.class, ConversationAssigned.class, ConversationResolved.class),
	PLATFORM_EVENTS(Names.PLATFORM_EVENTS, Key.CONVERSATION_OR_USER_ID, 6, PlatformEvent.class);

	/** Topic names as compile-time constants, for {@code @KafkaListener(topics = ...)}. */
	public static final class Names {
		public static final String CONVERSATION_MESSAGES = "conversation.messages";
		public static final String CONVERSATION_LIFECYCLE = "conversation.lifecycle";
		public static final String MESSAGE_ANALYSES = "message.analyses";
		public static final String USER_FACTS = "user.facts";
		public static final String CONVERSATION_ROUTING = "conversation.routing";
		public static final String PLATFORM_EVENTS = "platform.events";

		private Names() {
		}
	}

	/** What a record's key holds; it decides ordering (one partition per key). */
	public enum Key {
		CONVERSATION_ID, USER_ID, CONVERSATION_OR_USER_ID
	}

	private final String topicName;
	private final Key key;
	private final int partitions;
	private final List<Class<? extends SpecificRecord>> valueTypes;

	@SafeVarargs
	Topic(String topicName, Key key, int partitions, Class<? extends SpecificRecord>... valueTypes) {
		this.topicName = topicName;
		this.key = key;
		this.partitions = partitions;
		this.valueTypes = List.of(valueTypes);
	}

	public String topicName() {
		return topicName;
	}

	public Key key() {
		return key;
	}

	public int partitions() {
		return partitions;
	}

	public List<Class<? extends SpecificRecord>> valueTypes() {
		return valueTypes;
	}

	public boolean carries(SpecificRecord value) {
		return valueTypes.contains(value.getClass());
	}

	/** Where a consumer group parks records it could not process after its retries. */
	public String deadLetterTopic(String consumerGroup) {
		return deadLetterTopic(topicName, consumerGroup);
	}

	public static String deadLetterTopic(String topicName, String consumerGroup) {
		return topicName + "." + consumerGroup + ".dlt";
	}

	public static Topic named(String topicName) {
		for (Topic topic : values()) {
			if (topic.topicName.equals(topicName)) {
				return topic;
			}
		}
		throw new IllegalArgumentException("Unknown topic: " + topicName);
	}
}
