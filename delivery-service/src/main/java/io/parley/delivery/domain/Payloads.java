package io.parley.delivery.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body partners receive: Standard Webhooks' {@code type}, {@code timestamp} and {@code data}, plus the platform
 * API seed's {@code event} name. It is rendered once, stored, and sent byte for byte on every attempt, so every
 * signature of a message covers the same bytes.
 */
public final class Payloads {

	private final JsonMapper json;

	public Payloads(JsonMapper json) {
		this.json = json;
	}

	public String render(String type, Instant occurredAt, String dataJson) {
		JsonNode data = json.readTree(dataJson == null || dataJson.isBlank() ? "{}" : dataJson);
		return render(type, occurredAt, (Object) data);
	}

	public String render(String type, Instant occurredAt, Object data) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type);
		body.put("event", type);
		body.put("timestamp", occurredAt.truncatedTo(ChronoUnit.MILLIS).toString());
		body.put("data", data);
		return json.writeValueAsString(body);
	}
}
