package io.parley.ingest.domain;

import java.time.Instant;
import java.util.Map;

import io.parley.events.MessageRole;

public record StoredMessage(String messageId, String tenantId, String conversationId, long sequence, MessageRole role,
		String content, Instant sentAt, String externalMessageId, boolean historical, Map<String, String> metadata) {
}
