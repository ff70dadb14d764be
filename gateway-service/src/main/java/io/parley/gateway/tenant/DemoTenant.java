package io.parley.gateway.tenant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * With {@code PARLEY_DEMO_API_KEY} set (the local one-command platform does), a demo tenant on the enterprise plan
 * exists with that key, holding every scope.
 */
@Component
class DemoTenant implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTenant.class);

	private final TenantService tenants;
	private final String apiKey;
	private final String tenantId;

	DemoTenant(TenantService tenants, @Value("${parley.gateway.demo.api-key:}") String apiKey,
			@Value("${parley.gateway.demo.tenant-id:demo}") String tenantId) {
		this.tenants = tenants;
		this.apiKey = apiKey;
		this.tenantId = tenantId;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (apiKey.isBlank()) {
			return;
		}
		tenants.ensureTenantWithKey(tenantId, "Demo tenant", Plan.ENTERPRISE, apiKey.trim());
		log.info("Demo tenant '{}' is ready with the key from PARLEY_DEMO_API_KEY", tenantId);
	}
}
