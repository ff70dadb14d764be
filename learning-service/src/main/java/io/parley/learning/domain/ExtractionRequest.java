package io.parley.learning.domain;

import java.util.List;

/**
 * A user's message to learn from.
 *
 * @param tenantCategories the categories this tenant added, with the words that put a fact in them
 */
public record ExtractionRequest(String tenantId, String text, List<TenantCategory> tenantCategories) {

	public ExtractionRequest {
		tenantCategories = tenantCategories == null ? List.of() : List.copyOf(tenantCategories);
	}

	public static ExtractionRequest of(String tenantId, String text) {
		return new ExtractionRequest(tenantId, text, List.of());
	}
}
