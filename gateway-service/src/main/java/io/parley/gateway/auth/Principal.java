package io.parley.gateway.auth;

import java.util.Set;

/** Whom a credential belongs to: the tenant, a name for logs and audit, and what it may do. */
public record Principal(String tenantId, String name, Set<String> scopes) {
}
