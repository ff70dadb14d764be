package io.parley.gateway.auth;

import java.util.Set;

/**
 * Whom a credential belongs to: the tenant, a name for logs and audit, and what it may do.
 * The gateway passes these on to the services in the trusted headers.
 */
public record Principal(String tenantId, String name, Set<String> scopes) {

	/** Exchange attribute holding the principal once the credential was accepted. */
	public static final String ATTRIBUTE = Principal.class.getName();
}
