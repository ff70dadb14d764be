package io.parley.gateway;

import java.time.Duration;
import java.util.Map;

import io.parley.test.ParleyServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The gateway in front of a real local HTTP server standing in for the services. */
@ParleyServiceTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = { "PARLEY_DEMO_API_KEY=" + GatewayRequestHandlingTest.KEY,
		"PARLEY_DEMO_TENANT_ID=tenant-demo", "PARLEY_RATE_LIMIT_STORE=in-memory",
		"parley.gateway.max-body-size=2KB",
		"spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s" })
class GatewayRequestHandlingTest {

	static final String KEY = "prl_test_demo_key_0123456789";

	static final FakeService service = FakeService.start();

	static final FakeService routing = FakeService.start();

	@DynamicPropertySource
	static void routes(DynamicPropertyRegistry registry) {
		registry.add("INGEST_URL", service::url);
		registry.add("ROUTING_URL", routing::url);
		registry.add("INSIGHTS_URL", FakeService::downServiceUrl);
	}

	@AfterAll
	static void stopService() {
		service.close();
		routing.close();
	}

	@Autowired
	WebTestClient web;

	@Test
	void anApiKeyInTheXApiKeyHeaderIsForwardedAsTheResolvedTenantWithoutTheKey() {
		postMessage().header("X-API-Key", KEY).exchange().expectStatus().isOk();

		assertThat(service.last().getFirst("X-Parley-Tenant-Id")).isEqualTo("tenant-demo");
		assertThat(service.last().getFirst("X-Parley-Scopes")).contains("ingest");
		assertThat(service.last().containsKey("X-API-Key")).isFalse();
	}

	@Test
	void anApiKeyAsBearerTokenIsAcceptedToo() {
		postMessage().header("Authorization", "Bearer " + KEY).exchange().expectStatus().isOk();

		assertThat(service.last().getFirst("X-Parley-Tenant-Id")).isEqualTo("tenant-demo");
		assertThat(service.last().containsKey("Authorization")).isFalse();
	}

	@Test
	void aTenantHeaderSentByTheCallerIsReplacedNeverTrusted() {
		postMessage().header("X-API-Key", KEY).header("X-Parley-Tenant-Id", "someone-else")
			.header("X-Parley-Principal", "admin").exchange().expectStatus().isOk();

		assertThat(service.last().get("X-Parley-Tenant-Id")).containsExactly("tenant-demo");
		assertThat(service.last().get("X-Parley-Principal")).doesNotContain("admin");
	}

	@Test
	void aWellFormedRequestIdIsForwardedAndReturnedOnceAndABadOneIsReplaced() {
		postMessage().header("X-API-Key", KEY).header("X-Request-Id", "req_from_caller_42").exchange()
			.expectStatus().isOk().expectHeader().valueEquals("X-Request-Id", "req_from_caller_42");
		assertThat(service.last().getFirst("X-Request-Id")).isEqualTo("req_from_caller_42");

		postMessage().header("X-API-Key", KEY).header("X-Request-Id", "bad id <script>").exchange()
			.expectStatus().isOk().expectHeader().value("X-Request-Id", id -> assertThat(id).startsWith("req_"));
	}

	@Test
	void theRequestIdIsWrittenInTheGatewaysLog(CapturedOutput output) {
		postMessage().header("X-API-Key", KEY).header("X-Request-Id", "req_find_me_in_the_log").exchange()
			.expectStatus().isOk();

		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut())
			.contains("[req_find_me_in_the_log] POST /webhook/chat/message 200"));
	}

	@Test
	void answersCarryTheRateLimitHeaders() {
		postMessage().header("X-API-Key", KEY).exchange().expectStatus().isOk()
			.expectHeader().exists("X-RateLimit-Limit")
			.expectHeader().exists("X-RateLimit-Remaining")
			.expectHeader().exists("X-RateLimit-Reset");
	}

	@Test
	void aRequestWithoutCredentialIsRefusedWith401AndNotForwarded() {
		int before = service.received().size();
		assertRefused(postMessage().exchange(), HttpStatus.UNAUTHORIZED, "unauthorized");
		assertThat(service.received()).hasSize(before);
	}

	@Test
	void metasWhatsAppWebhookIsPublicAndNeverCarriesATenantHeader() {
		web.post().uri("/webhook/whatsapp/tenant-demo").contentType(MediaType.APPLICATION_JSON)
			.header("X-Parley-Tenant-Id", "forged").header("X-Hub-Signature-256", "sha256=00")
			.bodyValue("{\"object\":\"whatsapp_business_account\"}").exchange().expectStatus().isOk();
		assertThat(service.last().containsKey("X-Parley-Tenant-Id")).isFalse();
		assertThat(service.last().getFirst("X-Hub-Signature-256")).isEqualTo("sha256=00");

		web.get().uri("/webhook/whatsapp/tenant-demo?hub.mode=subscribe&hub.verify_token=t&hub.challenge=1")
			.exchange().expectStatus().isOk();

		// The İzer webhook on /webhook still needs a credential.
		assertRefused(web.post().uri("/webhook").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange(),
				HttpStatus.UNAUTHORIZED, "unauthorized");
	}

	@Test
	void resolvingAConversationGoesToRoutingWhileTheConversationItselfStaysWithIngest() {
		int routed = routing.received().size();
		int ingested = service.received().size();

		web.post().uri("/api/v1/conversations/conv_1/resolve").header("X-API-Key", KEY)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("resolution", "bot")).exchange()
			.expectStatus().isOk();
		assertThat(routing.received()).hasSize(routed + 1);
		assertThat(routing.last().getFirst("X-Parley-Tenant-Id")).isEqualTo("tenant-demo");

		web.get().uri("/api/v1/conversations/conv_1").header("X-API-Key", KEY).exchange().expectStatus().isOk();
		assertThat(service.received()).hasSize(ingested + 1);
		assertThat(routing.received()).hasSize(routed + 1);
	}

	@Test
	void channelSettingsAreRoutedToIngestWithTheCallersTenant() {
		web.put().uri("/api/v1/channels/whatsapp").header("X-API-Key", KEY).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("verify_token", "t", "app_secret", "s")).exchange().expectStatus().isOk();
		assertThat(service.last().getFirst("X-Parley-Tenant-Id")).isEqualTo("tenant-demo");

		assertRefused(web.get().uri("/api/v1/channels/whatsapp").exchange(), HttpStatus.UNAUTHORIZED, "unauthorized");
	}

	@Test
	void aWrongKeyIsRefusedWith401InEitherHeader() {
		assertRefused(postMessage().header("X-API-Key", "prl_wrong").exchange(), HttpStatus.UNAUTHORIZED, "unauthorized");
		assertRefused(postMessage().header("Authorization", "Bearer prl_wrong").exchange(), HttpStatus.UNAUTHORIZED,
				"unauthorized");
	}

	@Test
	void aMethodTheRouteDoesNotServeIsRefusedWith405() {
		assertRefused(web.get().uri("/webhook/chat/message").header("X-API-Key", KEY).exchange(),
				HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed");
	}

	@Test
	void aBodyThatIsNotJsonIsRefusedWith415() {
		assertRefused(web.post().uri("/webhook/chat/message").header("X-API-Key", KEY)
			.contentType(MediaType.TEXT_PLAIN).bodyValue("hello").exchange(),
				HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type");
	}

	@Test
	void aBodyOverTheLimitIsRefusedWith413() {
		String big = "x".repeat(3 * 1024);
		assertRefused(web.post().uri("/webhook/chat/message").header("X-API-Key", KEY)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("user_id", "u1", "message", big)).exchange(),
				HttpStatus.CONTENT_TOO_LARGE, "payload_too_large");
	}

	@Test
	void aServiceThatIsDownIsReported503() {
		assertRefused(web.get().uri("/webhook/chat/insights/user123").header("X-API-Key", KEY).exchange(),
				HttpStatus.SERVICE_UNAVAILABLE, "service_unavailable");
	}

	@Test
	void aServiceThatIsTooSlowIsReported504() {
		assertRefused(web.mutate().responseTimeout(Duration.ofSeconds(10)).build().post().uri("/webhook/chat/message")
			.header("X-API-Key", KEY).header("X-Test-Behaviour", "slow").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("user_id", "u1", "message", "hi")).exchange(),
				HttpStatus.GATEWAY_TIMEOUT, "gateway_timeout");
	}

	@Test
	void aServiceThatHangsUpIsReported502() {
		assertRefused(postMessage().header("X-API-Key", KEY).header("X-Test-Behaviour", "hang-up").exchange(),
				HttpStatus.BAD_GATEWAY, "bad_gateway");
	}

	@Test
	void aPathWithNoRouteIsRefusedWith404() {
		assertRefused(web.get().uri("/no/such/route").header("X-API-Key", KEY).exchange(), HttpStatus.NOT_FOUND,
				"not_found");
	}

	@Test
	void theGatewaysOwnHealthNeedsNoCredential() {
		web.get().uri("/health").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
	}

	private WebTestClient.RequestHeadersSpec<?> postMessage() {
		return web.post().uri("/webhook/chat/message").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("user_id", "user123", "message", "hello"));
	}

	static void assertRefused(WebTestClient.ResponseSpec response, HttpStatus status, String code) {
		response.expectStatus().isEqualTo(status)
			.expectHeader().exists("X-Request-Id")
			.expectBody()
			.jsonPath("$.error.code").isEqualTo(code)
			.jsonPath("$.error.message").isNotEmpty()
			.jsonPath("$.error.request_id").isNotEmpty();
	}
}
