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

/**
 * The insights dashboard's routes in the real route table: its static page is public (it holds no data and signs in
 * with the analyst's key), its live feed needs a credential with the insights:read scope like the analytics API.
 */
@ParleyServiceTest
@TestPropertySource(properties = { "PARLEY_DEMO_API_KEY=" + InsightsRoutesTest.KEY, "PARLEY_DEMO_TENANT_ID=tenant-dash",
		"PARLEY_RATE_LIMIT_STORE=in-memory" })
class InsightsRoutesTest {

	static final String KEY = "prl_test_dashboard_key_0123456789";

	static final FakeService insights = FakeService.start();

	@DynamicPropertySource
	static void routes(DynamicPropertyRegistry registry) {
		registry.add("INSIGHTS_URL", insights::url);
	}

	@AfterAll
	static void stop() {
		insights.close();
	}

	@Autowired
	WebTestClient web;

	@Test
	void theDashboardPageIsServedWithoutACredentialAndNeverWithTenantHeaders() {
		web.get().uri("/dashboard/").header("X-Parley-Tenant-Id", "forged").exchange().expectStatus().isOk();
		assertThat(insights.last().containsKey("X-Parley-Tenant-Id")).isFalse();
		web.get().uri("/dashboard/vendor/chart.js-4.6.1/chart.umd.min.js").exchange().expectStatus().isOk();
	}

	@Test
	void theLiveFeedNeedsTheTenantsCredentialAndGoesToInsightsWithTheTenant() {
		assertRefused(web.get().uri("/api/v1/analytics/live").exchange(), HttpStatus.UNAUTHORIZED, "unauthorized");

		web.get().uri("/api/v1/analytics/live").header("Authorization", "Bearer " + KEY).exchange().expectStatus().isOk();
		assertThat(insights.last().getFirst("X-Parley-Tenant-Id")).isEqualTo("tenant-dash");
	}
}
