package io.parley.platform.web;

import java.util.Set;

/**
 * Who is calling, as the gateway resolved it from the credential. Declare it as a controller method parameter to
 * have it resolved from the trusted headers.
 */
public record Caller(String tenantId, String principal, Set<String> scopes) {

	public boolean hasScope(String scope) {
		return scopes.contains(scope);
	}
}
