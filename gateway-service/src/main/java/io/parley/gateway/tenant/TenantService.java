package io.parley.gateway.tenant;

import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tenants, their plans and limits, and their API keys: what the admin API manages. */
@Service
public class TenantService {

	private static final int MAX_NAME = 200;

	private final TenantStore store;
	private final Clock clock;

	public TenantService(TenantStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Transactional
	public Tenant create(String name, String planId) {
		requireName(name);
		Plan plan = plan(planId == null ? "free" : planId);
		Instant now = clock.instant();
		byte[] random = new byte[10];
		ThreadLocalRandom.current().nextBytes(random);
		Tenant tenant = new Tenant("ten_" + HexFormat.of().formatHex(random), name.trim(), plan, null, Map.of(),
				List.of(), now, now);
		store.insert(tenant);
		return tenant;
	}

	@Transactional(readOnly = true)
	public List<Tenant> list() {
		return store.findAll();
	}

	@Transactional(readOnly = true)
	public Tenant get(String tenantId) {
		return store.find(tenantId).orElseThrow(() -> TenantRequestException.notFound("No tenant " + tenantId));
	}

	/** Changes what is given (null leaves a setting as it is). */
	@Transactional
	public Tenant update(String tenantId, TenantChange change) {
		Tenant current = get(tenantId);
		String name = current.name();
		if (change.name() != null) {
			requireName(change.name());
			name = change.name().trim();
		}
		Plan plan = change.plan() != null ? plan(change.plan()) : current.plan();
		Integer hourly = current.hourlyLimit();
		if (change.hourlyLimit() != null) {
			hourly = positive("limits.hourly", change.hourlyLimit());
		}
		Map<String, Integer> routes = current.routeLimits();
		if (change.routeLimits() != null) {
			change.routeLimits().forEach((group, limit) -> {
				if (!RouteGroups.ALL.contains(group)) {
					throw TenantRequestException.invalid("limits.routes." + group,
							"unknown route group; one of " + RouteGroups.ALL);
				}
				positive("limits.routes." + group, limit);
			});
			routes = Map.copyOf(change.routeLimits());
		}
		List<String> origins = current.corsOrigins();
		if (change.corsOrigins() != null) {
			for (String origin : change.corsOrigins()) {
				if (origin == null || !origin.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
					throw TenantRequestException.invalid("cors_origins",
							"each origin is scheme://host[:port], e.g. https://shop.example.com; got " + origin);
				}
			}
			origins = List.copyOf(change.corsOrigins());
		}
		Tenant updated = new Tenant(current.id(), name, plan, hourly, routes, origins, current.createdAt(),
				clock.instant());
		store.update(updated);
		return updated;
	}

	/** Issues a key; the returned raw key is shown once and never stored. */
	@Transactional
	public IssuedKey issueKey(String tenantId, String name, Set<String> scopes, Instant expiresAt) {
		get(tenantId);
		if (scopes == null || scopes.isEmpty()) {
			throw TenantRequestException.invalid("scopes", "at least one scope is required; one or more of " + Scopes.ALL);
		}
		for (String scope : scopes) {
			if (!Scopes.ALL.contains(scope)) {
				throw TenantRequestException.invalid("scopes", "unknown scope '" + scope + "'; one of " + Scopes.ALL);
			}
		}
		Instant now = clock.instant();
		if (expiresAt != null && !expiresAt.isAfter(now)) {
			throw TenantRequestException.invalid("expires_at", "must be in the future");
		}
		String raw = ApiKeys.generate();
		ApiKey key = new ApiKey(UUID.randomUUID().toString(), tenantId, name, ApiKeys.displayPrefix(raw),
				new LinkedHashSet<>(scopes), expiresAt, null, now);
		store.insertKey(key, ApiKeys.hash(raw));
		return new IssuedKey(key, raw);
	}

	@Transactional(readOnly = true)
	public List<ApiKey> keys(String tenantId) {
		get(tenantId);
		return store.findKeys(tenantId);
	}

	@Transactional
	public void revokeKey(String keyId) {
		if (!store.revokeKey(keyId, clock.instant())) {
			throw TenantRequestException.notFound("No API key " + keyId);
		}
	}

	/** The local platform's demo tenant (enterprise plan) and its key, created once. */
	@Transactional
	public void ensureTenantWithKey(String tenantId, String name, Plan plan, String rawKey) {
		if (store.find(tenantId).isEmpty()) {
			Instant now = clock.instant();
			store.insert(new Tenant(tenantId, name, plan, null, Map.of(), List.of(), now, now));
		}
		if (store.findKeyByHash(ApiKeys.hash(rawKey)).isEmpty()) {
			store.insertKey(new ApiKey(UUID.randomUUID().toString(), tenantId, name + " key", ApiKeys.displayPrefix(rawKey),
					new LinkedHashSet<>(Scopes.ALL), null, null, clock.instant()), ApiKeys.hash(rawKey));
		}
	}

	private static void requireName(String name) {
		if (name == null || name.isBlank() || name.length() > MAX_NAME) {
			throw TenantRequestException.invalid("name", "is required, at most " + MAX_NAME + " characters");
		}
	}

	private static Plan plan(String planId) {
		return Plan.of(planId).orElseThrow(() -> TenantRequestException.invalid("plan",
				"unknown plan '" + planId + "'; one of free, starter, professional, enterprise"));
	}

	private static int positive(String field, Integer value) {
		if (value == null || value <= 0) {
			throw TenantRequestException.invalid(field, "must be a positive number of requests");
		}
		return value;
	}

	public record TenantChange(String name, String plan, Integer hourlyLimit, Map<String, Integer> routeLimits,
			List<String> corsOrigins) {
	}

	public record IssuedKey(ApiKey key, String rawKey) {
	}
}
