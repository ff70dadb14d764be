package io.parley.learning.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Behavior read from the stream of a user's own messages, not from what they say: their most active hour, how long
 * they write, the channel they use most and, from the analyses of their messages, where their sentiment is heading.
 * Each is one fact per user, restated as the figures move.
 */
public final class BehaviorFacts {

	/** Messages needed before hours, lengths and channels say something. */
	public static final int MIN_MESSAGES = 5;
	/** Analysed messages needed before a sentiment trend is read. */
	public static final int MIN_SENTIMENTS = 4;
	static final double TREND = 0.2;
	public static final String SENTIMENT_TREND = "sentiment_trend";

	private BehaviorFacts() {
	}

	public static List<ExtractedFact> of(UserActivity activity) {
		List<ExtractedFact> facts = new ArrayList<>();
		int n = activity.messageCount();
		if (n >= MIN_MESSAGES) {
			double confidence = Math.min(0.95, 0.3 + 0.05 * n);
			int hour = activity.mostActiveHour();
			facts.add(fact("active_hours", "most_active_hour",
					String.format(Locale.ROOT, "Most active around %02d:00 UTC", hour), String.valueOf(hour),
					Map.of("hour", hour, "messages_in_hour", activity.hourCounts()[hour], "messages", n), confidence));
			double average = activity.averageLength();
			String style = average < 60 ? "short" : average < 200 ? "medium-length" : "long";
			facts.add(fact("message_length", "average_message_length",
					String.format(Locale.ROOT, "Writes %s messages (about %d characters on average)", style, Math.round(average)),
					style, Map.of("average_chars", Math.round(average), "style", style.replace("-length", "")), confidence));
			activity.channelCounts().entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(top -> facts.add(
					fact("channel", "preferred_channel", "Mostly writes through " + top.getKey(), top.getKey(),
							Map.of("channel", top.getKey(), "messages", top.getValue()), confidence)));
		}
		List<Double> sentiments = activity.sentiments();
		if (sentiments.size() >= MIN_SENTIMENTS) {
			int half = sentiments.size() / 2;
			double earlier = sentiments.subList(0, half).stream().mapToDouble(Double::doubleValue).average().orElse(0);
			double later = sentiments.subList(half, sentiments.size()).stream().mapToDouble(Double::doubleValue).average()
				.orElse(0);
			String trend = later - earlier >= TREND ? "improving" : earlier - later >= TREND ? "declining" : "stable";
			Map<String, Object> structured = new LinkedHashMap<>();
			structured.put("trend", trend);
			structured.put("average", round(activity.averageSentiment()));
			structured.put("earlier", round(earlier));
			structured.put("recent", round(later));
			structured.put("messages", sentiments.size());
			facts.add(fact("sentiment", SENTIMENT_TREND, String.format(Locale.ROOT,
					"Sentiment is %s (from %.2f to %.2f)", trend, earlier, later), trend, structured,
					Math.min(0.9, 0.4 + 0.05 * sentiments.size())));
		}
		return facts;
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	private static ExtractedFact fact(String type, String key, String value, String subject,
			Map<String, Object> structured, double confidence) {
		return new ExtractedFact(FactCategories.BEHAVIOR, type, key, value, subject, structured, confidence, true, 0,
				false);
	}
}
