package io.parley.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The gateway's admin API, as a platform team calls it: a tenant for the benchmark and its key. */
record AdminApi(String gatewayUrl, String adminToken) {

	/** An enterprise tenant with the given limits (JSON of the PATCH's {@code limits}) and an ingest key. */
	String tenantKey(String limitsJson) throws Exception {
		String tenantId = field(call("POST", "/admin/tenants", "{\"name\":\"Bench\",\"plan\":\"enterprise\"}"), "id");
		call("PATCH", "/admin/tenants/" + tenantId, "{\"limits\":" + limitsJson + "}");
		return field(call("POST", "/admin/tenants/" + tenantId + "/api-keys", "{\"scopes\":[\"ingest\"]}"), "key");
	}

	private String call(String method, String path, String body) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(gatewayUrl + path))
			.header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	private static String field(String json, String name) {
		Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
		if (!matcher.find()) {
			throw new IllegalStateException("No " + name + " in " + json);
		}
		return matcher.group(1);
	}
}
