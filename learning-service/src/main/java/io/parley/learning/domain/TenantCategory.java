package io.parley.learning.domain;

import java.util.List;

/** A category a tenant added: a fact whose subject mentions one of its keywords belongs to it. */
public record TenantCategory(String name, List<String> keywords) {

	public TenantCategory {
		keywords = List.copyOf(keywords);
	}
}
