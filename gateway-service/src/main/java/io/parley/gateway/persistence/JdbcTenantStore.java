package io.parley.gateway.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.parley.gateway.tenant.ApiKey;
import io.parley.gateway.tenant.Plan;
import io.parley.gateway.tenant.Scopes;
import io.parley.gateway.tenant.Tenant;
import io.parley.gateway.tenant.TenantStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcTenantStore implements TenantStore {

	private static final TypeReference<Map<String, Integer>> ROUTE_LIMITS = new TypeReference<>() {
	};
	private static final TypeReference<List<String>> ORIGINS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	JdbcTenantStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public void insert(Tenant tenant) {
		jdbc.sql("""
				INSERT INTO tenants (id, name, plan, hourly_limit, route_limits, cors_origins, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.id(), tenant.name(), tenant.plan().id(), tenant.hourlyLimit(),
					json.writeValueAsString(tenant.routeLimits()), json.writeValueAsString(tenant.corsOrigins()),
					Timestamp.from(tenant.createdAt()), Timestamp.from(tenant.updatedAt()))
			.update();
	}

	@Override
	public void update(Tenant tenant) {
		jdbc.sql("""
				UPDATE tenants SET name = ?, plan = ?, hourly_limit = ?, route_limits = ?, cors_origins = ?, updated_at = ?
				WHERE id = ?""")
			.params(tenant.name(), tenant.plan().id(), tenant.hourlyLimit(), json.writeValueAsString(tenant.routeLimits()),
					json.writeValueAsString(tenant.corsOrigins()), Timestamp.from(tenant.updatedAt()), tenant.id())
			.update();
	}

	@Override
	public Optional<Tenant> find(String tenantId) {
		return jdbc.sql("SELECT * FROM tenants WHERE id = ?").param(tenantId).query(this::tenant).optional();
	}

	@Override
	public List<Tenant> findAll() {
		return jdbc.sql("SELECT * FROM tenants ORDER BY created_at, id").query(this::tenant).list();
	}

	@Override
	public void insertKey(ApiKey key, String keyHash) {
		jdbc.sql("""
				INSERT INTO api_keys (id, tenant_id, name, prefix, key_hash, scopes, expires_at, revoked_at, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)""")
			.params(key.id(), key.tenantId(), key.name(), key.prefix(), keyHash, String.join(" ", key.scopes()),
					timestamp(key.expiresAt()), Timestamp.from(key.createdAt()))
			.update();
	}

	@Override
	public Optional<ApiKey> findKeyByHash(String keyHash) {
		return jdbc.sql("SELECT * FROM api_keys WHERE key_hash = ?").param(keyHash).query(this::apiKey).optional();
	}

	@Override
	public List<ApiKey> findKeys(String tenantId) {
		return jdbc.sql("SELECT * FROM api_keys WHERE tenant_id = ? ORDER BY created_at, id").param(tenantId)
			.query(this::apiKey).list();
	}

	@Override
	public boolean revokeKey(String keyId, Instant at) {
		int found = jdbc.sql("SELECT COUNT(*) FROM api_keys WHERE id = ?").param(keyId).query(Integer.class).single();
		jdbc.sql("UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
			.params(Timestamp.from(at), keyId).update();
		return found == 1;
	}

	@Override
	public List<String> allCorsOrigins() {
		return jdbc.sql("SELECT cors_origins FROM tenants WHERE cors_origins IS NOT NULL").query(String.class).list()
			.stream().flatMap(origins -> json.readValue(origins, ORIGINS).stream()).distinct().toList();
	}

	private Tenant tenant(ResultSet row, int index) throws SQLException {
		String routes = row.getString("route_limits");
		String origins = row.getString("cors_origins");
		return new Tenant(row.getString("id"), row.getString("name"), Plan.of(row.getString("plan")).orElseThrow(),
				row.getObject("hourly_limit", Integer.class), routes == null ? Map.of() : json.readValue(routes, ROUTE_LIMITS),
				origins == null ? List.of() : json.readValue(origins, ORIGINS), instant(row.getTimestamp("created_at")),
				instant(row.getTimestamp("updated_at")));
	}

	private ApiKey apiKey(ResultSet row, int index) throws SQLException {
		return new ApiKey(row.getString("id"), row.getString("tenant_id"), row.getString("name"), row.getString("prefix"),
				new LinkedHashSet<>(Scopes.parse(row.getString("scopes"))), instant(row.getTimestamp("expires_at")),
				instant(row.getTimestamp("revoked_at")), instant(row.getTimestamp("created_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
