package io.parley.platform.web;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The platform's one error shape: {@code {"error":{"code","message","details","request_id"}}}. */
public record ErrorBody(Error error) {

	public static ErrorBody of(String code, String message, Map<String, Object> details, String requestId) {
		return new ErrorBody(new Error(code, message, details == null ? Map.of() : details, requestId));
	}

	public record Error(String code, String message, Map<String, Object> details,
			@JsonProperty("request_id") String requestId) {
	}
}
