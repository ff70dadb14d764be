package io.parley.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway in front of a real local HTTP server standing in for ingest and insights. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"PARLEY_DEMO_API_KEY=pk_test_valid_key_123", "PARLEY_DEMO_TENANT_ID=tenant-demo" })
@AutoConfigureWebTestClient
class CredentialRoutingTest {

	static final String KEY = "pk_test_valid_key_123";

	static final HttpServer backend = startBackend();
	static final List<Headers> forwarded = new CopyOnWriteArrayList<>();

	@DynamicPropertySource
	static void routes(DynamicPropertyRegistry registry) {
		registry.add("INGEST_URL", () -> "http://localhost:" + backend.getAddress().getPort());
		registry.add("INSIGHTS_URL", () -> "http://localhost:" + closedPort());
	}

	@Autowired
	WebTestClient web;

	@BeforeEach
	void forget() {
		forwarded.clear();
	}

	@AfterAll
	static void stopBackend() {
		backend.stop(0);
	}

	@Test
	void anApiKeyInTheXApiKeyHeaderIsForwardedAsTheResolvedTenant() {
		postMessage().header("X-API-Key", KEY).exchange().expectStatus().isOk();

		Headers received = forwarded.get(0);
		assertThat(received.getFirst("X-Parley-Tenant-Id")).isEqualTo("tenant-demo");
		assertThat(received.getFirst("X-Parley-Principal")).isEqualTo("demo");
		assertThat(received.getFirst("X-Parley-Scopes")).contains("ingest");
		assertThat(received.containsKey("X-API-Key")).isFalse();
	}

	@Test
	void anApiKeyAsBearerTokenIsAcceptedToo() {
		postMessage().header("Authorization", "Bearer " + KEY).exchange().expectStatus().isOk();

		assertThat(forwarded.get(0).getFirst("X-Parley-Tenant-Id")).isEqualTo("tenant-demo");
		assertThat(forwarded.get(0).containsKey("Authorization")).isFalse();
	}

	@Test
	void aTenantHeaderSentByTheCallerIsReplacedNeverTrusted() {
		postMessage().header("X-API-Key", KEY).header("X-Parley-Tenant-Id", "someone-else")
			.header("X-Parley-Scopes", "admin").exchange().expectStatus().isOk();

		assertThat(forwarded.get(0).get("X-Parley-Tenant-Id")).containsExactly("tenant-demo");
		assertThat(forwarded.get(0).getFirst("X-Parley-Scopes")).doesNotContain("admin");
	}

	@Test
	void theRequestIdIsForwardedAndReturnedOnce() {
		postMessage().header("X-API-Key", KEY).header("X-Request-Id", "req_from_caller_42").exchange()
			.expectStatus().isOk().expectHeader().valueEquals("X-Request-Id", "req_from_caller_42");

		assertThat(forwarded.get(0).getFirst("X-Request-Id")).isEqualTo("req_from_caller_42");
	}

	@Test
	void aRequestWithoutKeyIsRefusedWith401InTheErrorShapeAndNotForwarded() {
		assertRefused(postMessage().exchange(), HttpStatus.UNAUTHORIZED, "unauthorized");
		assertThat(forwarded).isEmpty();
	}

	@Test
	void aWrongKeyIsRefusedWith401() {
		assertRefused(postMessage().header("X-API-Key", "pk_wrong").exchange(), HttpStatus.UNAUTHORIZED, "unauthorized");
		assertRefused(postMessage().header("Authorization", "Bearer pk_wrong").exchange(), HttpStatus.UNAUTHORIZED,
				"unauthorized");
		assertThat(forwarded).isEmpty();
	}

	@Test
	void aServiceThatIsDownIsReported503InTheErrorShape() {
		assertRefused(web.get().uri("/webhook/chat/insights/user123").header("X-API-Key", KEY).exchange(),
				HttpStatus.SERVICE_UNAVAILABLE, "service_unavailable");
	}

	@Test
	void aPathWithNoRouteIsRefusedWith404InTheErrorShape() {
		assertRefused(web.get().uri("/no/such/route").header("X-API-Key", KEY).exchange(), HttpStatus.NOT_FOUND,
				"not_found");
	}

	@Test
	void theGatewaysOwnHealthNeedsNoKey() {
		web.get().uri("/health").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
	}

	private WebTestClient.RequestHeadersSpec<?> postMessage() {
		return web.post().uri("/webhook/chat/message").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("user_id", "user123", "message", "hello"));
	}

	private static void assertRefused(WebTestClient.ResponseSpec response, HttpStatus status, String code) {
		response.expectStatus().isEqualTo(status)
			.expectHeader().exists("X-Request-Id")
			.expectBody()
			.jsonPath("$.error.code").isEqualTo(code)
			.jsonPath("$.error.message").isNotEmpty()
			.jsonPath("$.error.request_id").isNotEmpty();
	}

	/** A port nothing listens on: a service that is down. */
	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static HttpServer startBackend() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
			server.createContext("/", exchange -> {
				forwarded.add(exchange.getRequestHeaders());
				byte[] body = "{\"success\":true}".getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				// Like every Parley service, the backend answers with the request id it was given.
				String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
				if (requestId != null) {
					exchange.getResponseHeaders().set("X-Request-Id", requestId);
				}
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
