package io.parley.gateway.tenant;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface TenantStore {

	void insert(Tenant tenant);

	void update(Tenant tenant);

	Optional<Tenant> find(String tenantId);

	List<Tenant> findAll();

	void insertKey(ApiKey key, String keyHash);

	Optional<ApiKey> findKeyByHash(String keyHash);

	List<ApiKey> findKeys(String tenantId);

	/** @return false when no such key exists */
	boolean revokeKey(String keyId, Instant at);

	/** Every origin any tenant allows, for answering browsers' preflight requests. */
	List<String> allCorsOrigins();
}
