package io.parley.analysis.domain;

import java.time.Instant;

/** An analysis as kept: the message it is about, its text, and the analysis. */
public record StoredAnalysis(String messageId, String tenantId, String conversationId, String userId, String channel,
		long sequence, String content, MessageAnalysis analysis, Instant messageSentAt, Instant analyzedAt) {
}
