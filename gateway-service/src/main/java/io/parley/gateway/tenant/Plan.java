package io.parley.gateway.tenant;

import java.util.Locale;
import java.util.Optional;

/** Plan tiers of the platform API reference, with their hourly request budgets. */
public enum Plan {

	FREE(100), STARTER(1_000), PROFESSIONAL(10_000),
	/** Custom: the tenant's own hourly limit, or this default until one is set. */
	ENTERPRISE(100_000);

	private final int defaultHourlyLimit;

	Plan(int defaultHourlyLimit) {
		this.defaultHourlyLimit = defaultHourlyLimit;
	}

	public int defaultHourlyLimit() {
		return defaultHourlyLimit;
	}

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Plan> of(String id) {
		if (id == null) {
			return Optional.empty();
		}
		for (Plan plan : values()) {
			if (plan.id().equalsIgnoreCase(id.trim())) {
				return Optional.of(plan);
			}
		}
		return Optional.empty();
	}
}
