package io.parley.insights.domain;

/**
 * The additive counters of the analytics rollups. A conversation adds its counters to the bucket of the time it
 * started; a message to the bucket of the time it was sent. Being sums, they can be moved between buckets and
 * corrected (subtract what a row contributed before, add what it contributes now) in any order. Distributions with
 * few values (sentiment, urgency, priority, message category) are counters rather than breakdown rows: one row per
 * message instead of five keeps the projection fast.
 */
public enum Counter {
	CONVERSATIONS, AI_RESOLVED, ESCALATED, RESOLVED, HANDOFFS, FRT_SUM_MS, FRT_COUNT, REPLY_SUM_MS, REPLY_COUNT,
	RESOLUTION_SUM_MS, RESOLUTION_COUNT, RATING_SUM, RATING_COUNT, MESSAGES, USER_MESSAGES, ANALYSED, URGENCY_SUM,
	SENTIMENT_MILLI_SUM, ACTION_REQUIRED, POSITIVE, NEGATIVE, NEUTRAL, URGENT, HIGH_URGENCY,
	/** Analysed messages per urgency score. */
	URGENCY_1, URGENCY_2, URGENCY_3, URGENCY_4, URGENCY_5, URGENCY_6, URGENCY_7, URGENCY_8, URGENCY_9, URGENCY_10,
	/** Analysed messages per priority level. */
	PRIORITY_CRITICAL, PRIORITY_HIGH, PRIORITY_NORMAL, PRIORITY_LOW,
	/** Analysed messages per category. */
	CATEGORY_SALES, CATEGORY_SUPPORT, CATEGORY_COMPLAINT, CATEGORY_INQUIRY, CATEGORY_TECHNICAL, CATEGORY_GENERAL;

	public static final int SIZE = values().length;

	public String column() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
