package io.parley.insights.domain;

import java.time.Instant;

/** Where a contribution goes: a tenant, a breakdown and its value, and the instant it happened. */
public record RollupKey(String tenantId, String dim, String value, Instant at) {
}
