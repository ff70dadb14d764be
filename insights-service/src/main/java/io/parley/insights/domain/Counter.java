package io.parley.insights.domain;

/**
 * The additive counters of the analytics rollups. A conversation adds its counters to the bucket of the time it
 * started; a message to the bucket of the time it was sent. Being sums, they can be moved between buckets and
 * corrected (subtract what a row contributed before, add what it contributes now) in any order.
 */
public enum Counter {
	CONVERSATIONS, AI_RESOLVED, ESCALATED, RESOLVED, HANDOFFS, FRT_SUM_MS, FRT_COUNT, REPLY_SUM_MS, REPLY_COUNT,
	RESOLUTION_SUM_MS, RESOLUTION_COUNT, RATING_SUM, RATING_COUNT, MESSAGES, USER_MESSAGES, ANALYSED, URGENCY_SUM,
	SENTIMENT_MILLI_SUM, ACTION_REQUIRED, POSITIVE, NEGATIVE, NEUTRAL, URGENT, HIGH_URGENCY;

	public static final int SIZE = values().length;

	public String column() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
