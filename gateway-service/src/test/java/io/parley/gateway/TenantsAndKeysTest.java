package io.parley.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.parley.test.ParleyServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.parley.gateway.GatewayRequestHandlingTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What a platform team does through the admin API, and what callers then see at the gateway. */
@ParleyServiceTest
@TestPropertySource(properties = { "PARLEY_ADMIN_TOKEN=" + TenantsAndKeysTest.ADMIN_TOKEN,
		"PARLEY_RATE_LIMIT_STORE=in-memory" })
class TenantsAndKeysTest {

	static final String ADMIN_TOKEN = "adm_test_token_0123456789";

	static final FakeService service = FakeService.start();

	@DynamicPropertySource
	static void routes(DynamicPropertyRegistry registry) {
		registry.add("INGEST_URL", service::url);
		registry.add("INSIGHTS_URL", service::url);
		registry.add("ANALYSIS_URL", service::url);
		registry.add("LEARNING_URL", service::url);
	}

	@AfterAll
	static void stopService() {
		service.close();
	}

	@Autowired
	WebTestClient web;

	@Test
	void theAdminApiAnswersOnlyToTheAdminToken() {
		assertRefused(web.get().uri("/admin/tenants").exchange(), HttpStatus.UNAUTHORIZED, "unauthorized");
		assertRefused(web.get().uri("/admin/tenants").header("Authorization", "Bearer wrong").exchange(),
				HttpStatus.UNAUTHORIZED, "unauthorized");
	}

	@Test
	void aKeyCreatedThroughTheAdminApiWorksInBothHeaderStylesAndIsShownOnlyOnce() {
		String tenantId = createTenant("Acme Support", "starter");
		Map<String, Object> issued = issueKey(tenantId, List.of("ingest"), null);
		String key = (String) issued.get("key");

		assertThat(key).startsWith("prl_");
		postMessage(key, false).expectStatus().isOk();
		assertThat(service.last().getFirst("X-Parley-Tenant-Id")).isEqualTo(tenantId);
		postMessage(key, true).expectStatus().isOk();

		admin().get().uri("/admin/tenants/{id}/api-keys", tenantId).exchange().expectStatus().isOk()
			.expectBody()
			.jsonPath("$.api_keys[0].prefix").isEqualTo(key.substring(0, 12))
			.jsonPath("$.api_keys[0].status").isEqualTo("active")
			.jsonPath("$.api_keys[0].key").doesNotExist();
		admin().get().uri("/admin/tenants").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.tenants[?(@.id == '" + tenantId + "')].plan").isEqualTo("starter");
	}

	@Test
	void aKeyWithoutTheRoutesScopeIsRefusedWith403() {
		String key = (String) issueKey(createTenant("Scoped", "free"), List.of("ingest"), null).get("key");

		assertRefused(web.get().uri("/webhook/chat/insights/user123").header("X-API-Key", key).exchange(),
				HttpStatus.FORBIDDEN, "forbidden");
	}

	@Test
	void onlyAnAdminKeyMayTeachTheAnalyzerItsTenantsExamplePhrases() {
		String tenantId = createTenant("Teaching", "free");
		String reader = (String) issueKey(tenantId, List.of("insights:read"), null).get("key");
		String admin = (String) issueKey(tenantId, List.of("admin"), null).get("key");

		assertRefused(web.get().uri("/api/v1/analysis/examples").header("X-API-Key", reader).exchange(),
				HttpStatus.FORBIDDEN, "forbidden");
		web.get().uri("/api/v1/analysis/examples").header("X-API-Key", admin).exchange().expectStatus().isOk();
		assertThat(service.last().getFirst("X-Parley-Tenant-Id")).isEqualTo(tenantId);
	}

	@Test
	void readingAUsersFactsNeedsInsightsReadButErasingTheUserNeedsAdmin() {
		String tenantId = createTenant("Learning", "free");
		String reader = (String) issueKey(tenantId, List.of("insights:read"), null).get("key");
		String admin = (String) issueKey(tenantId, List.of("admin"), null).get("key");

		web.get().uri("/api/v1/users/user123/facts").header("X-API-Key", reader).exchange().expectStatus().isOk();
		web.get().uri("/api/v1/users/user123/context").header("X-API-Key", reader).exchange().expectStatus().isOk();
		assertRefused(web.delete().uri("/api/v1/users/user123").header("X-API-Key", reader).exchange(),
				HttpStatus.FORBIDDEN, "forbidden");
		web.delete().uri("/api/v1/users/user123").header("X-API-Key", admin).exchange().expectStatus().isOk();
	}

	@Test
	void aRevokedKeyStopsWorkingWithinTenSeconds() {
		Map<String, Object> issued = issueKey(createTenant("Revoking", "free"), List.of("ingest"), null);
		String key = (String) issued.get("key");
		postMessage(key, false).expectStatus().isOk();

		admin().delete().uri("/admin/api-keys/{id}", issued.get("id")).exchange().expectStatus().isNoContent();

		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
			.untilAsserted(() -> postMessage(key, false).expectStatus().isUnauthorized());
		assertRefused(postMessage(key, true), HttpStatus.UNAUTHORIZED, "unauthorized");
	}

	@Test
	void rotationANewKeyWorksBeforeTheOldOneIsRevoked() {
		String tenantId = createTenant("Rotating", "free");
		Map<String, Object> old = issueKey(tenantId, List.of("ingest"), null);
		String fresh = (String) issueKey(tenantId, List.of("ingest"), null).get("key");

		postMessage((String) old.get("key"), false).expectStatus().isOk();
		postMessage(fresh, false).expectStatus().isOk();
		admin().delete().uri("/admin/api-keys/{id}", old.get("id")).exchange().expectStatus().isNoContent();

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> postMessage((String) old.get("key"), false).expectStatus().isUnauthorized());
		postMessage(fresh, false).expectStatus().isOk();
	}

	@Test
	void anExpiredKeyIsRefused() {
		String key = (String) issueKey(createTenant("Expiring", "free"), List.of("ingest"),
				Instant.now().plusSeconds(2)).get("key");
		postMessage(key, false).expectStatus().isOk();

		await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(250))
			.untilAsserted(() -> postMessage(key, false).expectStatus().isUnauthorized());
	}

	@Test
	void invalidAdminRequestsAreRefusedInTheErrorShapeWithTheField() {
		assertRefused(admin().post().uri("/admin/tenants").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Gold", "plan", "gold")).exchange(), HttpStatus.BAD_REQUEST, "invalid_request");
		String tenantId = createTenant("Valid", "free");
		admin().post().uri("/admin/tenants/{id}/api-keys", tenantId).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("scopes", List.of("everything"))).exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.error.details.fields[0].field").isEqualTo("scopes");
		admin().post().uri("/admin/tenants/{id}/api-keys", tenantId).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("scopes", List.of("ingest"), "expires_at", "2001-01-01T00:00:00Z")).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.error.details.fields[0].field").isEqualTo("expires_at");
		assertRefused(admin().get().uri("/admin/tenants/ten_nobody/api-keys").exchange(), HttpStatus.NOT_FOUND,
				"not_found");
		assertRefused(admin().delete().uri("/admin/api-keys/no-such-key").exchange(), HttpStatus.NOT_FOUND, "not_found");
	}

	@Test
	void aTenantsPlanAndLimitsCanBeChanged() {
		String tenantId = createTenant("Growing", "free");

		admin().patch().uri("/admin/tenants/{id}", tenantId).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("plan", "enterprise", "limits", Map.of("hourly", 250_000,
					"routes", Map.of("message-logging", 500))))
			.exchange().expectStatus().isOk()
			.expectBody()
			.jsonPath("$.plan").isEqualTo("enterprise")
			.jsonPath("$.limits.hourly").isEqualTo(250_000)
			.jsonPath("$.limits.routes.message-logging").isEqualTo(500);
		admin().patch().uri("/admin/tenants/{id}", tenantId).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("limits", Map.of("routes", Map.of("no-such-group", 5)))).exchange()
			.expectStatus().isBadRequest();
	}

	@Test
	void browsersGetCorsOnlyForTheOriginsTheirTenantAllows() {
		String tenantId = createTenant("Widget shop", "free");
		String key = (String) issueKey(tenantId, List.of("ingest"), null).get("key");
		admin().patch().uri("/admin/tenants/{id}", tenantId).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("cors_origins", List.of("https://shop.example.com"))).exchange().expectStatus().isOk();

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> web.options().uri("/webhook/chat/message")
			.header(HttpHeaders.ORIGIN, "https://shop.example.com")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, HttpMethod.POST.name())
			.exchange().expectStatus().isNoContent()
			.expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://shop.example.com"));
		web.post().uri("/webhook/chat/message").header("X-API-Key", key).header(HttpHeaders.ORIGIN, "https://shop.example.com")
			.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("user_id", "u1", "message", "hi")).exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://shop.example.com");

		assertRefused(web.options().uri("/webhook/chat/message").header(HttpHeaders.ORIGIN, "https://evil.example.net")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST").exchange(), HttpStatus.FORBIDDEN, "forbidden");
		assertRefused(web.post().uri("/webhook/chat/message").header("X-API-Key", key)
			.header(HttpHeaders.ORIGIN, "https://evil.example.net").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("user_id", "u1", "message", "hi")).exchange(), HttpStatus.FORBIDDEN, "forbidden");
	}

	private String createTenant(String name, String plan) {
		return new AdminClient(web, ADMIN_TOKEN).createTenant(name, plan);
	}

	private Map<String, Object> issueKey(String tenantId, List<String> scopes, Instant expiresAt) {
		return new AdminClient(web, ADMIN_TOKEN).issueKey(tenantId, scopes, expiresAt);
	}

	private WebTestClient admin() {
		return new AdminClient(web, ADMIN_TOKEN).admin();
	}

	private WebTestClient.ResponseSpec postMessage(String key, boolean asBearer) {
		return web.post().uri("/webhook/chat/message")
			.header(asBearer ? "Authorization" : "X-API-Key", asBearer ? "Bearer " + key : key)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("user_id", "user123", "message", "hello"))
			.exchange();
	}
}
