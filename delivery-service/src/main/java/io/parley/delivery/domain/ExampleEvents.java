package io.parley.delivery.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** Example data per event type for test-sends, with the platform API seed's field names. */
public final class ExampleEvents {

	private ExampleEvents() {
	}

	public static Map<String, Object> data(String type) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("conversation_id", "conv_example123");
		data.put("user_id", "user_12345");
		switch (type) {
			case "conversation.escalated" -> {
				data.put("reason", "low_confidence");
				data.put("assigned_agent", "agent_456");
			}
			case "conversation.resolved" -> data.put("resolved_by", "ai");
			case "message.received" -> {
				data.put("message_id", "msg_example789");
				data.put("role", "user");
				data.put("content", "Where is my order?");
			}
			case "feedback.submitted" -> {
				data.put("rating", 5);
				data.put("comment", "Quick and helpful");
			}
			default -> data.put("channel", "web");
		}
		data.put("test", true);
		return data;
	}
}
