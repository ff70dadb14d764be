package io.parley.learning.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the stream of a user's own messages says about them: when they write, how long their messages are, through
 * which channel, and the sentiment of their latest messages.
 */
public record UserActivity(String tenantId, String userId, int messageCount, long totalChars, int[] hourCounts,
		Map<String, Integer> channelCounts, List<Double> sentiments, Instant firstMessageAt, Instant lastMessageAt) {

	public static final int SENTIMENT_WINDOW = 20;

	public static UserActivity empty(String tenantId, String userId) {
		return new UserActivity(tenantId, userId, 0, 0, new int[24], Map.of(), List.of(), null, null);
	}

	public UserActivity withMessage(String text, String channel, Instant sentAt) {
		int[] hours = hourCounts.clone();
		hours[sentAt.atZone(ZoneOffset.UTC).getHour()]++;
		Map<String, Integer> channels = new LinkedHashMap<>(channelCounts);
		channels.merge(channel == null ? "unknown" : channel, 1, Integer::sum);
		return new UserActivity(tenantId, userId, messageCount + 1, totalChars + (text == null ? 0 : text.strip().length()),
				hours, channels, sentiments, firstMessageAt == null || sentAt.isBefore(firstMessageAt) ? sentAt : firstMessageAt,
				lastMessageAt == null || sentAt.isAfter(lastMessageAt) ? sentAt : lastMessageAt);
	}

	public UserActivity withSentiment(double score) {
		List<Double> recent = new ArrayList<>(sentiments);
		recent.add(score);
		while (recent.size() > SENTIMENT_WINDOW) {
			recent.remove(0);
		}
		return new UserActivity(tenantId, userId, messageCount, totalChars, hourCounts, channelCounts, recent,
				firstMessageAt, lastMessageAt);
	}

	public int mostActiveHour() {
		int best = 0;
		for (int hour = 1; hour < 24; hour++) {
			if (hourCounts[hour] > hourCounts[best]) {
				best = hour;
			}
		}
		return best;
	}

	public double averageLength() {
		return messageCount == 0 ? 0 : (double) totalChars / messageCount;
	}

	public double averageSentiment() {
		return sentiments.stream().mapToDouble(Double::doubleValue).average().orElse(0);
	}
}
