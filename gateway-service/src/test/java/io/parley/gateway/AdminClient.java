package io.parley.gateway;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Tenants and keys set up through the gateway's admin API, as a platform team would. */
record AdminClient(WebTestClient web, String adminToken) {

	String createTenant(String name, String plan) {
		return (String) admin().post().uri("/admin/tenants").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", name, "plan", plan)).exchange()
			.expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody().get("id");
	}

	String issueKey(String tenantId, String... scopes) {
		return (String) issueKeyWithId(tenantId, scopes).get("key");
	}

	Map<String, Object> issueKeyWithId(String tenantId, String... scopes) {
		return issueKey(tenantId, List.of(scopes), null);
	}

	/** The admin API's answer: the key's id, the key itself (shown this once), its prefix, scopes and expiry. */
	@SuppressWarnings("unchecked")
	Map<String, Object> issueKey(String tenantId, List<String> scopes, Instant expiresAt) {
		Map<String, Object> body = expiresAt == null ? Map.of("scopes", scopes)
				: Map.of("scopes", scopes, "expires_at", expiresAt.toString());
		return admin().post().uri("/admin/tenants/{id}/api-keys", tenantId).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body).exchange()
			.expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody();
	}

	void revoke(String keyId) {
		admin().delete().uri("/admin/api-keys/{id}", keyId).exchange().expectStatus().isNoContent();
	}

	void setRouteLimit(String tenantId, String group, int limit) {
		admin().patch().uri("/admin/tenants/{id}", tenantId).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("limits", Map.of("routes", Map.of(group, limit)))).exchange().expectStatus().isOk();
	}

	/** A client that sends the admin token, for calls the helpers above do not cover. */
	WebTestClient admin() {
		return web.mutate().defaultHeader("Authorization", "Bearer " + adminToken).build();
	}
}
