package io.parley.learning.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Categories tenants add, from {@code parley.learning.tenant-categories}:
 * {@code tenant:category=keyword|keyword;tenant:category=keyword}. A fact about one of a category's keywords goes in
 * that category ("izer:cycling=bike|bicycle|cycling" makes "I love mountain biking" a cycling fact for tenant izer).
 */
public final class TenantCategories {

	private final Map<String, List<TenantCategory>> byTenant;

	private TenantCategories(Map<String, List<TenantCategory>> byTenant) {
		this.byTenant = byTenant;
	}

	public static TenantCategories parse(String spec) {
		Map<String, List<TenantCategory>> byTenant = new LinkedHashMap<>();
		if (spec == null || spec.isBlank()) {
			return new TenantCategories(byTenant);
		}
		for (String entry : spec.split(";")) {
			if (entry.isBlank()) {
				continue;
			}
			int colon = entry.indexOf(':');
			int equals = entry.indexOf('=');
			if (colon <= 0 || equals <= colon + 1) {
				throw new IllegalArgumentException("parley.learning.tenant-categories: '" + entry.strip()
						+ "' is not tenant:category=keyword|keyword");
			}
			String tenant = entry.substring(0, colon).strip();
			String category = FactCategories.canonical(entry.substring(colon + 1, equals));
			if (!FactCategories.NAME.matcher(category).matches()) {
				throw new IllegalArgumentException("parley.learning.tenant-categories: category '" + category
						+ "' must be lower-case letters, digits and _");
			}
			List<String> keywords = Arrays.stream(entry.substring(equals + 1).split("\\|")).map(String::strip)
				.filter(k -> !k.isEmpty()).toList();
			byTenant.computeIfAbsent(tenant, t -> new ArrayList<>()).add(new TenantCategory(category, keywords));
		}
		return new TenantCategories(byTenant);
	}

	public List<TenantCategory> of(String tenantId) {
		return byTenant.getOrDefault(tenantId, List.of());
	}
}
