package io.parley.insights.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.parley.insights.domain.Counter;
import io.parley.insights.domain.Dim;
import io.parley.insights.persistence.InsightsQueries;
import io.parley.insights.persistence.RollupRow;
import org.springframework.stereotype.Service;

/**
 * İzer's {@code GET /stats}: processing statistics of the last 24 hours, from the 15-minute rollups (the window
 * starts at the quarter hour at or before now minus 24 hours; {@code period} says exactly where).
 */
@Service
public class StatsService {

	private static final long QUARTER = Duration.ofMinutes(15).toMillis();

	private final InsightsQueries queries;
	private final Clock clock;

	public StatsService(InsightsQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	public Map<String, Object> last24Hours(String tenantId) {
		Instant now = clock.instant();
		Instant from = Instant.ofEpochMilli(Math.floorDiv(now.minus(Duration.ofHours(24)).toEpochMilli(), QUARTER) * QUARTER);
		List<RollupRow> rows = queries.quarterRows(tenantId, List.of(Dim.ALL, Dim.AGENT, Dim.ESCALATION_REASON), from,
				now.plusMillis(1));
		long[] total = new long[Counter.SIZE];
		Map<String, Long> byCategory = new LinkedHashMap<>();
		Map<String, Long> byPriority = new LinkedHashMap<>();
		Map<String, Long> byAgent = new LinkedHashMap<>();
		Map<String, Long> byReason = new LinkedHashMap<>();
		for (String priority : List.of("critical", "high", "normal", "low")) {
			byPriority.put(priority, 0L);
		}
		for (String category : List.of("sales", "support", "complaint", "inquiry", "technical", "general")) {
			byCategory.put(category, 0L);
		}
		for (RollupRow row : rows) {
			long[] v = row.counters();
			switch (row.dim()) {
				case Dim.ALL -> AnalyticsService.add(total, v);
				case Dim.AGENT -> byAgent.merge(row.value(), v[Counter.CONVERSATIONS.ordinal()], Long::sum);
				case Dim.ESCALATION_REASON -> byReason.merge(row.value(), v[Counter.ESCALATED.ordinal()], Long::sum);
				default -> {
				}
			}
		}
		byCategory.replaceAll((category, zero) -> total[Counter.valueOf("CATEGORY_" + category.toUpperCase(java.util.Locale.ROOT)).ordinal()]);
		byPriority.replaceAll((priority, zero) -> total[Counter.valueOf("PRIORITY_" + priority.toUpperCase(java.util.Locale.ROOT)).ordinal()]);
		byAgent.values().removeIf(count -> count == 0);
		byReason.values().removeIf(count -> count == 0);
		Map<String, Object> stats = new LinkedHashMap<>();
		stats.put("period", Map.of("start", from.toString(), "end", now.toString(), "hours", 24));
		stats.put("total_messages", total[Counter.MESSAGES.ordinal()]);
		stats.put("customer_messages", total[Counter.USER_MESSAGES.ordinal()]);
		stats.put("analysed_messages", total[Counter.ANALYSED.ordinal()]);
		stats.put("by_category", byCategory);
		stats.put("by_priority", byPriority);
		stats.put("by_sentiment", AnalyticsService.sentiment(total));
		stats.put("action_required", total[Counter.ACTION_REQUIRED.ordinal()]);
		stats.put("average_urgency", Numbers.ratio(total[Counter.URGENCY_SUM.ordinal()], total[Counter.ANALYSED.ordinal()]));
		stats.put("conversations_started", total[Counter.CONVERSATIONS.ordinal()]);
		stats.put("escalated", total[Counter.ESCALATED.ordinal()]);
		stats.put("routing_by_agent", byAgent);
		stats.put("escalations_by_reason", byReason);
		return stats;
	}
}
