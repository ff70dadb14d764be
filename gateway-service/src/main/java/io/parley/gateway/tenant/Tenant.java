package io.parley.gateway.tenant;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * @param hourlyLimit the tenant's own hourly budget, or null for the plan's
 * @param routeLimits budgets per route group (e.g. {@code message-logging}) that replace the defaults
 * @param corsOrigins browser origins allowed to call with this tenant's credentials
 */
public record Tenant(String id, String name, Plan plan, Integer hourlyLimit, Map<String, Integer> routeLimits,
		List<String> corsOrigins, Instant createdAt, Instant updatedAt) {

	public int effectiveHourlyLimit() {
		return hourlyLimit != null ? hourlyLimit : plan.defaultHourlyLimit();
	}
}
