package io.parley.gateway;

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

	@SuppressWarnings("unchecked")
	Map<String, Object> issueKeyWithId(String tenantId, String... scopes) {
		return admin().post().uri("/admin/tenants/{id}/api-keys", tenantId)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("scopes", List.of(scopes))).exchange()
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

	private WebTestClient admin() {
		return web.mutate().defaultHeader("Authorization", "Bearer " + adminToken).build();
	}
}
