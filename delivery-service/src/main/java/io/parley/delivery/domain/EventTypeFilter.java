package io.parley.delivery.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The event types an endpoint receives: every type (no list, or {@code *}), exact names such as
 * {@code conversation.escalated}, or wildcards such as {@code conversation.*} (every type under that prefix).
 */
public record EventTypeFilter(List<String> patterns) {

	private static final Pattern VALID = Pattern.compile("\\*|[a-z0-9_]+(\\.[a-z0-9_]+)*(\\.\\*)?");

	public static final EventTypeFilter ALL = new EventTypeFilter(null);

	public EventTypeFilter {
		patterns = patterns == null || patterns.contains("*") ? null : List.copyOf(patterns);
	}

	public static boolean isValidPattern(String pattern) {
		return pattern != null && pattern.length() <= 100 && VALID.matcher(pattern).matches();
	}

	public boolean receivesAll() {
		return patterns == null;
	}

	public boolean matches(String type) {
		if (patterns == null) {
			return true;
		}
		for (String pattern : patterns) {
			if (pattern.endsWith(".*") ? type.startsWith(pattern.substring(0, pattern.length() - 1))
					: pattern.equals(type)) {
				return true;
			}
		}
		return false;
	}

	/** As shown to partners: {@code ["*"]} for every type. */
	public List<String> shown() {
		return patterns == null ? List.of("*") : patterns;
	}
}
