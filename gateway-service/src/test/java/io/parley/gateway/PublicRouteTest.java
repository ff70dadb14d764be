package io.parley.gateway;

import io.parley.test.ParleyServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.parley.gateway.GatewayRequestHandlingTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** A route marked {@code auth: none} is served without a credential, and still never trusts tenant headers. */
@ParleyServiceTest
@TestPropertySource(properties = "PARLEY_RATE_LIMIT_STORE=in-memory")
class PublicRouteTest {

	static final FakeService service = FakeService.start();

	@DynamicPropertySource
	static void routes(DynamicPropertyRegistry registry) {
		String routes = "spring.cloud.gateway.server.webflux.routes";
		registry.add(routes + "[0].id", () -> "public-status");
		registry.add(routes + "[0].uri", service::url);
		registry.add(routes + "[0].predicates[0]", () -> "Path=/status");
		registry.add(routes + "[0].metadata.auth", () -> "none");
		registry.add(routes + "[1].id", () -> "protected");
		registry.add(routes + "[1].uri", service::url);
		registry.add(routes + "[1].predicates[0]", () -> "Path=/protected");
		registry.add(routes + "[1].metadata.scope", () -> "ingest");
	}

	@AfterAll
	static void stop() {
		service.close();
	}

	@Autowired
	WebTestClient web;

	@Test
	void aPublicRouteNeedsNoCredentialAndDropsTenantHeaders() {
		web.get().uri("/status").header("X-Parley-Tenant-Id", "forged").exchange().expectStatus().isOk();

		assertThat(service.last().containsKey("X-Parley-Tenant-Id")).isFalse();
	}

	@Test
	void otherRoutesStillNeedACredential() {
		assertRefused(web.get().uri("/protected").exchange(), HttpStatus.UNAUTHORIZED, "unauthorized");
	}
}
