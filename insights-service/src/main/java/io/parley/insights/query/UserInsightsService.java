package io.parley.insights.query;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.parley.insights.persistence.InsightsQueries;
import io.parley.insights.persistence.InsightsQueries.Fact;
import io.parley.insights.persistence.InsightsQueries.Interaction;
import io.parley.insights.persistence.InsightsQueries.UserStats;
import io.parley.platform.web.ApiException;
import org.springframework.stereotype.Service;

/** The AI User Learning guide's user insights: facts, recent interactions, analytics and suggestions. */
@Service
public class UserInsightsService {

	static final int RECENT_INTERACTIONS = 10;
	static final int MAX_LIMIT = 100;

	private final InsightsQueries queries;

	public UserInsightsService(InsightsQueries queries) {
		this.queries = queries;
	}

	public record Question(String tenantId, String userId, List<String> categories, List<String> levels, int limit,
			ZoneId zone) {
	}

	public static Question parse(String tenantId, String userId, String categories, String limit, String confidence,
			String timezone) {
		Map<String, Object> problems = new LinkedHashMap<>();
		int max = 10;
		if (limit != null && !limit.isBlank()) {
			try {
				max = Integer.parseInt(limit.trim());
				if (max < 1 || max > MAX_LIMIT) {
					problems.put("limit", "must be between 1 and " + MAX_LIMIT);
				}
			}
			catch (NumberFormatException ex) {
				problems.put("limit", "not a number: " + limit);
			}
		}
		List<String> levels = List.of("low", "medium", "high");
		if (confidence != null && !confidence.isBlank()) {
			int from = levels.indexOf(confidence.trim().toLowerCase(Locale.ROOT));
			if (from < 0) {
				problems.put("confidence", "must be low, medium or high");
			}
			else {
				levels = levels.subList(from, levels.size());
			}
		}
		ZoneId zone = ZoneOffset.UTC;
		if (timezone != null && !timezone.isBlank()) {
			try {
				zone = ZoneId.of(timezone.trim());
			}
			catch (RuntimeException ex) {
				problems.put("timezone", "not a timezone: " + timezone);
			}
		}
		if (!problems.isEmpty()) {
			throw ApiException.badRequest("Invalid insights query: " + problems.keySet(), problems);
		}
		List<String> chosen = categories == null ? List.of()
				: Arrays.stream(categories.split(",")).map(String::trim).filter(c -> !c.isEmpty()).toList();
		return new Question(tenantId, userId, chosen, levels, max, zone);
	}

	public Optional<Map<String, Object>> insights(Question q) {
		if (!queries.userKnown(q.tenantId(), q.userId())) {
			return Optional.empty();
		}
		List<Fact> facts = queries.facts(q.tenantId(), q.userId(), q.categories(), q.levels(), q.limit());
		List<Interaction> recent = queries.recentInteractions(q.tenantId(), q.userId(), RECENT_INTERACTIONS);
		UserStats stats = queries.userStats(q.tenantId(), q.userId());
		Integer activeHour = mostActiveHour(queries.userTurnTimes(q.tenantId(), q.userId(), 5000), q.zone());
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("user_id", q.userId());
		answer.put("username", stats.username() != null ? stats.username() : q.userId());
		answer.put("facts", facts.stream().map(UserInsightsService::fact).toList());
		answer.put("recent_interactions", recent.stream().map(i -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("content", i.content());
			row.put("type", "message");
			row.put("sentiment", i.sentiment() == null ? null : Numbers.round(i.sentiment(), 2));
			row.put("topics", i.topics());
			row.put("timestamp", i.timestamp().toString());
			return row;
		}).toList());
		answer.put("analytics", analytics(stats, activeHour));
		answer.put("suggestions", suggestions(
				queries.facts(q.tenantId(), q.userId(), List.of(), List.of("low", "medium", "high"), 3), stats,
				activeHour, recent, q.zone()));
		return Optional.of(answer);
	}

	/** The analytics part (also sent on the insights stream). */
	public Map<String, Object> analytics(String tenantId, String userId) {
		UserStats stats = queries.userStats(tenantId, userId);
		return analytics(stats, mostActiveHour(queries.userTurnTimes(tenantId, userId, 5000), ZoneOffset.UTC));
	}

	private static Map<String, Object> analytics(UserStats stats, Integer activeHour) {
		Map<String, Object> analytics = new LinkedHashMap<>();
		analytics.put("total_interactions", stats.totalInteractions());
		analytics.put("avg_sentiment", stats.avgSentiment() == null ? null : Numbers.round(stats.avgSentiment(), 2));
		analytics.put("most_active_hour", activeHour);
		analytics.put("first_interaction_at", stats.first() == null ? null : stats.first().toString());
		analytics.put("last_interaction_at", stats.last() == null ? null : stats.last().toString());
		return analytics;
	}

	static Map<String, Object> fact(Fact f) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("category", f.category());
		row.put("type", f.type());
		row.put("key", f.key());
		row.put("value", f.value());
		row.put("confidence", f.confidenceLevel());
		row.put("evidence_count", f.evidenceCount());
		row.put("last_updated", f.lastUpdated().toString());
		return row;
	}

	/** The hour of day (0-23, in the zone) with most user turns; the earliest hour wins a tie. */
	static Integer mostActiveHour(List<Instant> times, ZoneId zone) {
		if (times.isEmpty()) {
			return null;
		}
		int[] hours = new int[24];
		times.forEach(t -> hours[t.atZone(zone).getHour()]++);
		int best = 0;
		for (int h = 1; h < 24; h++) {
			if (hours[h] > hours[best]) {
				best = h;
			}
		}
		return best;
	}

	/** Plain sentences a bot can put in its prompt: the strongest facts first, then what the behaviour shows. */
	static List<String> suggestions(List<Fact> facts, UserStats stats, Integer activeHour, List<Interaction> recent,
			ZoneId zone) {
		List<String> suggestions = new ArrayList<>();
		for (Fact fact : facts) {
			suggestions.add(aboutUser(fact.value()));
		}
		if (stats.totalInteractions() >= 3) {
			if (stats.avgLength() >= 200) {
				suggestions.add("User writes long, detailed messages; detailed responses fit");
			}
			else if (stats.avgLength() > 0 && stats.avgLength() < 40) {
				suggestions.add("User writes short messages; keep responses brief");
			}
		}
		if (stats.avgSentiment() != null) {
			if (stats.avgSentiment() <= -0.3) {
				suggestions.add("User has mostly been unhappy; acknowledge the problem before anything else");
			}
			else if (stats.avgSentiment() >= 0.3) {
				suggestions.add("User is generally positive; a friendly, upbeat tone fits");
			}
		}
		Map<String, Long> topics = recent.stream().flatMap(i -> i.topics().stream())
			.collect(Collectors.groupingBy(t -> t, LinkedHashMap::new, Collectors.counting()));
		topics.entrySet().stream().filter(e -> e.getValue() >= 2)
			.max(Map.Entry.comparingByValue())
			.ifPresent(e -> suggestions.add("User often talks about " + e.getKey()));
		if (activeHour != null && stats.totalInteractions() >= 5) {
			suggestions.add(String.format(Locale.ROOT, "User is most active around %02d:00 (%s)", activeHour,
					zone.getId()));
		}
		return suggestions;
	}

	static String aboutUser(String value) {
		String sentence = value.trim();
		if (sentence.endsWith(".")) {
			sentence = sentence.substring(0, sentence.length() - 1);
		}
		if (sentence.regionMatches(true, 0, "user ", 0, 5)) {
			return "User " + sentence.substring(5);
		}
		if (sentence.isEmpty()) {
			return sentence;
		}
		String firstWord = sentence.split("\\s+", 2)[0];
		if (firstWord.length() > 2 && firstWord.endsWith("s") && Character.isUpperCase(firstWord.charAt(0))) {
			// "Shows strong interest in jazz" reads as "User shows strong interest in jazz".
			return "User " + Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
		}
		return "User: " + sentence;
	}
}
