package io.parley.platform.web;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A refusal the caller can act on: rendered as {@code {"error":{"code","message","details","request_id"}}} with the
 * given status.
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;
	private final String code;
	private final Map<String, Object> details;

	public ApiException(HttpStatus status, String code, String message, Map<String, Object> details) {
		super(message);
		this.status = status;
		this.code = code;
		this.details = details == null ? Map.of() : Map.copyOf(details);
	}

	public static ApiException badRequest(String message, Map<String, Object> details) {
		return new ApiException(HttpStatus.BAD_REQUEST, "invalid_request", message, details);
	}

	public static ApiException notFound(String message) {
		return new ApiException(HttpStatus.NOT_FOUND, "not_found", message, Map.of());
	}

	public static ApiException unauthorized(String message) {
		return new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", message, Map.of());
	}

	public HttpStatus status() {
		return status;
	}

	public String code() {
		return code;
	}

	public Map<String, Object> details() {
		return details;
	}
}
