package io.parley.routing.domain;

import java.util.Map;

/** A request the domain refuses: something not found, a conflict with existing data, or invalid input. */
public class RoutingException extends RuntimeException {

	public enum Kind {
		NOT_FOUND, CONFLICT, INVALID
	}

	private final Kind kind;
	private final Map<String, Object> details;

	public RoutingException(Kind kind, String message, Map<String, Object> details) {
		super(message);
		this.kind = kind;
		this.details = details == null ? Map.of() : details;
	}

	public static RoutingException notFound(String message) {
		return new RoutingException(Kind.NOT_FOUND, message, Map.of());
	}

	public static RoutingException conflict(String message, Map<String, Object> details) {
		return new RoutingException(Kind.CONFLICT, message, details);
	}

	public static RoutingException invalid(String field, String problem) {
		return new RoutingException(Kind.INVALID, field + " " + problem, Map.of("field", field, "problem", problem));
	}

	public Kind kind() {
		return kind;
	}

	public Map<String, Object> details() {
		return details;
	}
}
