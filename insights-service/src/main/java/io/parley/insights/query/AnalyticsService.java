package io.parley.insights.query;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import io.parley.insights.domain.ConversationState;
import io.parley.insights.domain.Counter;
import io.parley.insights.domain.Dim;
import io.parley.insights.persistence.InsightsQueries;
import io.parley.insights.persistence.RollupRow;
import io.parley.platform.web.ApiException;
import org.springframework.stereotype.Service;

import static io.parley.insights.query.Numbers.ratio;
import static io.parley.insights.query.Numbers.seconds;

/**
 * The platform API reference's analytics, from the rollups. Conversations count in the period (day, week, month in
 * the asked timezone) they started in; messages in the one they were sent in.
 */
@Service
public class AnalyticsService {

	public static final int MAX_DAYS = 366;

	/** The metrics of the "metrics" object, in answer order. */
	static final List<String> METRICS = List.of("total_conversations", "ai_resolved", "escalated", "resolution_rate",
			"avg_response_time", "customer_satisfaction", "first_response_time", "resolution_time", "bot_handoffs",
			"resolved", "escalation_rate", "total_messages", "user_messages", "avg_sentiment", "avg_urgency");

	/** Breakdown sections beyond the seed's, each selectable by name in {@code metrics}. */
	static final List<String> SECTIONS = List.of("escalations_by_reason", "by_category", "by_channel", "by_agent",
			"sentiment_distribution", "urgency_distribution", "top_topics");

	static final Map<String, String> ALIASES = Map.of("conversations", "total_conversations", "response_time",
			"avg_response_time", "satisfaction", "customer_satisfaction", "handoffs", "bot_handoffs", "messages",
			"total_messages");

	private final InsightsQueries queries;

	public AnalyticsService(InsightsQueries queries) {
		this.queries = queries;
	}

	/** A validated analytics question. */
	public record Query(String tenantId, LocalDate start, LocalDate end, Set<String> metrics, Set<String> sections,
			String groupBy, ZoneId zone) {

		Instant from() {
			return start.atStartOfDay(zone).toInstant();
		}

		Instant to() {
			return end.plusDays(1).atStartOfDay(zone).toInstant();
		}
	}

	public static Query parse(String tenantId, String startDate, String endDate, String metrics, String groupBy,
			String timezone) {
		Map<String, Object> problems = new LinkedHashMap<>();
		LocalDate start = date("start_date", startDate, problems);
		LocalDate end = date("end_date", endDate, problems);
		String group = groupBy == null || groupBy.isBlank() ? "day" : groupBy.trim().toLowerCase(Locale.ROOT);
		if (!List.of("day", "week", "month").contains(group)) {
			problems.put("group_by", "must be day, week or month");
		}
		ZoneId zone = ZoneOffset.UTC;
		if (timezone != null && !timezone.isBlank()) {
			try {
				zone = ZoneId.of(timezone.trim());
			}
			catch (RuntimeException ex) {
				problems.put("timezone", "not a timezone: use an IANA name such as Europe/Istanbul, or an offset such as +03:00");
			}
		}
		if (start != null && end != null) {
			if (end.isBefore(start)) {
				problems.put("end_date", "must not be before start_date");
			}
			else if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
				problems.put("end_date", "the range may span at most " + MAX_DAYS + " days");
			}
		}
		Set<String> chosenMetrics = new LinkedHashSet<>();
		Set<String> chosenSections = new LinkedHashSet<>();
		if (metrics == null || metrics.isBlank()) {
			chosenMetrics.addAll(METRICS);
			chosenSections.addAll(SECTIONS);
		}
		else {
			List<String> unknown = new ArrayList<>();
			for (String raw : metrics.split(",")) {
				String name = raw.trim().toLowerCase(Locale.ROOT);
				if (name.isEmpty()) {
					continue;
				}
				name = ALIASES.getOrDefault(name, name);
				if (METRICS.contains(name)) {
					chosenMetrics.add(name);
				}
				else if (SECTIONS.contains(name)) {
					chosenSections.add(name);
				}
				else {
					unknown.add(raw.trim());
				}
			}
			if (!unknown.isEmpty()) {
				problems.put("metrics", "unknown: " + String.join(", ", unknown) + "; known: "
						+ String.join(", ", METRICS) + ", " + String.join(", ", SECTIONS));
			}
		}
		if (!problems.isEmpty()) {
			throw ApiException.badRequest("Invalid analytics query: " + problems.keySet(), problems);
		}
		return new Query(tenantId, start, end, chosenMetrics, chosenSections, group, zone);
	}

	private static LocalDate date(String name, String value, Map<String, Object> problems) {
		if (value == null || value.isBlank()) {
			problems.put(name, "is required (ISO 8601 date, e.g. 2026-01-01)");
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			problems.put(name, "not an ISO 8601 date (e.g. 2026-01-01): " + value);
			return null;
		}
	}

	public Map<String, Object> analytics(Query q) {
		List<InsightsQueries.Period> periods = new ArrayList<>();
		LocalDate cursor = q.start();
		while (!cursor.isAfter(q.end())) {
			LocalDate group = groupOf(cursor, q.groupBy());
			LocalDate next = nextGroup(group, q.groupBy());
			LocalDate from = cursor;
			LocalDate to = next.isAfter(q.end()) ? q.end().plusDays(1) : next;
			periods.add(new InsightsQueries.Period(group.toString(), from.atStartOfDay(q.zone()).toInstant(),
					to.atStartOfDay(q.zone()).toInstant()));
			cursor = to;
		}
		Map<String, long[]> sums = sumsByPeriod(q, periods);
		long[] total = new long[Counter.SIZE];
		TreeMap<LocalDate, long[]> groups = new TreeMap<>();
		for (InsightsQueries.Period period : periods) {
			long[] v = sums.getOrDefault(period.label(), new long[Counter.SIZE]);
			groups.put(LocalDate.parse(period.label()), v);
			add(total, v);
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		Map<String, Object> period = new LinkedHashMap<>();
		period.put("start", q.start().toString());
		period.put("end", q.end().toString());
		period.put("group_by", q.groupBy());
		period.put("timezone", q.zone().getId());
		answer.put("period", period);
		Map<String, Object> metrics = metrics(total);
		metrics.keySet().retainAll(q.metrics());
		answer.put("metrics", metrics);
		List<Map<String, Object>> breakdown = new ArrayList<>();
		groups.forEach((date, vector) -> breakdown.add(breakdownRow(date, vector, q.metrics())));
		answer.put("daily_breakdown", breakdown);
		if (!q.sections().isEmpty()) {
			sections(q, total, answer);
		}
		return answer;
	}

	/**
	 * With one UTC offset over the whole range (UTC, or a zone without a transition in it) the database sums by local
	 * day and the days are grouped here; otherwise each period's exact bounds are given to the database.
	 */
	private Map<String, long[]> sumsByPeriod(Query q, List<InsightsQueries.Period> periods) {
		var rules = q.zone().getRules();
		var transition = rules.nextTransition(q.from());
		if (transition != null && transition.getInstant().isBefore(q.to())) {
			return queries.totalsByPeriod(q.tenantId(), periods);
		}
		int offset = rules.getOffset(q.from()).getTotalSeconds();
		Map<String, long[]> sums = new LinkedHashMap<>();
		queries.totalsByLocalDay(q.tenantId(), q.from(), q.to(), offset).forEach((epochDay, v) -> add(
				sums.computeIfAbsent(groupOf(LocalDate.ofEpochDay(epochDay), q.groupBy()).toString(),
						label -> new long[Counter.SIZE]), v));
		return sums;
	}

	static Map<String, Object> metrics(long[] v) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("total_conversations", v[Counter.CONVERSATIONS.ordinal()]);
		m.put("ai_resolved", v[Counter.AI_RESOLVED.ordinal()]);
		m.put("escalated", v[Counter.ESCALATED.ordinal()]);
		m.put("resolution_rate", ratio(v[Counter.AI_RESOLVED.ordinal()], v[Counter.CONVERSATIONS.ordinal()]));
		m.put("avg_response_time", seconds(v[Counter.REPLY_SUM_MS.ordinal()], v[Counter.REPLY_COUNT.ordinal()]));
		m.put("customer_satisfaction", ratio(v[Counter.RATING_SUM.ordinal()], v[Counter.RATING_COUNT.ordinal()]));
		m.put("first_response_time", seconds(v[Counter.FRT_SUM_MS.ordinal()], v[Counter.FRT_COUNT.ordinal()]));
		m.put("resolution_time", seconds(v[Counter.RESOLUTION_SUM_MS.ordinal()], v[Counter.RESOLUTION_COUNT.ordinal()]));
		m.put("bot_handoffs", v[Counter.HANDOFFS.ordinal()]);
		m.put("resolved", v[Counter.RESOLVED.ordinal()]);
		m.put("escalation_rate", ratio(v[Counter.ESCALATED.ordinal()], v[Counter.CONVERSATIONS.ordinal()]));
		m.put("total_messages", v[Counter.MESSAGES.ordinal()]);
		m.put("user_messages", v[Counter.USER_MESSAGES.ordinal()]);
		m.put("avg_sentiment", v[Counter.ANALYSED.ordinal()] == 0 ? null
				: Numbers.round(v[Counter.SENTIMENT_MILLI_SUM.ordinal()] / 1000.0 / v[Counter.ANALYSED.ordinal()], 2));
		m.put("avg_urgency", ratio(v[Counter.URGENCY_SUM.ordinal()], v[Counter.ANALYSED.ordinal()]));
		return m;
	}

	private static Map<String, Object> breakdownRow(LocalDate date, long[] v, Set<String> chosen) {
		Map<String, Object> all = metrics(v);
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("date", date.toString());
		if (chosen.contains("total_conversations")) {
			row.put("conversations", all.get("total_conversations"));
		}
		all.forEach((name, value) -> {
			if (!name.equals("total_conversations") && chosen.contains(name)) {
				row.put(name, value);
			}
		});
		if (chosen.contains("avg_sentiment") || chosen.contains("avg_urgency")) {
			row.put("high_urgency", v[Counter.HIGH_URGENCY.ordinal()]);
			row.put("sentiment", sentiment(v));
		}
		return row;
	}

	static Map<String, Object> sentiment(long[] v) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("positive", v[Counter.POSITIVE.ordinal()]);
		s.put("neutral", v[Counter.NEUTRAL.ordinal()]);
		s.put("negative", v[Counter.NEGATIVE.ordinal()]);
		s.put("urgent", v[Counter.URGENT.ordinal()]);
		return s;
	}

	private void sections(Query q, long[] total, Map<String, Object> answer) {
		Map<String, Map<String, long[]>> dims = dimTotals(q.tenantId(), List.of(Dim.ESCALATION_REASON, Dim.CATEGORY,
				Dim.CHANNEL, Dim.AGENT, Dim.TOPIC), q.from(), q.to());
		if (q.sections().contains("escalations_by_reason")) {
			Map<String, Object> reasons = new LinkedHashMap<>();
			sortedBy(dims.get(Dim.ESCALATION_REASON), Counter.ESCALATED)
				.forEach(e -> reasons.put(e.getKey(), e.getValue()[Counter.ESCALATED.ordinal()]));
			answer.put("escalations_by_reason", reasons);
		}
		if (q.sections().contains("by_category")) {
			answer.put("by_category", conversationsBy("category", dims.get(Dim.CATEGORY)));
		}
		if (q.sections().contains("by_channel")) {
			answer.put("by_channel", conversationsBy("channel", dims.get(Dim.CHANNEL)));
		}
		if (q.sections().contains("by_agent")) {
			answer.put("by_agent", conversationsBy("agent_id", dims.get(Dim.AGENT)));
		}
		if (q.sections().contains("sentiment_distribution")) {
			answer.put("sentiment_distribution", sentiment(total));
		}
		if (q.sections().contains("urgency_distribution")) {
			Map<String, Object> urgency = new LinkedHashMap<>();
			for (int level = 1; level <= 10; level++) {
				urgency.put(String.valueOf(level), total[Counter.valueOf("URGENCY_" + level).ordinal()]);
			}
			answer.put("urgency_distribution", urgency);
		}
		if (q.sections().contains("top_topics")) {
			List<Map<String, Object>> topics = new ArrayList<>();
			sortedBy(dims.get(Dim.TOPIC), Counter.ANALYSED).stream().limit(10).forEach(e -> {
				Map<String, Object> topic = new LinkedHashMap<>();
				topic.put("topic", e.getKey());
				topic.put("messages", e.getValue()[Counter.ANALYSED.ordinal()]);
				topics.add(topic);
			});
			answer.put("top_topics", topics);
		}
	}

	private static List<Map<String, Object>> conversationsBy(String name, Map<String, long[]> byValue) {
		List<Map<String, Object>> result = new ArrayList<>();
		sortedBy(byValue, Counter.CONVERSATIONS).forEach(e -> {
			long[] v = e.getValue();
			Map<String, Object> row = new LinkedHashMap<>();
			row.put(name, e.getKey());
			row.put("conversations", v[Counter.CONVERSATIONS.ordinal()]);
			row.put("ai_resolved", v[Counter.AI_RESOLVED.ordinal()]);
			row.put("resolved", v[Counter.RESOLVED.ordinal()]);
			row.put("escalated", v[Counter.ESCALATED.ordinal()]);
			row.put("resolution_rate", ratio(v[Counter.AI_RESOLVED.ordinal()], v[Counter.CONVERSATIONS.ordinal()]));
			row.put("first_response_time", seconds(v[Counter.FRT_SUM_MS.ordinal()], v[Counter.FRT_COUNT.ordinal()]));
			row.put("resolution_time", seconds(v[Counter.RESOLUTION_SUM_MS.ordinal()], v[Counter.RESOLUTION_COUNT.ordinal()]));
			result.add(row);
		});
		return result;
	}

	private static List<Map.Entry<String, long[]>> sortedBy(Map<String, long[]> byValue, Counter counter) {
		return byValue.entrySet().stream().filter(e -> e.getValue()[counter.ordinal()] != 0)
			.sorted(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[counter.ordinal()])
				.thenComparing(Map.Entry::getKey))
			.toList();
	}

	/**
	 * Totals per breakdown value over {@code [from, to)}: whole UTC days from the daily rollup, the partial days at
	 * either edge from the 15-minute one.
	 */
	public Map<String, Map<String, long[]>> dimTotals(String tenantId, List<String> dims, Instant from, Instant to) {
		LocalDate firstFullDay = LocalDate.ofInstant(from, ZoneOffset.UTC);
		if (!firstFullDay.atStartOfDay(ZoneOffset.UTC).toInstant().equals(from)) {
			firstFullDay = firstFullDay.plusDays(1);
		}
		LocalDate endFullDay = LocalDate.ofInstant(to, ZoneOffset.UTC);
		List<RollupRow> rows = new ArrayList<>();
		if (firstFullDay.isBefore(endFullDay)) {
			rows.addAll(queries.dimTotals("rollup_day", tenantId, dims, java.sql.Date.valueOf(firstFullDay),
					java.sql.Date.valueOf(endFullDay)));
			Instant firstFull = firstFullDay.atStartOfDay(ZoneOffset.UTC).toInstant();
			Instant endFull = endFullDay.atStartOfDay(ZoneOffset.UTC).toInstant();
			if (from.isBefore(firstFull)) {
				rows.addAll(queries.dimTotals("rollup_quarter", tenantId, dims, Timestamp.from(from), Timestamp.from(firstFull)));
			}
			if (endFull.isBefore(to)) {
				rows.addAll(queries.dimTotals("rollup_quarter", tenantId, dims, Timestamp.from(endFull), Timestamp.from(to)));
			}
		}
		else {
			rows.addAll(queries.dimTotals("rollup_quarter", tenantId, dims, Timestamp.from(from), Timestamp.from(to)));
		}
		Map<String, Map<String, long[]>> result = new HashMap<>();
		dims.forEach(d -> result.put(d, new TreeMap<>()));
		for (RollupRow row : rows) {
			add(result.get(row.dim()).computeIfAbsent(row.value(), v -> new long[Counter.SIZE]), row.counters());
		}
		return result;
	}

	static LocalDate nextGroup(LocalDate groupStart, String groupBy) {
		return switch (groupBy) {
			case "week" -> groupStart.plusWeeks(1);
			case "month" -> groupStart.plusMonths(1);
			default -> groupStart.plusDays(1);
		};
	}

	static LocalDate groupOf(LocalDate day, String groupBy) {
		return switch (groupBy) {
			case "week" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case "month" -> day.withDayOfMonth(1);
			default -> day;
		};
	}

	static void add(long[] target, long[] v) {
		for (int i = 0; i < v.length; i++) {
			target[i] += v[i];
		}
	}

	/** The breakdown as CSV: one line per period. */
	public String breakdownCsv(Query q) {
		Map<String, Object> answer = analytics(new Query(q.tenantId(), q.start(), q.end(), new LinkedHashSet<>(METRICS),
				Set.of(), q.groupBy(), q.zone()));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> rows = (List<Map<String, Object>>) answer.get("daily_breakdown");
		StringBuilder csv = new StringBuilder();
		List<String> header = new ArrayList<>();
		rows.get(0).forEach((key, value) -> {
			if (value instanceof Map<?, ?> nested) {
				nested.keySet().forEach(k -> header.add(key + "_" + k));
			}
			else {
				header.add(key);
			}
		});
		csv.append(String.join(",", header)).append("\r\n");
		for (Map<String, Object> row : rows) {
			List<String> cells = new ArrayList<>();
			row.forEach((key, value) -> {
				if (value instanceof Map<?, ?> nested) {
					nested.values().forEach(v -> cells.add(cell(v)));
				}
				else {
					cells.add(cell(value));
				}
			});
			csv.append(String.join(",", cells)).append("\r\n");
		}
		return csv.toString();
	}

	static final List<String> CONVERSATION_COLUMNS = Arrays.asList("conversation_id", "user_id", "channel",
			"started_at", "category", "agent_id", "messages", "user_messages", "first_response_seconds",
			"avg_response_seconds", "escalated", "escalated_at", "escalation_reason", "bot_handoff", "resolved_at",
			"resolution", "resolved_by", "ai_resolved", "resolution_seconds", "closed_at", "rating");

	/** One line per conversation that started in the range. */
	public void conversationsCsv(Query q, Consumer<String> lines) {
		lines.accept(String.join(",", CONVERSATION_COLUMNS) + "\r\n");
		queries.conversations(q.tenantId(), q.from(), q.to(), c -> lines.accept(conversationLine(c)));
	}

	private static String conversationLine(ConversationState c) {
		List<Object> cells = Arrays.asList(c.conversationId, c.userId, c.channel, c.startedAt, c.category, c.agentId,
				c.messageCount, c.userMessageCount,
				c.firstResponseMillis() == null ? null : Numbers.round(c.firstResponseMillis() / 1000.0, 2),
				seconds(c.replySumMs, c.replyCount), c.escalated(), c.escalatedAt, c.escalationReason, c.handedOff(),
				c.resolvedAt, c.resolution, c.resolvedBy, c.aiResolved(),
				c.resolutionMillis() == null ? null : Numbers.round(c.resolutionMillis() / 1000.0, 2), c.closedAt,
				c.ratingCount == 0 ? null : Numbers.round((double) c.ratingSum / c.ratingCount, 2));
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(cell(cells.get(i)));
		}
		return line.append("\r\n").toString();
	}

	/** RFC 4180 quoting; a leading =, +, - or @ is defused so a spreadsheet does not run it as a formula. */
	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}
}
