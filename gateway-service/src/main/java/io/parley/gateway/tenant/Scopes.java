package io.parley.gateway.tenant;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What a credential may do. {@code admin} grants every other scope of its tenant. */
public final class Scopes {

	public static final String INGEST = "ingest";
	public static final String INSIGHTS_READ = "insights:read";
	public static final String WEBHOOKS_MANAGE = "webhooks:manage";
	public static final String AGENTS_MANAGE = "agents:manage";
	public static final String ADMIN = "admin";

	public static final List<String> ALL = List.of(INGEST, INSIGHTS_READ, WEBHOOKS_MANAGE, AGENTS_MANAGE, ADMIN);

	private Scopes() {
	}

	public static boolean grants(Set<String> held, String required) {
		return required == null || held.contains(required) || held.contains(ADMIN);
	}

	public static Set<String> parse(String joined) {
		Set<String> scopes = new LinkedHashSet<>();
		if (joined != null) {
			for (String scope : joined.split("[ ,]+")) {
				if (!scope.isBlank()) {
					scopes.add(scope.trim());
				}
			}
		}
		return scopes;
	}
}
