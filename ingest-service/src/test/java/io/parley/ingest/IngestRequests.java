package io.parley.ingest;

import java.util.Map;
import java.util.UUID;

import io.parley.platform.web.TrustedHeaders;
import io.parley.test.TestDatabase;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Requests as the gateway forwards them: with the tenant and principal it resolved. */
record IngestRequests(WebTestClient web, TestDatabase database) {

	WebTestClient.ResponseSpec post(String tenantId, String path, Object body, Map<String, String> headers) {
		WebTestClient.RequestBodySpec request = web.post().uri(path)
			.header(TrustedHeaders.TENANT_ID, tenantId)
			.header(TrustedHeaders.PRINCIPAL, "test-key")
			.contentType(MediaType.APPLICATION_JSON);
		headers.forEach(request::header);
		return request.bodyValue(body).exchange();
	}

	WebTestClient.ResponseSpec post(String tenantId, String path, Object body) {
		return post(tenantId, path, body, Map.of());
	}

	WebTestClient.ResponseSpec get(String tenantId, String path) {
		return web.get().uri(path).header(TrustedHeaders.TENANT_ID, tenantId).exchange();
	}

	long count(String table) {
		return database.jdbcClient().sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	static String newUser() {
		return "user_" + UUID.randomUUID().toString().substring(0, 8);
	}
}
