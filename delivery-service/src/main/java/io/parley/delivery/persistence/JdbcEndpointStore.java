package io.parley.delivery.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.parley.delivery.domain.Endpoint;
import io.parley.delivery.domain.EndpointStore;
import io.parley.delivery.domain.EventTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static io.parley.delivery.persistence.Sql.instant;
import static io.parley.delivery.persistence.Sql.integer;
import static io.parley.delivery.persistence.Sql.ts;

@Repository
class JdbcEndpointStore implements EndpointStore {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	JdbcEndpointStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public void insert(Endpoint e) {
		jdbc.sql("""
				INSERT INTO endpoints (id, tenant_id, url, description, event_types, enabled, disabled_reason,
				    rate_limit_per_second, secret, previous_secret, previous_secret_expires_at, failing_since, created_at,
				    updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(e.id(), e.tenantId(), e.url(), e.description(), types(e.eventTypes()), e.enabled(),
					e.disabledReason(), e.rateLimitPerSecond(), e.secret(), e.previousSecret(),
					ts(e.previousSecretExpiresAt()), ts(e.failingSince()), ts(e.createdAt()), ts(e.updatedAt()))
			.update();
	}

	@Override
	public void update(Endpoint e) {
		jdbc.sql("""
				UPDATE endpoints SET url = ?, description = ?, event_types = ?, enabled = ?, disabled_reason = ?,
				    rate_limit_per_second = ?, secret = ?, previous_secret = ?, previous_secret_expires_at = ?,
				    failing_since = ?, updated_at = ?
				WHERE id = ? AND tenant_id = ?""")
			.params(e.url(), e.description(), types(e.eventTypes()), e.enabled(), e.disabledReason(),
					e.rateLimitPerSecond(), e.secret(), e.previousSecret(), ts(e.previousSecretExpiresAt()),
					ts(e.failingSince()), ts(e.updatedAt()), e.id(), e.tenantId())
			.update();
	}

	@Override
	public Optional<Endpoint> find(String tenantId, String endpointId) {
		return jdbc.sql("SELECT * FROM endpoints WHERE tenant_id = ? AND id = ?").params(tenantId, endpointId)
			.query(this::endpoint).optional();
	}

	@Override
	public Optional<Endpoint> findById(String endpointId) {
		return jdbc.sql("SELECT * FROM endpoints WHERE id = ?").param(endpointId).query(this::endpoint).optional();
	}

	@Override
	public List<Endpoint> ofTenant(String tenantId) {
		return jdbc.sql("SELECT * FROM endpoints WHERE tenant_id = ? ORDER BY created_at, id").param(tenantId)
			.query(this::endpoint).list();
	}

	@Override
	public List<Endpoint> enabledOfTenant(String tenantId) {
		return jdbc.sql("SELECT * FROM endpoints WHERE tenant_id = ? AND enabled = TRUE").param(tenantId)
			.query(this::endpoint).list();
	}

	@Override
	@Transactional
	public boolean delete(String tenantId, String endpointId) {
		if (find(tenantId, endpointId).isEmpty()) {
			return false;
		}
		jdbc.sql("DELETE FROM attempts WHERE endpoint_id = ?").param(endpointId).update();
		jdbc.sql("DELETE FROM messages WHERE endpoint_id = ?").param(endpointId).update();
		jdbc.sql("DELETE FROM endpoints WHERE id = ? AND tenant_id = ?").params(endpointId, tenantId).update();
		return true;
	}

	@Override
	public Instant failingSince(String endpointId, Instant now) {
		jdbc.sql("UPDATE endpoints SET failing_since = ? WHERE id = ? AND failing_since IS NULL")
			.params(ts(now), endpointId).update();
		return jdbc.sql("SELECT failing_since FROM endpoints WHERE id = ?").param(endpointId)
			.query((row, i) -> instant(row, "failing_since")).optional().orElse(now);
	}

	@Override
	public void succeeded(String endpointId) {
		jdbc.sql("UPDATE endpoints SET failing_since = NULL WHERE id = ? AND failing_since IS NOT NULL")
			.param(endpointId).update();
	}

	@Override
	public boolean disable(String endpointId, String reason, Instant now) {
		return jdbc.sql("UPDATE endpoints SET enabled = FALSE, disabled_reason = ?, updated_at = ? WHERE id = ? AND enabled = TRUE")
			.params(reason, ts(now), endpointId).update() == 1;
	}

	private String types(EventTypeFilter filter) {
		return filter.receivesAll() ? null : json.writeValueAsString(filter.patterns());
	}

	private Endpoint endpoint(ResultSet row, int index) throws SQLException {
		String types = row.getString("event_types");
		return new Endpoint(row.getString("id"), row.getString("tenant_id"), row.getString("url"),
				row.getString("description"),
				types == null ? EventTypeFilter.ALL : new EventTypeFilter(json.readValue(types, STRINGS)),
				row.getBoolean("enabled"), row.getString("disabled_reason"), integer(row, "rate_limit_per_second"),
				row.getString("secret"), row.getString("previous_secret"), instant(row, "previous_secret_expires_at"),
				instant(row, "failing_since"), instant(row, "created_at"), instant(row, "updated_at"));
	}
}
