package io.parley.gateway.tenant;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Route groups with budgets of their own on top of the plan's, as in the AI User Learning guide: requests per
 * five minutes, per tenant. A tenant's settings can replace each number.
 */
public final class RouteGroups {

	public static final String MESSAGE_LOGGING = "message-logging";
	public static final String INSIGHTS = "insights";
	public static final String BULK_UPLOAD = "bulk-upload";
	public static final String INSIGHTS_STREAM = "insights-stream";
	public static final String LEARNING_STREAM = "learning-stream";

	public static final Duration WINDOW = Duration.ofMinutes(5);

	public static final Map<String, Integer> DEFAULT_LIMITS = Map.of(MESSAGE_LOGGING, 50, INSIGHTS, 100,
			BULK_UPLOAD, 10, INSIGHTS_STREAM, 10, LEARNING_STREAM, 5);

	public static final List<String> ALL = List.of(MESSAGE_LOGGING, INSIGHTS, BULK_UPLOAD, INSIGHTS_STREAM,
			LEARNING_STREAM);

	private RouteGroups() {
	}
}
