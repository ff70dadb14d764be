package io.parley.ingest.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.parley.platform.web.ApiException;
import tools.jackson.databind.json.JsonMapper;

/** Caller metadata as the events carry it: text values, nested values as JSON text. */
final class RequestMetadata {

	private RequestMetadata() {
	}

	/** The caller's metadata with the request's unknown fields added: nothing a client sends is dropped. */
	static Map<String, Object> withUnknownFields(Map<String, Object> metadata, Map<String, Object> unknownFields) {
		Map<String, Object> all = new LinkedHashMap<>();
		if (unknownFields != null) {
			all.putAll(unknownFields);
		}
		if (metadata != null) {
			all.putAll(metadata);
		}
		return all;
	}

	static Map<String, String> flatten(Map<String, Object> metadata, JsonMapper jsonMapper) {
		Map<String, String> flat = new LinkedHashMap<>();
		if (metadata != null) {
			metadata.forEach((key, value) -> {
				if (value != null) {
					flat.put(key, value instanceof String text ? text : jsonMapper.writeValueAsString(value));
				}
			});
		}
		return flat;
	}

	/** An ISO-8601 instant with its offset ({@code 2024-01-01T12:00:00Z}), or null when the text is not one. */
	static Instant instantOrNull(String text) {
		try {
			return Instant.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** The time the caller says the message was written ({@code metadata.timestamp}), else now. */
	static Instant sentAt(Map<String, String> metadata, Instant now) {
		String timestamp = metadata.get("timestamp");
		if (timestamp == null || timestamp.isBlank()) {
			return now;
		}
		try {
			return Instant.parse(timestamp);
		}
		catch (DateTimeParseException ex) {
			throw ApiException.badRequest("Invalid request: metadata.timestamp must be an ISO-8601 instant such as 2025-01-01T12:00:00Z",
					Map.of("fields", java.util.List.of(Map.of("field", "metadata.timestamp", "message",
							"must be an ISO-8601 instant such as 2025-01-01T12:00:00Z"))));
		}
	}
}
